package com.triallens.trial;

/**
 * What every page shows of the trial it is about. {@code revision} is the trial's content revision when the header
 * was read: it changes with every committed change to what the trial's pages show.
 */
public record TrialHeader(long id, String acronym, String registryId, String phase, String status, long revision) {

    /** {@code FORTRESS (NCT03786094)}. */
    public String label() {
        return acronym + " (" + registryId + ")";
    }
}
