package com.triallens.trial;

import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.relational.core.mapping.MappedCollection;

import java.util.List;
import java.util.Set;

class Trial extends CuratedRecord<TrialEdit> {
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
    /** Raised by {@link TrialDirectory#contentChanged} only: saving the trial leaves it as it is. */
    @ReadOnlyProperty long contentRevision;
    @MappedCollection(idColumn = "trial_id") Set<TrialCitation> citations = Set.of();
    @MappedCollection(idColumn = "trial_id", keyColumn = "ordinal") List<MechanismLink> mechanismLinks = List.of();

    @Override
    public TrialEdit toEdit() {
        return new TrialEdit(title, phase, status, design, conditionText, enrolment, priorTherapy, mechanism,
                outcomeSummary);
    }

    @Override
    public void apply(TrialEdit edit) {
        title = edit.title().trim();
        phase = edit.phase().trim();
        status = edit.status().trim();
        design = edit.design().trim();
        conditionText = edit.condition().trim();
        enrolment = edit.enrolment();
        priorTherapy = ProtocolService.trimmed(edit.priorTherapy());
        mechanism = ProtocolService.trimmed(edit.mechanism());
        outcomeSummary = ProtocolService.trimmed(edit.outcome());
    }

    @Override
    public String recordLabel() {
        return acronym;
    }

    @Override
    public long trial() {
        return id;
    }
}
