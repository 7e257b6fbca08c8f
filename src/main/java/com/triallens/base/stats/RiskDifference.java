package com.triallens.base.stats;

/**
 * The difference between two arms' event proportions, first minus second, computed by TrialLens
 * with the Newcombe hybrid score interval (Newcombe 1998, method 10), which combines the two arms'
 * Wilson intervals. Values are fractions: 0.12 is 12 percentage points.
 *
 * @param first    arm 1's proportion with its Wilson interval
 * @param second   arm 2's proportion with its Wilson interval
 * @param estimate p1 − p2
 * @param lower    lower limit, at least −1
 * @param upper    upper limit, at most 1
 */
public record RiskDifference(Proportion first, Proportion second, double estimate, double lower, double upper) {

    public static final String METHOD = "Newcombe hybrid score (Wilson)";

    /** p1 − p2 for {@code events1/total1} against {@code events2/total2}, at a level in percent such as 95. */
    public static RiskDifference newcombe(int events1, int total1, int events2, int total2, double levelPercent) {
        var first = Proportion.wilson("arm 1", events1, total1, levelPercent);
        var second = Proportion.wilson("arm 2", events2, total2, levelPercent);
        double p1 = first.estimate();
        double p2 = second.estimate();
        double lower = p1 - p2 - Math.hypot(p1 - first.lower(), second.upper() - p2);
        double upper = p1 - p2 + Math.hypot(first.upper() - p1, p2 - second.lower());
        return new RiskDifference(first, second, p1 - p2, Math.max(-1, lower), Math.min(1, upper));
    }

    public double levelPercent() {
        return first.levelPercent();
    }

    /** The method name for labels: "Newcombe hybrid score (Wilson)". */
    public String method() {
        return METHOD;
    }
}
