package com.triallens.trial;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

import java.util.List;
import java.util.Set;

class Trial {
    @Id Long id;
    String acronym;
    String registryId;
    String title;
    String phase;
    String status;
    String design;
    String conditionText;
    Integer enrolment;
    String priorTherapy;
    String mechanism;
    String outcomeSummary;
    @MappedCollection(idColumn = "trial_id") Set<TrialCitation> citations = Set.of();
    @MappedCollection(idColumn = "trial_id", keyColumn = "ordinal") List<MechanismLink> mechanismLinks = List.of();
    @Version Integer version;
}
