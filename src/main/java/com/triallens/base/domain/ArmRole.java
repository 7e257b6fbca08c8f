package com.triallens.base.domain;

public enum ArmRole {
    EXPERIMENTAL("Experimental"),
    ACTIVE_COMPARATOR("Active comparator"),
    PLACEBO_COMPARATOR("Placebo comparator"),
    NO_INTERVENTION("No intervention"),
    OTHER("Other");

    private final String label;

    ArmRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
