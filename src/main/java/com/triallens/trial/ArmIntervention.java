package com.triallens.trial;

import com.triallens.base.domain.Editable;

/**
 * An intervention edited within its arm: the arm is the aggregate Spring Data JDBC saves, so the arm's
 * version is the one the edit is based on.
 */
record ArmIntervention(Arm arm, Intervention intervention) implements Curated<InterventionEdit> {

    @Override
    public InterventionEdit toEdit() {
        return intervention.toEdit();
    }

    @Override
    public void apply(InterventionEdit edit) {
        intervention.apply(edit.normalized());
    }

    @Override
    public void basedOn(int version) {
        arm.version = version;
    }

    @Override
    public String recordLabel() {
        return arm.shortLabel + " / " + intervention.drug;
    }

    @Override
    public Editable<InterventionEdit> editable() {
        return new Editable<>(intervention.id, arm.version, recordLabel(), toEdit());
    }

    @Override
    public long trial() {
        return arm.trialId;
    }
}
