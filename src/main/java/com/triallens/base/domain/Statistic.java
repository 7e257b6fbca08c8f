package com.triallens.base.domain;

/** The effect measure of a comparison between two arms, with the abbreviation clinicians read. */
public enum Statistic {
    HAZARD_RATIO("HR"),
    ODDS_RATIO("OR"),
    RISK_RATIO("RR"),
    RISK_DIFFERENCE("RD"),
    MEAN_DIFFERENCE("MD");

    private final String abbreviation;

    Statistic(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    public String abbreviation() {
        return abbreviation;
    }
}
