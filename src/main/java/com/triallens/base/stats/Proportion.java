package com.triallens.base.stats;

/**
 * A proportion computed by TrialLens from counts, with its Wilson score interval.
 *
 * @param events       number of patients with the event (x)
 * @param total        number of patients (n)
 * @param levelPercent confidence level in percent, e.g. 95
 * @param estimate     x / n
 * @param lower        lower limit, never below 0
 * @param upper        upper limit, never above 1
 */
public record Proportion(int events, int total, double levelPercent, double estimate, double lower, double upper) {

    public static final String METHOD = "Wilson score";

    /** The Wilson score interval (Wilson 1927; Newcombe 1998, method 3) for {@code events} of {@code total}. */
    public static Proportion wilson(int events, int total, double levelPercent) {
        return wilson("the arm", events, total, levelPercent);
    }

    static Proportion wilson(String arm, int events, int total, double levelPercent) {
        Inputs.requireCounts(arm, events, total);
        double z = Normal.criticalValue(levelPercent);
        double p = (double) events / total;
        double zz = z * z;
        double centre = (2 * total * p + zz) / (2 * (total + zz));
        double halfWidth = z * Math.sqrt(zz + 4 * total * p * (1 - p)) / (2 * (total + zz));
        double lower = events == 0 ? 0 : Math.max(0, centre - halfWidth);
        double upper = events == total ? 1 : Math.min(1, centre + halfWidth);
        return new Proportion(events, total, levelPercent, p, lower, upper);
    }

    /** The method name for labels: "Wilson score". */
    public String method() {
        return METHOD;
    }
}
