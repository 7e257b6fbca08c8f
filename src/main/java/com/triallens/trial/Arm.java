package com.triallens.trial;

import com.triallens.base.domain.ArmRole;
import org.springframework.data.relational.core.mapping.MappedCollection;

import java.util.List;

class Arm extends CuratedRecord<ArmEdit> {
    Long trialId;
    String code;
    String label;
    String shortLabel;
    ArmRole role;
    int ordinal;
    Integer participants;
    Long referenceId;
    @MappedCollection(idColumn = "arm_id", keyColumn = "ordinal") List<Intervention> interventions = List.of();

    @Override
    public ArmEdit toEdit() {
        return new ArmEdit(label, shortLabel, role, participants);
    }

    @Override
    public void apply(ArmEdit edit) {
        label = edit.label().trim();
        shortLabel = edit.shortLabel().trim();
        role = edit.role();
        participants = edit.participants();
    }

    @Override
    public String recordLabel() {
        return shortLabel;
    }

    @Override
    public long trial() {
        return trialId;
    }
}
