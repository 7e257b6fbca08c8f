package com.triallens.ctgov;

import com.triallens.base.domain.ArmRole;
import com.triallens.base.domain.ReportedDecimal;
import com.triallens.base.domain.Statistic;
import com.triallens.ctgov.StoredTrial.Stored;
import com.triallens.ctgov.StudyPlan.AeCategoryPlan;
import com.triallens.ctgov.StudyPlan.AeResultPlan;
import com.triallens.ctgov.StudyPlan.ArmPlan;
import com.triallens.ctgov.StudyPlan.ComparisonPlan;
import com.triallens.ctgov.StudyPlan.EndpointPlan;
import com.triallens.ctgov.StudyPlan.PopulationPlan;
import com.triallens.ctgov.StudyPlan.ResultPlan;
import com.triallens.ctgov.StudyPlan.TrialFacts;
import com.triallens.trial.EndpointKind;
import com.triallens.trial.MeasureType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;

/** The import's reads and writes across the trial, efficacy and safety tables, in the caller's transaction. */
@Repository
class ImportRepository {

    private final JdbcClient jdbc;

    ImportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> trialId(String registryId) {
        return jdbc.sql("select id from trial where registry_id = :id").param("id", registryId).query(Long.class).optional();
    }

    // --- reading a stored trial in the plan's shape ---

    StoredTrial load(long trialId) {
        var params = Map.<String, Object>of("trial", trialId);
        var trial = jdbc.sql("select * from trial where id = :trial").params(params).query((rs, n) -> new Stored<>(trialId,
                new TrialFacts(rs.getString("registry_id"), rs.getString("acronym"), rs.getString("title"),
                        rs.getString("phase"), rs.getString("status"), rs.getString("design"),
                        rs.getString("condition_text"), rs.getObject("enrolment", Integer.class)))).single();
        var arms = jdbc.sql("select * from arm where trial_id = :trial order by ordinal").params(params)
                .query((rs, n) -> new Stored<>(rs.getLong("id"), new ArmPlan(rs.getString("label"),
                        rs.getString("short_label"), ArmRole.valueOf(rs.getString("role"))))).list();
        var populations = jdbc.sql("select * from analysis_population where trial_id = :trial order by id").params(params)
                .query((rs, n) -> new Stored<>(rs.getLong("id"),
                        new PopulationPlan(rs.getString("name"), rs.getString("description")))).list();
        var endpoints = jdbc.sql("""
                        select e.*, p.name as population_name, p.description as population_description
                        from endpoint e join analysis_population p on p.id = e.population_id
                        where e.trial_id = :trial order by e.ordinal""").params(params)
                .query((rs, n) -> new Stored<>(rs.getLong("id"), new EndpointPlan(rs.getString("name"),
                        EndpointKind.valueOf(rs.getString("kind")), MeasureType.valueOf(rs.getString("measure_type")),
                        rs.getString("param_type"), rs.getString("time_frame"), rs.getString("description"),
                        new PopulationPlan(rs.getString("population_name"), rs.getString("population_description")).key())))
                .list();
        var results = jdbc.sql("""
                        select r.*, e.name as endpoint_name, a.label as arm_label, a.short_label
                        from endpoint_result r join endpoint e on e.id = r.endpoint_id join arm a on a.id = r.arm_id
                        where e.trial_id = :trial order by e.ordinal, a.ordinal""").params(params)
                .query((rs, n) -> new Stored<>(rs.getLong("id"), new ResultPlan(
                        StudyPlan.normalized(rs.getString("endpoint_name")), StudyPlan.normalized(rs.getString("arm_label")),
                        rs.getString("endpoint_name") + " / " + rs.getString("short_label"), decimal(rs, "value"),
                        rs.getString("unit"), rs.getObject("participants", Integer.class),
                        rs.getString("dispersion_type"), decimal(rs, "spread"), decimal(rs, "lower"), decimal(rs, "upper"),
                        rs.getString("posted_note")))).list();
        var comparisons = jdbc.sql("""
                        select c.*, e.name as endpoint_name, x.label as x_label, x.short_label as x_short,
                               y.label as y_label, y.short_label as y_short
                        from comparison c join endpoint e on e.id = c.endpoint_id
                        join arm x on x.id = c.experimental_arm_id join arm y on y.id = c.comparator_arm_id
                        where e.trial_id = :trial order by e.ordinal, c.id""").params(params)
                .query((rs, n) -> new Stored<>(rs.getLong("id"), new ComparisonPlan(
                        StudyPlan.normalized(rs.getString("endpoint_name")), StudyPlan.normalized(rs.getString("x_label")),
                        StudyPlan.normalized(rs.getString("y_label")),
                        rs.getString("endpoint_name") + " / " + rs.getString("x_short") + " vs " + rs.getString("y_short"),
                        Optional.ofNullable(rs.getString("statistic")).map(Statistic::valueOf).orElse(null),
                        decimal(rs, "estimate"), decimal(rs, "ci_level"), decimal(rs, "ci_lower"), decimal(rs, "ci_upper"),
                        rs.getString("ci_sides"), decimal(rs, "p_value"), rs.getString("p_value_text"),
                        rs.getString("param_type"), rs.getString("method"), rs.getString("non_inferiority_type")))).list();
        var categories = jdbc.sql("select * from adverse_event_category where trial_id = :trial order by ordinal")
                .params(params).query((rs, n) -> new Stored<>(rs.getLong("id"), category(rs))).list();
        var aeResults = jdbc.sql("""
                        select r.*, c.seriousness, c.name, c.organ_system, a.label as arm_label, a.short_label
                        from adverse_event_result r join adverse_event_category c on c.id = r.category_id
                        join arm a on a.id = r.arm_id
                        where c.trial_id = :trial order by c.ordinal, a.ordinal""").params(params)
                .query((rs, n) -> {
                    var category = category(rs);
                    return new Stored<>(rs.getLong("id"), new AeResultPlan(category.key(),
                            StudyPlan.normalized(rs.getString("arm_label")), category.label() + " / " + rs.getString("short_label"),
                            decimal(rs, "value"), rs.getString("unit"), rs.getObject("participants", Integer.class),
                            rs.getObject("events", Integer.class)));
                }).list();
        var codes = new HashSet<>(jdbc.sql("""
                        select 'arm:' || code from arm where trial_id = :trial
                        union all select 'endpoint:' || code from endpoint where trial_id = :trial
                        union all select 'analysis_population:' || code from analysis_population where trial_id = :trial
                        union all select 'adverse_event_category:' || code from adverse_event_category where trial_id = :trial""")
                .params(params).query(String.class).list());
        int references = jdbc.sql("select coalesce(max(ref_number), 0) from reference where trial_id = :trial")
                .params(params).query(Integer.class).single();
        return new StoredTrial(trialId, trial, StoredTrial.byKey(arms), StoredTrial.byKey(populations),
                StoredTrial.byKey(endpoints), StoredTrial.byKey(results), StoredTrial.byKey(comparisons),
                StoredTrial.byKey(categories), StoredTrial.byKey(aeResults), codes, references);
    }

    private static AeCategoryPlan category(ResultSet rs) throws SQLException {
        return new AeCategoryPlan(rs.getString("seriousness"), rs.getString("name"), rs.getString("organ_system"));
    }

    private static ReportedDecimal decimal(ResultSet rs, String prefix) throws SQLException {
        var value = rs.getBigDecimal(prefix + "_value");
        return value == null ? null : new ReportedDecimal(value, rs.getInt(prefix + "_places"));
    }

    // --- writing ---

    long insertTrial(TrialFacts trial) {
        return insert("""
                insert into trial (acronym, registry_id, title, phase, status, design, condition_text, enrolment)
                values (:acronym, :registryId, :title, :phase, :status, :design, :condition, :enrolment)""", trialParams(trial));
    }

    void updateTrial(long id, TrialFacts trial) {
        var params = trialParams(trial);
        params.put("id", id);
        jdbc.sql("""
                update trial set acronym = :acronym, title = :title, phase = :phase, status = :status, design = :design,
                       condition_text = :condition, enrolment = :enrolment, version = version + 1
                where id = :id""").params(params).update();
    }

    private static Map<String, Object> trialParams(TrialFacts trial) {
        return params("acronym", trial.acronym(), "registryId", trial.registryId(), "title", trial.title(),
                "phase", trial.phase(), "status", trial.status(), "design", trial.design(),
                "condition", trial.condition(), "enrolment", trial.enrolment());
    }

    long insertReference(long trialId, int number, String title, String url) {
        return insert("""
                insert into reference (trial_id, ref_number, source, title, url)
                values (:trial, :number, 'ClinicalTrials.gov', :title, :url)""",
                params("trial", trialId, "number", number, "title", title, "url", url));
    }

    void citeTrial(long trialId, String field, long referenceId) {
        jdbc.sql("insert into trial_citation (trial_id, field, reference_id) values (:trial, :field, :reference)")
                .params(params("trial", trialId, "field", field, "reference", referenceId)).update();
    }

    long insertArm(long trialId, String code, int ordinal, ArmPlan arm, long referenceId) {
        return insert("""
                insert into arm (trial_id, code, label, short_label, role, ordinal, reference_id)
                values (:trial, :code, :label, :shortLabel, :role, :ordinal, :reference)""",
                params("trial", trialId, "code", code, "label", arm.label(), "shortLabel", arm.shortLabel(),
                        "role", arm.role().name(), "ordinal", ordinal, "reference", referenceId));
    }

    void updateArm(long id, ArmPlan arm, long referenceId) {
        jdbc.sql("""
                update arm set label = :label, short_label = :shortLabel, role = :role, reference_id = :reference,
                       version = version + 1 where id = :id""")
                .params(params("id", id, "label", arm.label(), "shortLabel", arm.shortLabel(), "role", arm.role().name(),
                        "reference", referenceId)).update();
    }

    long insertPopulation(long trialId, String code, PopulationPlan population) {
        return insert("""
                insert into analysis_population (trial_id, code, name, description)
                values (:trial, :code, :name, :description)""",
                params("trial", trialId, "code", code, "name", population.name(), "description", population.description()));
    }

    long insertEndpoint(long trialId, String code, int ordinal, EndpointPlan endpoint, long populationId,
                        long referenceId) {
        var params = endpointParams(endpoint);
        params.putAll(params("trial", trialId, "code", code, "ordinal", ordinal, "population", populationId));
        var id = insert("""
                insert into endpoint (trial_id, code, name, kind, measure_type, population_id, ordinal, param_type,
                                      time_frame, description)
                values (:trial, :code, :name, :kind, :measureType, :population, :ordinal, :paramType, :timeFrame,
                        :description)""", params);
        citeEndpoint(id, referenceId);
        return id;
    }

    void updateEndpoint(long id, EndpointPlan endpoint, long referenceId) {
        var params = endpointParams(endpoint);
        params.put("id", id);
        jdbc.sql("""
                update endpoint set name = :name, kind = :kind, measure_type = :measureType, param_type = :paramType,
                       time_frame = :timeFrame, description = :description, version = version + 1
                where id = :id""").params(params).update();
        citeEndpoint(id, referenceId);
    }

    private void citeEndpoint(long endpointId, long referenceId) {
        jdbc.sql("insert into endpoint_citation (endpoint_id, reference_id) values (:endpoint, :reference)")
                .params(params("endpoint", endpointId, "reference", referenceId)).update();
    }

    private static Map<String, Object> endpointParams(EndpointPlan endpoint) {
        return params("name", endpoint.name(), "kind", endpoint.kind().name(), "measureType", endpoint.measureType().name(),
                "paramType", endpoint.paramType(), "timeFrame", endpoint.timeFrame(), "description", endpoint.description());
    }

    long insertResult(long endpointId, long armId, ResultPlan result, long referenceId) {
        var params = resultParams(result, referenceId);
        params.putAll(params("endpoint", endpointId, "arm", armId));
        return insert("""
                insert into endpoint_result (endpoint_id, arm_id, status, value_value, value_places, unit, participants,
                       reference_id, dispersion_type, spread_value, spread_places, lower_value, lower_places,
                       upper_value, upper_places, posted_note)
                values (:endpoint, :arm, :status, :value_value, :value_places, :unit, :participants, :reference,
                        :dispersion, :spread_value, :spread_places, :lower_value, :lower_places, :upper_value,
                        :upper_places, :note)""", params);
    }

    void updateResult(long id, ResultPlan result, long referenceId) {
        var params = resultParams(result, referenceId);
        params.put("id", id);
        jdbc.sql("""
                update endpoint_result set status = :status, value_value = :value_value, value_places = :value_places,
                       unit = :unit, participants = :participants, reference_id = :reference,
                       dispersion_type = :dispersion, spread_value = :spread_value, spread_places = :spread_places,
                       lower_value = :lower_value, lower_places = :lower_places, upper_value = :upper_value,
                       upper_places = :upper_places, posted_note = :note, version = version + 1
                where id = :id""").params(params).update();
    }

    private static Map<String, Object> resultParams(ResultPlan result, long referenceId) {
        var params = params("status", result.status().name(), "unit", result.unit(), "participants", result.participants(),
                "reference", referenceId, "dispersion", result.dispersionType(), "note", result.note());
        decimal(params, "value", result.value());
        decimal(params, "spread", result.spread());
        decimal(params, "lower", result.lower());
        decimal(params, "upper", result.upper());
        return params;
    }

    long insertComparison(long endpointId, long experimentalArmId, long comparatorArmId, ComparisonPlan comparison,
                          long referenceId) {
        var params = comparisonParams(comparison, referenceId);
        params.putAll(params("endpoint", endpointId, "experimental", experimentalArmId, "comparator", comparatorArmId));
        return insert("""
                insert into comparison (endpoint_id, experimental_arm_id, comparator_arm_id, statistic, estimate_value,
                       estimate_places, ci_level_value, ci_level_places, ci_lower_value, ci_lower_places,
                       ci_upper_value, ci_upper_places, p_value_value, p_value_places, method, reference_id,
                       p_value_text, ci_sides, param_type, non_inferiority_type)
                values (:endpoint, :experimental, :comparator, :statistic, :estimate_value, :estimate_places,
                        :ci_level_value, :ci_level_places, :ci_lower_value, :ci_lower_places, :ci_upper_value,
                        :ci_upper_places, :p_value_value, :p_value_places, :method, :reference, :p_text, :ci_sides,
                        :param_type, :non_inferiority)""", params);
    }

    void updateComparison(long id, ComparisonPlan comparison, long referenceId) {
        var params = comparisonParams(comparison, referenceId);
        params.put("id", id);
        jdbc.sql("""
                update comparison set statistic = :statistic, estimate_value = :estimate_value,
                       estimate_places = :estimate_places, ci_level_value = :ci_level_value,
                       ci_level_places = :ci_level_places, ci_lower_value = :ci_lower_value,
                       ci_lower_places = :ci_lower_places, ci_upper_value = :ci_upper_value,
                       ci_upper_places = :ci_upper_places, p_value_value = :p_value_value,
                       p_value_places = :p_value_places, method = :method, reference_id = :reference,
                       p_value_text = :p_text, ci_sides = :ci_sides, param_type = :param_type,
                       non_inferiority_type = :non_inferiority, version = version + 1
                where id = :id""").params(params).update();
    }

    private static Map<String, Object> comparisonParams(ComparisonPlan comparison, long referenceId) {
        var params = params("statistic", comparison.statistic() == null ? null : comparison.statistic().name(),
                "method", comparison.method(), "reference", referenceId, "p_text", comparison.pValueText(),
                "ci_sides", comparison.ciSides(), "param_type", comparison.paramType(),
                "non_inferiority", comparison.nonInferiorityType());
        decimal(params, "estimate", comparison.estimate());
        decimal(params, "ci_level", comparison.ciLevel());
        decimal(params, "ci_lower", comparison.ciLower());
        decimal(params, "ci_upper", comparison.ciUpper());
        decimal(params, "p_value", comparison.pValue());
        return params;
    }

    long insertAeCategory(long trialId, String code, int ordinal, AeCategoryPlan category, long populationId) {
        return insert("""
                insert into adverse_event_category (trial_id, code, name, population_id, ordinal, organ_system, seriousness)
                values (:trial, :code, :name, :population, :ordinal, :organSystem, :seriousness)""",
                params("trial", trialId, "code", code, "name", category.term(), "population", populationId,
                        "ordinal", ordinal, "organSystem", category.organSystem(), "seriousness", category.seriousness()));
    }

    long insertAeResult(long categoryId, long armId, AeResultPlan result, long referenceId) {
        var params = aeResultParams(result, referenceId);
        params.putAll(params("category", categoryId, "arm", armId));
        return insert("""
                insert into adverse_event_result (category_id, arm_id, status, value_value, value_places, unit,
                       participants, reference_id, events)
                values (:category, :arm, :status, :value_value, :value_places, :unit, :participants, :reference,
                        :events)""", params);
    }

    void updateAeResult(long id, AeResultPlan result, long referenceId) {
        var params = aeResultParams(result, referenceId);
        params.put("id", id);
        jdbc.sql("""
                update adverse_event_result set status = :status, value_value = :value_value,
                       value_places = :value_places, unit = :unit, participants = :participants,
                       reference_id = :reference, events = :events, version = version + 1
                where id = :id""").params(params).update();
    }

    private static Map<String, Object> aeResultParams(AeResultPlan result, long referenceId) {
        var params = params("status", result.status().name(), "unit", result.unit(), "participants", result.participants(),
                "reference", referenceId, "events", result.events());
        decimal(params, "value", result.value());
        return params;
    }

    long insertImport(long trialId, String registryId, String fileName, LocalDate versionDate, long referenceId,
                      String action, Instant at, String username) {
        return insert("""
                insert into trial_import (trial_id, registry_id, file_name, version_date, reference_id, action,
                                          imported_at, imported_by)
                values (:trial, :registryId, :fileName, :versionDate, :reference, :action, :at, :username)""",
                params("trial", trialId, "registryId", registryId, "fileName", fileName, "versionDate", versionDate,
                        "reference", referenceId, "action", action, "at", LocalDateTime.ofInstant(at, ZoneOffset.UTC),
                        "username", username));
    }

    private long insert(String sql, Map<String, Object> params) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private static Map<String, Object> params(Object... namesAndValues) {
        var params = new HashMap<String, Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return params;
    }

    private static void decimal(Map<String, Object> params, String prefix, ReportedDecimal figure) {
        params.put(prefix + "_value", figure == null ? null : figure.value());
        params.put(prefix + "_places", figure == null ? null : figure.places());
    }
}
