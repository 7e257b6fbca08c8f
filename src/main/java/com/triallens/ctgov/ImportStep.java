package com.triallens.ctgov;

/** The steps of reading a study record, in order, for a progress display. */
public enum ImportStep {
    READING("Reading the file"),
    PARSING("Parsing the JSON"),
    MAPPING("Mapping the record to trial, arms, endpoints and results"),
    COMPARING("Comparing with the stored trial"),
    DONE("Preview ready");

    private final String label;

    ImportStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** How far along this step is, from 0 to 1. */
    public double progress() {
        return (double) ordinal() / (values().length - 1);
    }
}
