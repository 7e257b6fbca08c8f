package com.triallens.compare;

import com.triallens.base.domain.ArmRole;
import com.triallens.base.domain.ArmSummary;

/** An arm of any trial, as the Compare page offers it: {@code FORTRESS · Eribulin alone}. */
public record ArmChoice(long armId, String armCode, String armLabel, ArmRole role, long trialId, String acronym,
                        String registryId) {

    public String label() {
        return acronym + " · " + armLabel;
    }

    /** How the page's URL names the arm: {@code NCT03786094:CONTROL}. */
    public String reference() {
        return registryId + ":" + armCode;
    }

    ArmSummary summary() {
        return new ArmSummary(armId, label(), role);
    }
}
