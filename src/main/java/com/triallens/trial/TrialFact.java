package com.triallens.trial;

/** The trial-level statements that carry their own references. */
public enum TrialFact {
    REGISTRY_ID, PHASE, STATUS, DESIGN, CONDITION, ENROLMENT, PRIOR_THERAPY, MECHANISM, OUTCOME
}
