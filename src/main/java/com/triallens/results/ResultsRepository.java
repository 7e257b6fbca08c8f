package com.triallens.results;

import com.triallens.results.RegistryResults.Count;
import com.triallens.results.RegistryResults.Measure;
import com.triallens.results.RegistryResults.Module;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes and reads the registry-shaped results tables (V8). */
@Repository
class ResultsRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ResultsRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    record Stored(long referenceId, String digest, int figures) {
    }

    Optional<Stored> stored(long trialId) {
        return jdbc.sql("select reference_id, content_digest, figures from registry_results where trial_id = :trial")
                .param("trial", trialId)
                .query((rs, n) -> new Stored(rs.getLong(1), rs.getString(2), rs.getInt(3))).optional();
    }

    void delete(long trialId) {
        var byTrial = Map.of("trial", trialId);
        var groups = "(select id from result_group where trial_id = :trial)";
        var measures = "(select id from result_measure where trial_id = :trial)";
        var classes = "(select id from result_class where measure_id in " + measures + ")";
        for (var sql : List.of(
                "delete from reported_event_stat where event_id in (select id from reported_event where trial_id = :trial)",
                "delete from reported_event where trial_id = :trial",
                "delete from event_total where group_id in " + groups,
                "delete from flow_count where group_id in " + groups,
                "delete from flow_step where period_id in (select id from flow_period where trial_id = :trial)",
                "delete from flow_period where trial_id = :trial",
                "delete from result_analysis_group where group_id in " + groups,
                "delete from result_analysis where measure_id in " + measures,
                "delete from result_denom where group_id in " + groups,
                "delete from result_measurement where group_id in " + groups,
                "delete from result_category where class_id in " + classes,
                "delete from result_class where measure_id in " + measures,
                "delete from result_measure where trial_id = :trial",
                "delete from result_group where trial_id = :trial",
                "delete from registry_results where trial_id = :trial")) {
            jdbc.sql(sql).params(byTrial).update();
        }
    }

    void insert(long trialId, long referenceId, String digest, RegistryResults results, Map<String, Long> armIds) {
        var facts = new java.util.HashMap<String, Object>();
        facts.put("trial", trialId);
        facts.put("reference", referenceId);
        facts.put("digest", digest);
        facts.put("figures", results.figureCount());
        var flow = results.flow();
        facts.put("recruitment", flow == null ? null : flow.recruitmentDetails());
        facts.put("preAssignment", flow == null ? null : flow.preAssignmentDetails());
        facts.put("flowUnits", flow == null ? null : flow.typeUnitsAnalyzed());
        var baseline = results.baseline();
        facts.put("population", baseline == null ? null : baseline.populationDescription());
        facts.put("baselineUnits", baseline == null ? null : baseline.typeUnitsAnalyzed());
        var events = results.events();
        facts.put("threshold", events == null ? null : events.frequencyThreshold());
        facts.put("timeFrame", events == null ? null : events.timeFrame());
        facts.put("description", events == null ? null : events.description());
        facts.put("mortality", events == null ? null : events.allCauseMortalityComment());
        jdbc.sql("""
                insert into registry_results (trial_id, reference_id, content_digest, figures, flow_recruitment,
                    flow_pre_assignment, flow_units_analyzed, baseline_population, baseline_units_analyzed,
                    events_threshold, events_time_frame, events_description, events_mortality_comment)
                values (:trial, :reference, :digest, :figures, :recruitment, :preAssignment, :flowUnits, :population,
                    :baselineUnits, :threshold, :timeFrame, :description, :mortality)""").params(facts).update();

        var groupIds = new ArrayList<Long>();
        int ordinal = 0;
        for (var group : results.groups()) {
            groupIds.add(insertReturningId("""
                            insert into result_group (trial_id, module, ordinal, code, title, description, arm_id)
                            values (?, ?, ?, ?, ?, ?, ?)""", trialId, group.module().name(), ordinal++, group.code(),
                    group.title(), group.description(), group.arm() == null ? null : armIds.get(group.arm())));
        }
        int measureOrdinal = 0;
        for (var measure : results.outcomes()) {
            insertMeasure(trialId, Module.OUTCOME, measureOrdinal++, measure, groupIds);
        }
        if (baseline != null) {
            insertCounts(baseline.denoms(), groupIds, null, null);
            for (var measure : baseline.measures()) {
                insertMeasure(trialId, Module.BASELINE, measureOrdinal++, measure, groupIds);
            }
        }
        if (flow != null) {
            insertFlow(trialId, flow, groupIds);
        }
        if (events != null) {
            insertEvents(trialId, events, groupIds);
        }
    }

    private void insertMeasure(long trialId, Module module, int ordinal, Measure measure, List<Long> groupIds) {
        long measureId = insertReturningId("""
                        insert into result_measure (trial_id, module, ordinal, outcome_type, title, description,
                            population_description, reporting_status, param_type, dispersion_type, unit_of_measure, time_frame)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", trialId, module.name(), ordinal, measure.type(),
                measure.title(), measure.description(), measure.populationDescription(), measure.reportingStatus(),
                measure.paramType(), measure.dispersionType(), measure.unit(), measure.timeFrame());
        insertCounts(measure.denoms(), groupIds, measureId, null);
        var measurements = new ArrayList<Object[]>();
        int classOrdinal = 0;
        for (var measureClass : measure.classes()) {
            long classId = insertReturningId("insert into result_class (measure_id, ordinal, title) values (?, ?, ?)",
                    measureId, classOrdinal++, measureClass.title());
            insertCounts(measureClass.denoms(), groupIds, measureId, classId);
            int categoryOrdinal = 0;
            for (var category : measureClass.categories()) {
                long categoryId = insertReturningId("insert into result_category (class_id, ordinal, title) values (?, ?, ?)",
                        classId, categoryOrdinal++, category.title());
                for (var m : category.measurements()) {
                    measurements.add(new Object[]{categoryId, groupIds.get(m.group()), m.value(), m.spread(), m.lower(),
                            m.upper(), m.comment()});
                }
            }
        }
        batch.batchUpdate("""
                insert into result_measurement (category_id, group_id, value_text, spread_text, lower_text, upper_text, comment)
                values (?, ?, ?, ?, ?, ?, ?)""", measurements);
        int analysisOrdinal = 0;
        for (var a : measure.analyses()) {
            long analysisId = insertReturningId("""
                            insert into result_analysis (measure_id, ordinal, group_description, non_inferiority_type,
                                non_inferiority_comment, param_type, param_value, ci_pct_value, ci_num_sides, ci_lower, ci_upper,
                                ci_lower_comment, ci_upper_comment, dispersion_type, dispersion_value, p_value, p_value_comment,
                                statistical_method, statistical_comment, estimate_comment)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", measureId, analysisOrdinal++,
                    a.groupDescription(), a.nonInferiorityType(), a.nonInferiorityComment(), a.paramType(), a.paramValue(),
                    a.ciPctValue(), a.ciNumSides(), a.ciLower(), a.ciUpper(), a.ciLowerComment(), a.ciUpperComment(),
                    a.dispersionType(), a.dispersionValue(), a.pValue(), a.pValueComment(), a.statisticalMethod(),
                    a.statisticalComment(), a.estimateComment());
            var rows = new ArrayList<Object[]>();
            for (int i = 0; i < a.groups().size(); i++) {
                rows.add(new Object[]{analysisId, groupIds.get(a.groups().get(i)), i});
            }
            batch.batchUpdate("insert into result_analysis_group (analysis_id, group_id, ordinal) values (?, ?, ?)", rows);
        }
    }

    private void insertCounts(List<Count> counts, List<Long> groupIds, Long measureId, Long classId) {
        batch.batchUpdate("insert into result_denom (group_id, measure_id, class_id, units, count_text) values (?, ?, ?, ?, ?)",
                counts.stream().map(c -> new Object[]{groupIds.get(c.group()), measureId, classId, c.units(), c.value()}).toList());
    }

    private void insertFlow(long trialId, RegistryResults.Flow flow, List<Long> groupIds) {
        int periodOrdinal = 0;
        for (var period : flow.periods()) {
            long periodId = insertReturningId("insert into flow_period (trial_id, ordinal, title) values (?, ?, ?)",
                    trialId, periodOrdinal++, period.title());
            int stepOrdinal = 0;
            for (var step : period.steps()) {
                long stepId = insertReturningId("""
                                insert into flow_step (period_id, ordinal, drop_withdraw, step_type, comment)
                                values (?, ?, ?, ?, ?)""", periodId, stepOrdinal++, step.dropWithdraw(), step.type(),
                        step.comment());
                batch.batchUpdate("""
                        insert into flow_count (step_id, group_id, subjects_text, units_text, comment)
                        values (?, ?, ?, ?, ?)""", step.counts().stream().map(c -> new Object[]{stepId,
                        groupIds.get(c.group()), c.subjects(), c.units(), c.comment()}).toList());
            }
        }
    }

    private void insertEvents(long trialId, RegistryResults.Events events, List<Long> groupIds) {
        batch.batchUpdate("""
                insert into event_total (group_id, deaths_affected, deaths_at_risk, serious_affected, serious_at_risk,
                    other_affected, other_at_risk) values (?, ?, ?, ?, ?, ?, ?)""", events.totals().stream()
                .map(t -> new Object[]{groupIds.get(t.group()), t.deathsAffected(), t.deathsAtRisk(), t.seriousAffected(),
                        t.seriousAtRisk(), t.otherAffected(), t.otherAtRisk()}).toList());
        int ordinal = 0;
        var stats = new ArrayList<Object[]>();
        for (var event : events.events()) {
            long eventId = insertReturningId("""
                            insert into reported_event (trial_id, ordinal, serious, term, organ_system, source_vocabulary,
                                assessment_type, notes) values (?, ?, ?, ?, ?, ?, ?, ?)""", trialId, ordinal++,
                    event.serious(), event.term(), event.organSystem(), event.vocabulary(), event.assessmentType(),
                    event.notes());
            for (var stat : event.stats()) {
                stats.add(new Object[]{eventId, groupIds.get(stat.group()), stat.events(), stat.affected(), stat.atRisk()});
            }
        }
        batch.batchUpdate("""
                insert into reported_event_stat (event_id, group_id, num_events, num_affected, num_at_risk)
                values (?, ?, ?, ?, ?)""", stats);
    }

    private long insertReturningId(String sql, Object... values) {
        var keys = new GeneratedKeyHolder();
        batch.update(connection -> {
            var statement = connection.prepareStatement(sql, new String[]{"id"});
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement;
        }, keys);
        return keys.getKeyAs(Number.class) == null ? keys.getKeys().values().stream().map(v -> ((Number) v).longValue())
                .findFirst().orElseThrow() : keys.getKeyAs(Number.class).longValue();
    }

    // --- reads for the pages ---

    List<ResultRows.GroupRow> groups(long trialId) {
        return jdbc.sql("""
                        select g.id, g.module, g.code, g.title, g.description, a.label
                        from result_group g left join arm a on a.id = g.arm_id
                        where g.trial_id = :trial order by g.ordinal""").param("trial", trialId)
                .query((rs, n) -> new ResultRows.GroupRow(rs.getLong(1), Module.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6))).list();
    }

    List<ResultRows.MeasurementRow> measurements(long trialId, Module module) {
        return jdbc.sql("""
                        select m.ordinal, m.title, m.outcome_type, m.param_type, m.dispersion_type, m.unit_of_measure,
                            m.time_frame, m.population_description, c.ordinal, c.title, k.ordinal, k.title, g.title,
                            v.value_text, v.spread_text, v.lower_text, v.upper_text, v.comment,
                            coalesce((select d.count_text || ' ' || coalesce(d.units, '') from result_denom d
                                      where d.class_id = c.id and d.group_id = g.id),
                                     (select d.count_text || ' ' || coalesce(d.units, '') from result_denom d
                                      where d.measure_id = m.id and d.class_id is null and d.group_id = g.id),
                                     (select d.count_text || ' ' || coalesce(d.units, '') from result_denom d
                                      where d.measure_id is null and d.group_id = g.id))
                        from result_measure m
                        join result_class c on c.measure_id = m.id
                        join result_category k on k.class_id = c.id
                        join result_measurement v on v.category_id = k.id
                        join result_group g on g.id = v.group_id
                        where m.trial_id = :trial and m.module = :module
                        order by m.ordinal, c.ordinal, k.ordinal, g.ordinal""")
                .param("trial", trialId).param("module", module.name())
                .query((rs, n) -> new ResultRows.MeasurementRow(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getInt(9), rs.getString(10), rs.getInt(11), rs.getString(12), rs.getString(13),
                        rs.getString(14), rs.getString(15), rs.getString(16), rs.getString(17), rs.getString(18),
                        trimmed(rs.getString(19)))).list();
    }

    List<ResultRows.AnalysisRow> analyses(long trialId) {
        return jdbc.sql("""
                        select a.id, m.ordinal, m.title, a.param_type, a.param_value, a.ci_pct_value, a.ci_num_sides,
                            a.ci_lower, a.ci_upper, a.p_value, a.statistical_method, a.non_inferiority_type,
                            a.dispersion_type, a.dispersion_value, a.group_description, a.estimate_comment,
                            a.p_value_comment, a.statistical_comment, a.ci_lower_comment, a.ci_upper_comment,
                            a.non_inferiority_comment
                        from result_analysis a join result_measure m on m.id = a.measure_id
                        where m.trial_id = :trial order by m.ordinal, a.ordinal""").param("trial", trialId)
                .query((rs, n) -> new ResultRows.AnalysisRow(rs.getLong(1), rs.getInt(2), rs.getString(3), List.of(),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
                        rs.getString(14), notes(rs.getString(15), rs.getString(16), rs.getString(17), rs.getString(18),
                        rs.getString(19), rs.getString(20), rs.getString(21)))).list();
    }

    Map<Long, List<String>> analysisGroups(long trialId) {
        var groups = new java.util.LinkedHashMap<Long, List<String>>();
        jdbc.sql("""
                        select ag.analysis_id, g.title from result_analysis_group ag
                        join result_group g on g.id = ag.group_id
                        where g.trial_id = :trial order by ag.analysis_id, ag.ordinal""").param("trial", trialId)
                .query(rs -> {
                    groups.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return groups;
    }

    List<ResultRows.EventTotalRow> eventTotals(long trialId) {
        return jdbc.sql("""
                        select g.title, t.deaths_affected, t.deaths_at_risk, t.serious_affected, t.serious_at_risk,
                            t.other_affected, t.other_at_risk
                        from event_total t join result_group g on g.id = t.group_id
                        where g.trial_id = :trial order by g.ordinal""").param("trial", trialId)
                .query((rs, n) -> new ResultRows.EventTotalRow(rs.getString(1), integer(rs, 2), integer(rs, 3),
                        integer(rs, 4), integer(rs, 5), integer(rs, 6), integer(rs, 7))).list();
    }

    List<ResultRows.EventRow> events(long trialId) {
        return jdbc.sql("""
                        select e.ordinal, e.serious, e.organ_system, e.term, g.title, s.num_affected, s.num_at_risk,
                            s.num_events, e.source_vocabulary, e.assessment_type, e.notes
                        from reported_event e join reported_event_stat s on s.event_id = e.id
                        join result_group g on g.id = s.group_id
                        where e.trial_id = :trial order by e.ordinal, g.ordinal""").param("trial", trialId)
                .query((rs, n) -> new ResultRows.EventRow(rs.getInt(1), rs.getBoolean(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), integer(rs, 6), integer(rs, 7), integer(rs, 8),
                        rs.getString(9), rs.getString(10), rs.getString(11))).list();
    }

    List<ResultRows.FlowRow> flow(long trialId) {
        return jdbc.sql("""
                        select p.ordinal, p.title, s.ordinal, s.drop_withdraw, s.step_type, g.title, c.subjects_text,
                            c.units_text, coalesce(c.comment, s.comment)
                        from flow_period p join flow_step s on s.period_id = p.id
                        join flow_count c on c.step_id = s.id join result_group g on g.id = c.group_id
                        where p.trial_id = :trial order by p.ordinal, s.ordinal, g.ordinal""").param("trial", trialId)
                .query((rs, n) -> new ResultRows.FlowRow(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9))).list();
    }

    Optional<ResultRows.ModuleNotes> notes(long trialId) {
        return jdbc.sql("""
                        select flow_recruitment, flow_pre_assignment, flow_units_analyzed, baseline_population,
                            baseline_units_analyzed, events_threshold, events_time_frame, events_description,
                            events_mortality_comment, figures
                        from registry_results where trial_id = :trial""").param("trial", trialId)
                .query((rs, n) -> new ResultRows.ModuleNotes(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getInt(10))).optional();
    }

    private static Integer integer(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        var value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static String trimmed(String text) {
        return text == null ? null : text.strip();
    }

    private static String notes(String... texts) {
        var joined = java.util.Arrays.stream(texts).filter(t -> t != null && !t.isBlank())
                .collect(java.util.stream.Collectors.joining(" — "));
        return joined.isEmpty() ? null : joined;
    }
}
