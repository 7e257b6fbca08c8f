package com.triallens.trial;

import com.triallens.base.domain.Editable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

import java.util.List;
import java.util.Set;

class Trial implements Curated<TrialEdit> {
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
    public void basedOn(int version) {
        this.version = version;
    }

    @Override
    public String recordLabel() {
        return acronym;
    }

    @Override
    public Editable<TrialEdit> editable() {
        return new Editable<>(id, version, recordLabel(), toEdit());
    }
}
