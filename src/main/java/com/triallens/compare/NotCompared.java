package com.triallens.compare;

/** A measure the chosen arms share in name only, and why TrialLens does not put their figures side by side. */
public record NotCompared(String measure, String reason) {
}
