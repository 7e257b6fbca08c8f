package com.triallens.trial;

/** Links a trial-level statement (a {@link TrialFact}) to a reference that supports it. */
record TrialCitation(TrialFact field, Long referenceId) {
}
