package com.triallens.ctgov;

import com.triallens.base.domain.ArmRole;
import com.triallens.ctgov.StoredTrial.Stored;
import com.triallens.ctgov.StudyPlan.ArmGroupPlan;
import com.triallens.ctgov.StudyPlan.ArmPlan;
import com.triallens.ctgov.StudyPlan.EndpointPlan;
import com.triallens.ctgov.StudyPlan.InterventionPlan;
import com.triallens.ctgov.StudyPlan.PopulationPlan;
import com.triallens.ctgov.StudyPlan.ProtocolFacts;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The import's reads and writes of the trial's protocol tables, in the caller's transaction. */
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
        var codes = new HashSet<>(jdbc.sql("""
                        select 'arm:' || code from arm where trial_id = :trial
                        union all select 'endpoint:' || code from endpoint where trial_id = :trial
                        union all select 'analysis_population:' || code from analysis_population where trial_id = :trial""")
                .params(params).query(String.class).list());
        int references = jdbc.sql("select coalesce(max(ref_number), 0) from reference where trial_id = :trial")
                .params(params).query(Integer.class).single();
        return new StoredTrial(trialId, trial, StoredTrial.byKey(arms), StoredTrial.byKey(populations),
                StoredTrial.byKey(endpoints), codes, references, protocol(trialId), StoredTrial.byKey(armGroups(trialId)),
                StoredTrial.byKey(interventions(trialId)));
    }

    private Stored<ProtocolFacts> protocol(long trialId) {
        return jdbc.sql("""
                        select p.*, t.registry_id from registry_protocol p join trial t on t.id = p.trial_id
                        where p.trial_id = :trial""").param("trial", trialId)
                .query((rs, n) -> new Stored<>(trialId, new ProtocolFacts(rs.getString("registry_id"),
                        rs.getString("study_type"), rs.getString("sponsor"),
                        rs.getString("start_date"), rs.getString("start_date_type"),
                        rs.getString("primary_completion_date"), rs.getString("primary_completion_date_type"),
                        rs.getString("completion_date"), rs.getString("completion_date_type"),
                        rs.getString("enrolment_type"), rs.getString("brief_summary")))).optional().orElse(null);
    }

    private List<Stored<ArmGroupPlan>> armGroups(long trialId) {
        return jdbc.sql("select * from registry_arm_group where trial_id = :trial order by ordinal").param("trial", trialId)
                .query((rs, n) -> new Stored<>(rs.getLong("id"), new ArmGroupPlan(rs.getString("label"),
                        rs.getString("group_type"), rs.getString("description")))).list();
    }

    private List<Stored<InterventionPlan>> interventions(long trialId) {
        var groups = new HashMap<Long, List<String>>();
        jdbc.sql("""
                        select g.intervention_id, g.group_label from registry_intervention_group g
                        join registry_intervention i on i.id = g.intervention_id
                        where i.trial_id = :trial order by g.intervention_id, g.ordinal""").param("trial", trialId)
                .query(rs -> {
                    groups.computeIfAbsent(rs.getLong("intervention_id"), id -> new ArrayList<>())
                            .add(rs.getString("group_label"));
                });
        return jdbc.sql("select * from registry_intervention where trial_id = :trial order by ordinal")
                .param("trial", trialId)
                .query((rs, n) -> new Stored<>(rs.getLong("id"), new InterventionPlan(rs.getString("name"),
                        rs.getString("intervention_type"), rs.getString("description"),
                        List.copyOf(groups.getOrDefault(rs.getLong("id"), List.of()))))).list();
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

    void insertProtocol(long trialId, long referenceId, ProtocolFacts facts) {
        jdbc.sql("""
                insert into registry_protocol (trial_id, reference_id, study_type, sponsor, start_date, start_date_type,
                    primary_completion_date, primary_completion_date_type, completion_date, completion_date_type,
                    enrolment_type, brief_summary)
                values (:trial, :reference, :studyType, :sponsor, :startDate, :startDateType, :primaryCompletionDate,
                    :primaryCompletionDateType, :completionDate, :completionDateType, :enrolmentType, :briefSummary)""")
                .params(protocolParams(trialId, referenceId, facts)).update();
    }

    void updateProtocol(long trialId, long referenceId, ProtocolFacts facts) {
        jdbc.sql("""
                update registry_protocol set reference_id = :reference, study_type = :studyType, sponsor = :sponsor,
                    start_date = :startDate, start_date_type = :startDateType,
                    primary_completion_date = :primaryCompletionDate,
                    primary_completion_date_type = :primaryCompletionDateType, completion_date = :completionDate,
                    completion_date_type = :completionDateType, enrolment_type = :enrolmentType,
                    brief_summary = :briefSummary
                where trial_id = :trial""").params(protocolParams(trialId, referenceId, facts)).update();
    }

    private static Map<String, Object> protocolParams(long trialId, long referenceId, ProtocolFacts facts) {
        return params("trial", trialId, "reference", referenceId, "studyType", facts.studyType(), "sponsor", facts.sponsor(),
                "startDate", facts.startDate(), "startDateType", facts.startDateType(),
                "primaryCompletionDate", facts.primaryCompletionDate(),
                "primaryCompletionDateType", facts.primaryCompletionDateType(), "completionDate", facts.completionDate(),
                "completionDateType", facts.completionDateType(), "enrolmentType", facts.enrolmentType(),
                "briefSummary", facts.briefSummary());
    }

    long insertArmGroup(long trialId, int ordinal, ArmGroupPlan group) {
        return insert("""
                insert into registry_arm_group (trial_id, ordinal, label, group_type, description)
                values (:trial, :ordinal, :label, :type, :description)""",
                params("trial", trialId, "ordinal", ordinal, "label", group.label(), "type", group.type(),
                        "description", group.description()));
    }

    void updateArmGroup(ArmGroupPlan group, long id) {
        jdbc.sql("update registry_arm_group set label = :label, group_type = :type, description = :description where id = :id")
                .params(params("id", id, "label", group.label(), "type", group.type(), "description", group.description()))
                .update();
    }

    long insertIntervention(long trialId, int ordinal, InterventionPlan intervention) {
        var id = insert("""
                insert into registry_intervention (trial_id, ordinal, name, intervention_type, description)
                values (:trial, :ordinal, :name, :type, :description)""",
                params("trial", trialId, "ordinal", ordinal, "name", intervention.name(), "type", intervention.type(),
                        "description", intervention.description()));
        insertInterventionGroups(id, intervention);
        return id;
    }

    void updateIntervention(InterventionPlan intervention, long id) {
        jdbc.sql("""
                update registry_intervention set name = :name, intervention_type = :type, description = :description
                where id = :id""").params(params("id", id, "name", intervention.name(), "type", intervention.type(),
                        "description", intervention.description())).update();
        jdbc.sql("delete from registry_intervention_group where intervention_id = :id").param("id", id).update();
        insertInterventionGroups(id, intervention);
    }

    private void insertInterventionGroups(long interventionId, InterventionPlan intervention) {
        for (int i = 0; i < intervention.armGroups().size(); i++) {
            jdbc.sql("""
                    insert into registry_intervention_group (intervention_id, ordinal, group_label)
                    values (:intervention, :ordinal, :label)""")
                    .params(params("intervention", interventionId, "ordinal", i, "label", intervention.armGroups().get(i)))
                    .update();
        }
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
}
