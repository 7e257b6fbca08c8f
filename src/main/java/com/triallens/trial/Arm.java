package com.triallens.trial;

import com.triallens.base.domain.ArmRole;
import com.triallens.base.domain.Editable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

import java.util.List;

class Arm implements Curated<ArmEdit> {
    @Id Long id;
    Long trialId;
    String code;
    String label;
    String shortLabel;
    ArmRole role;
    int ordinal;
    Integer participants;
    Long referenceId;
    @MappedCollection(idColumn = "arm_id", keyColumn = "ordinal") List<Intervention> interventions = List.of();
    @Version Integer version;

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
    public void basedOn(int version) {
        this.version = version;
    }

    @Override
    public String recordLabel() {
        return shortLabel;
    }

    @Override
    public Editable<ArmEdit> editable() {
        return new Editable<>(id, version, recordLabel(), toEdit());
    }
}
