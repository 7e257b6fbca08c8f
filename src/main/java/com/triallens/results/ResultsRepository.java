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

    record GroupRef(long id, String title) {
    }

    /** The groups each analysis of the trial compares, in the order posted, by analysis id. */
    Map<Long, List<GroupRef>> analysisGroups(long trialId) {
        var groups = new java.util.LinkedHashMap<Long, List<GroupRef>>();
        jdbc.sql("""
                        select ag.analysis_id, g.id, g.title from result_analysis_group ag
                        join result_group g on g.id = ag.group_id
                        where g.trial_id = :trial order by ag.analysis_id, ag.ordinal""").param("trial", trialId)
                .query(rs -> {
                    groups.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new GroupRef(rs.getLong(2), rs.getString(3)));
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

    /** Every step of the trial's participant flow with each group's count, in period and step order. */
    List<FlowDiagram.Line> flowLines(long trialId) {
        return jdbc.sql("""
                        select p.id, p.title, s.id, s.drop_withdraw, s.step_type, s.comment, c.group_id,
                            c.subjects_text, c.units_text, c.comment
                        from flow_period p join flow_step s on s.period_id = p.id
                        left join flow_count c on c.step_id = s.id
                        where p.trial_id = :trial order by p.ordinal, p.id, s.ordinal, s.id""").param("trial", trialId)
                .query((rs, n) -> new FlowDiagram.Line(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getBoolean(4),
                        rs.getString(5), rs.getString(6), longOrNull(rs, 7), rs.getString(8), rs.getString(9),
                        rs.getString(10))).list();
    }

    /** Every baseline figure: measure, class, category and group, in the posted order. */
    List<BaselineTable.Figure> baselineFigures(long trialId) {
        return jdbc.sql("""
                        select m.id, m.title, m.description, m.population_description, m.param_type, m.dispersion_type,
                            m.unit_of_measure, c.id, c.title, k.id, k.title, v.group_id, v.value_text, v.spread_text,
                            v.lower_text, v.upper_text, v.comment
                        from result_measure m
                        left join result_class c on c.measure_id = m.id
                        left join result_category k on k.class_id = c.id
                        left join result_measurement v on v.category_id = k.id
                        where m.trial_id = :trial and m.module = :module
                        order by m.ordinal, m.id, c.ordinal, c.id, k.ordinal, k.id""")
                .param("trial", trialId).param("module", Module.BASELINE.name())
                .query((rs, n) -> new BaselineTable.Figure(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), longOrNull(rs, 8),
                        rs.getString(9), longOrNull(rs, 10), rs.getString(11), longOrNull(rs, 12), rs.getString(13),
                        rs.getString(14), rs.getString(15), rs.getString(16), rs.getString(17))).list();
    }

    /** Numbers analysed of the baseline groups: for the module, a measure or a class. */
    List<BaselineTable.Denominator> baselineDenominators(long trialId) {
        return jdbc.sql("""
                        select d.group_id, d.measure_id, d.class_id, d.units, d.count_text
                        from result_denom d join result_group g on g.id = d.group_id
                        where g.trial_id = :trial and g.module = :module order by d.id""")
                .param("trial", trialId).param("module", Module.BASELINE.name())
                .query((rs, n) -> new BaselineTable.Denominator(rs.getLong(1), longOrNull(rs, 2), longOrNull(rs, 3),
                        rs.getString(4), rs.getString(5))).list();
    }

    // --- figures for the result pages and curation (outcome module) ---

    record ColumnRow(long id, String title, Long armId, String armLabel, String armRole) {
    }

    List<ColumnRow> columnGroups(long trialId, Module module) {
        return jdbc.sql("""
                        select g.id, g.title, g.arm_id, a.short_label, a.role
                        from result_group g left join arm a on a.id = g.arm_id
                        where g.trial_id = :trial and g.module = :module order by g.ordinal, g.id""")
                .param("trial", trialId).param("module", module.name())
                .query((rs, n) -> new ColumnRow(rs.getLong(1), rs.getString(2), longOrNull(rs, 3), rs.getString(4),
                        rs.getString(5))).list();
    }

    /** Every row (measure, class, category) of the trial's outcome measures, or of one measurement's measure. */
    List<ResultFigures.Row> outcomeRows(long trialId, Long measurementId) {
        var rows = new java.util.LinkedHashMap<Long, ResultFigures.Row>();
        jdbc.sql("""
                        select m.id, k.id, m.endpoint_id, m.ordinal, m.title, c.title, k.title, m.outcome_type,
                            m.param_type, m.dispersion_type, m.unit_of_measure, m.time_frame, m.population_description,
                            m.safety, v.id, v.version, v.group_id, v.value_text, v.spread_text, v.lower_text,
                            v.upper_text, v.comment, v.reference_id,
                            coalesce((select min(d.count_text) from result_denom d where d.class_id = c.id
                                          and d.group_id = v.group_id and """ + PARTICIPANTS + """
                                     ),
                                     (select min(d.count_text) from result_denom d where d.measure_id = m.id
                                          and d.class_id is null and d.group_id = v.group_id and """ + PARTICIPANTS + """
                                     )),
                            coalesce(e.interim, false)
                        from result_measure m
                        left join endpoint e on e.id = m.endpoint_id
                        join result_class c on c.measure_id = m.id
                        join result_category k on k.class_id = c.id
                        left join result_measurement v on v.category_id = k.id
                        left join result_group g on g.id = v.group_id
                        where m.trial_id = :trial and m.module = 'OUTCOME'""" + (measurementId == null ? "" : """
                          and m.id = (select c2.measure_id from result_measurement v2
                               join result_category k2 on k2.id = v2.category_id join result_class c2 on c2.id = k2.class_id
                               where v2.id = :measurement)""") + """
                        order by m.safety, m.ordinal, m.id, c.ordinal, k.ordinal, g.ordinal, v.id""")
                .params(measurementId == null ? Map.of("trial", trialId) : Map.of("trial", trialId, "measurement", measurementId))
                .query(rs -> {
                    var row = rows.computeIfAbsent(rs.getLong(2), id -> {
                        try {
                            return new ResultFigures.Row(rs.getLong(1), id, longOrNull(rs, 3), rs.getInt(4),
                                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                                    rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
                                    rs.getBoolean(14), rs.getBoolean(25), new java.util.LinkedHashMap<>());
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    var cellId = longOrNull(rs, 15);
                    if (cellId != null) {
                        row.cells().put(rs.getLong(17), new ResultFigures.Cell(cellId, rs.getInt(16), rs.getString(18),
                                rs.getString(19), rs.getString(20), rs.getString(21), rs.getString(22),
                                longOrNull(rs, 23), rs.getString(24)));
                    }
                });
        return List.copyOf(rows.values());
    }

    List<ResultFigures.EventLine> eventLines(long trialId) {
        var lines = new ArrayList<ResultFigures.EventLine>();
        var totals = new String[]{"Deaths (all causes)", "Serious adverse events (total)", "Other adverse events (total)"};
        var totalCounts = new java.util.ArrayList<java.util.Map<Long, ResultFigures.Counts>>();
        for (int i = 0; i < 3; i++) {
            totalCounts.add(new java.util.LinkedHashMap<>());
        }
        jdbc.sql("""
                        select t.group_id, t.deaths_affected, t.deaths_at_risk, t.serious_affected, t.serious_at_risk,
                            t.other_affected, t.other_at_risk
                        from event_total t join result_group g on g.id = t.group_id
                        where g.trial_id = :trial order by g.ordinal""").param("trial", trialId)
                .query(rs -> {
                    for (int i = 0; i < 3; i++) {
                        totalCounts.get(i).put(rs.getLong(1), new ResultFigures.Counts(integer(rs, 2 + 2 * i),
                                integer(rs, 3 + 2 * i), null));
                    }
                });
        for (int i = 0; i < 3; i++) {
            if (!totalCounts.get(i).isEmpty()) {
                lines.add(new ResultFigures.EventLine(totals[i], null, i == 1, true, totalCounts.get(i)));
            }
        }
        var byEvent = new java.util.LinkedHashMap<Long, ResultFigures.EventLine>();
        jdbc.sql("""
                        select e.id, e.serious, e.organ_system, e.term, s.group_id, s.num_affected, s.num_at_risk,
                            s.num_events
                        from reported_event e join reported_event_stat s on s.event_id = e.id
                        join result_group g on g.id = s.group_id
                        where e.trial_id = :trial order by e.ordinal, g.ordinal""").param("trial", trialId)
                .query(rs -> {
                    var line = byEvent.get(rs.getLong(1));
                    if (line == null) {
                        line = new ResultFigures.EventLine(rs.getString(4), rs.getString(3), rs.getBoolean(2), false,
                                new java.util.LinkedHashMap<>());
                        byEvent.put(rs.getLong(1), line);
                    }
                    line.counts().put(rs.getLong(5), new ResultFigures.Counts(integer(rs, 6), integer(rs, 7),
                            integer(rs, 8)));
                });
        lines.addAll(byEvent.values());
        return lines;
    }

    private static final String PARTICIPANTS = "(d.units is null or lower(d.units) like 'participant%')";

    Optional<Long> trialOfMeasurement(long id) {
        return jdbc.sql("""
                        select m.trial_id from result_measurement v join result_category k on k.id = v.category_id
                        join result_class c on c.id = k.class_id join result_measure m on m.id = c.measure_id
                        where v.id = :id""").param("id", id).query(Long.class).optional();
    }

    Optional<Long> trialOfAnalysis(long id) {
        return jdbc.sql("select m.trial_id from result_analysis a join result_measure m on m.id = a.measure_id"
                + " where a.id = :id").param("id", id).query(Long.class).optional();
    }

    List<ResultFigures.Analysis> outcomeAnalyses(long trialId) {
        var groups = analysisGroups(trialId);
        return jdbc.sql("""
                        select a.id, a.version, a.measure_id, a.param_type, a.param_value, a.ci_pct_value, a.ci_num_sides,
                            a.ci_lower, a.ci_upper, a.p_value, a.statistical_method, a.non_inferiority_type, a.reference_id
                        from result_analysis a join result_measure m on m.id = a.measure_id
                        where m.trial_id = :trial and m.module = 'OUTCOME' order by m.ordinal, a.ordinal, a.id""")
                .param("trial", trialId)
                .query((rs, n) -> new ResultFigures.Analysis(rs.getLong(1), rs.getInt(2), rs.getLong(3),
                        groups.getOrDefault(rs.getLong(1), List.of()).stream().map(GroupRef::id).toList(), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                        rs.getString(11), rs.getString(12), longOrNull(rs, 13))).list();
    }

    /** The registry import's reference, cited by every imported figure that names none of its own. */
    Optional<Long> importReference(long trialId) {
        return stored(trialId).map(Stored::referenceId);
    }

    boolean updateMeasurement(long id, int version, String value) {
        return jdbc.sql("update result_measurement set value_text = :value, version = version + 1"
                        + " where id = :id and version = :version")
                .param("value", value).param("id", id).param("version", version).update() == 1;
    }

    void updateUnit(long measureId, String unit) {
        jdbc.sql("update result_measure set unit_of_measure = :unit where id = :id").param("unit", unit)
                .param("id", measureId).update();
    }

    /** The participants analysed in one group for the whole measure. */
    void replaceDenominator(long measureId, long measurementId, Integer participants) {
        var groupId = jdbc.sql("select group_id from result_measurement where id = :id").param("id", measurementId)
                .query(Long.class).single();
        jdbc.sql("delete from result_denom where measure_id = :measure and class_id is null and group_id = :group")
                .param("measure", measureId).param("group", groupId).update();
        if (participants != null) {
            jdbc.sql("insert into result_denom (group_id, measure_id, class_id, units, count_text)"
                            + " values (:group, :measure, null, 'Participants', :count)")
                    .param("group", groupId).param("measure", measureId).param("count", participants.toString()).update();
        }
    }

    boolean updateAnalysis(long id, int version, ResultFigures.Analysis values) {
        return jdbc.sql("""
                        update result_analysis set param_type = :param, param_value = :value, ci_pct_value = :level,
                            ci_lower = :lower, ci_upper = :upper, p_value = :p, statistical_method = :method,
                            version = version + 1
                        where id = :id and version = :version""")
                .param("param", values.paramType()).param("value", values.paramValue()).param("level", values.ciPct())
                .param("lower", values.ciLower()).param("upper", values.ciUpper()).param("p", values.pValue())
                .param("method", values.method()).param("id", id).param("version", version).update() == 1;
    }

    boolean deleteAnalysis(long id, int version) {
        if (jdbc.sql("select count(*) from result_analysis where id = :id and version = :version").param("id", id)
                .param("version", version).query(Integer.class).single() == 0) {
            return false;
        }
        jdbc.sql("delete from result_analysis_group where analysis_id = :id").param("id", id).update();
        return jdbc.sql("delete from result_analysis where id = :id").param("id", id).update() == 1;
    }

    private static Long longOrNull(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        var value = rs.getLong(column);
        return rs.wasNull() ? null : value;
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
