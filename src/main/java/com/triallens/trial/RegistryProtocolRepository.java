package com.triallens.trial;

import com.triallens.base.domain.Citation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the protocol as the registry lists it (V10), which the ClinicalTrials.gov import writes. */
@Repository
class RegistryProtocolRepository {

    private final JdbcClient jdbc;

    RegistryProtocolRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the trial came from a registry record (it has an import), however long ago. */
    boolean imported(long trialId) {
        return jdbc.sql("select count(*) from trial_import where trial_id = :trial").param("trial", trialId)
                .query(Long.class).single() > 0;
    }

    RegistryProtocol find(long trialId, Map<Long, Citation> citations) {
        var groups = jdbc.sql("""
                        select label, group_type, description from registry_arm_group where trial_id = :trial
                        order by ordinal""").param("trial", trialId)
                .query((rs, n) -> new RegistryArmGroup(rs.getString("label"), rs.getString("group_type"),
                        rs.getString("description"))).list();
        var interventions = new LinkedHashMap<Long, RegistryIntervention>();
        jdbc.sql("""
                        select i.id, i.name, i.intervention_type, i.description, g.group_label
                        from registry_intervention i left join registry_intervention_group g on g.intervention_id = i.id
                        where i.trial_id = :trial order by i.ordinal, g.ordinal""").param("trial", trialId)
                .query(rs -> {
                    var id = rs.getLong("id");
                    if (!interventions.containsKey(id)) {
                        interventions.put(id, new RegistryIntervention(rs.getString("name"),
                                rs.getString("intervention_type"), rs.getString("description"), new ArrayList<>()));
                    }
                    var intervention = interventions.get(id);
                    var group = rs.getString("group_label");
                    if (group != null) {
                        intervention.armGroups().add(group);
                    }
                });
        return jdbc.sql("select * from registry_protocol where trial_id = :trial").param("trial", trialId)
                .query((rs, n) -> new RegistryProtocol(rs.getString("study_type"), rs.getString("sponsor"),
                        new RegistryDate(rs.getString("start_date"), rs.getString("start_date_type")),
                        new RegistryDate(rs.getString("primary_completion_date"), rs.getString("primary_completion_date_type")),
                        new RegistryDate(rs.getString("completion_date"), rs.getString("completion_date_type")),
                        rs.getString("enrolment_type"), rs.getString("brief_summary"), groups,
                        interventions.values().stream().map(RegistryProtocolRepository::fixed).toList(),
                        citations.containsKey(rs.getLong("reference_id")) ? List.of(citations.get(rs.getLong("reference_id")))
                                : List.of()))
                .optional().orElse(RegistryProtocol.NONE);
    }

    private static RegistryIntervention fixed(RegistryIntervention read) {
        return new RegistryIntervention(read.name(), read.type(), read.description(), List.copyOf(read.armGroups()));
    }
}
