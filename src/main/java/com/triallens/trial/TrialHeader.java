package com.triallens.trial;

/** What every page shows of the trial it is about. */
public record TrialHeader(long id, String acronym, String registryId, String phase, String status) {

    /** {@code FORTRESS (NCT03786094)}. */
    public String label() {
        return acronym + " (" + registryId + ")";
    }
}
