package com.triallens.base.domain;

/** An arm as the result grids name it: one column per arm, in the trial's order. */
public record ArmSummary(long id, String label, ArmRole role) {
}
