package com.triallens.base.stats;

/** Checks of the counts and levels given to the statistics, with messages a curator can act on. */
final class Inputs {

    private Inputs() {
    }

    static void requireCounts(String arm, int events, int total) {
        if (total <= 0) {
            throw new IllegalArgumentException(
                    arm + " has " + total + " patients; a proportion needs at least one patient");
        }
        if (events < 0 || events > total) {
            throw new IllegalArgumentException(arm + ": " + events + " events out of " + total
                    + " patients is impossible; events must be between 0 and " + total);
        }
    }

    static void requireLevel(double levelPercent) {
        if (!(levelPercent > 0 && levelPercent < 100)) {
            throw new IllegalArgumentException("the confidence level is a percentage above 0 and below 100"
                    + " (e.g. 95), not " + levelPercent);
        }
        if (levelPercent < 1) {
            throw new IllegalArgumentException("the confidence level is a percentage: give 95 for a 95% interval;"
                    + " " + levelPercent + " would mean a " + levelPercent + "% interval");
        }
    }
}
