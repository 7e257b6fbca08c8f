package com.triallens.base.stats;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Whether a figure reported by a source is plausibly consistent with the arms' counts, for curators.
 * The check is deliberately tolerant: sources use other tests (chi-square, adjusted or stratified
 * models) and other intervals (Wald, Miettinen-Nurminen), which legitimately give somewhat different
 * numbers. Only clear contradictions are flagged.
 *
 * <p>Rules:
 * <ul>
 * <li><b>p-value</b>: compared with Fisher's exact test, two-sided, on the counts. Inconsistent only
 *     when one p is below {@value #SIGNIFICANT} and the other above {@value #CLEARLY_NOT_SIGNIFICANT}
 *     (e.g. reported p = 0.01 while the counts give p = 0.81). For "p &lt; 0.001" pass the bound, 0.001.</li>
 * <li><b>risk difference interval</b> (arm 1 − arm 2, as fractions): compared with the Newcombe hybrid
 *     score interval at the same level. Inconsistent when the reported interval misses the
 *     difference in the counts by more than {@value #ESTIMATE_TOLERANCE} (half a percentage point, for
 *     rounding), or when its width and the computed width differ by more than a factor
 *     {@value #WIDTH_FACTOR} either way.</li>
 * </ul>
 *
 * @param consistent whether the reported figure fits the counts under the rules above
 * @param message    one sentence for the curator, naming the reported and the computed figures
 * @param method     the method TrialLens computed with, for labels
 */
public record Consistency(boolean consistent, String message, String method) {

    public static final double SIGNIFICANT = 0.05;
    public static final double CLEARLY_NOT_SIGNIFICANT = 0.2;
    public static final double ESTIMATE_TOLERANCE = 0.005;
    public static final double WIDTH_FACTOR = 2;

    /** Checks a reported two-sided p-value against Fisher's exact test on {@code events1/total1 vs events2/total2}. */
    public static Consistency ofPValue(int events1, int total1, int events2, int total2, double reportedP) {
        var test = FisherExact.forArms(events1, total1, events2, total2);
        if (!(reportedP > 0 && reportedP <= 1)) {
            throw new IllegalArgumentException("a reported p-value is above 0 and at most 1, not " + reportedP
                    + "; for \"p < 0.001\" give 0.001");
        }
        double computed = test.pValue();
        boolean contradicts = reportedP < SIGNIFICANT && computed > CLEARLY_NOT_SIGNIFICANT
                || reportedP > CLEARLY_NOT_SIGNIFICANT && computed < SIGNIFICANT;
        String counts = counts(events1, total1, events2, total2, "vs");
        String computedText = "Fisher's exact test (two-sided) on " + counts + " gives " + pValue(computed);
        String message = contradicts
                ? "Reported p = " + plain(reportedP) + ", but " + computedText + " (flagged: one is below "
                        + plain(SIGNIFICANT) + ", the other above " + plain(CLEARLY_NOT_SIGNIFICANT) + ")"
                : "Reported p = " + plain(reportedP) + " fits the counts: " + computedText;
        return new Consistency(!contradicts, message, test.method());
    }

    /**
     * Checks a reported confidence interval for the risk difference, arm 1 − arm 2 as fractions
     * (0.12 is 12 percentage points), at {@code levelPercent} (e.g. 95).
     */
    public static Consistency ofRiskDifferenceInterval(int events1, int total1, int events2, int total2,
            double levelPercent, double reportedLower, double reportedUpper) {
        var computed = RiskDifference.newcombe(events1, total1, events2, total2, levelPercent);
        requireInterval(reportedLower, reportedUpper);
        String level = plain(levelPercent) + "% CI ";
        String reported = "Reported " + level + plain(reportedLower) + " to " + plain(reportedUpper);
        String difference = counts(events1, total1, events2, total2, "−") + " = " + decimal(computed.estimate());
        String computedInterval = computed.method() + " " + level + decimal(computed.lower()) + " to "
                + decimal(computed.upper());
        double estimate = computed.estimate();
        if (!contains(reportedLower, reportedUpper, estimate)) {
            String hint = contains(-reportedUpper, -reportedLower, estimate)
                    ? "; it would fit the difference taken the other way round (arm 2 − arm 1)"
                    : "";
            return new Consistency(false, reported + " does not contain the difference in the counts, "
                    + difference + " (" + computedInterval + ")" + hint, computed.method());
        }
        double ratio = (reportedUpper - reportedLower) / (computed.upper() - computed.lower());
        if (ratio > WIDTH_FACTOR || ratio < 1 / WIDTH_FACTOR) {
            return new Consistency(false, reported + " is " + String.format(Locale.ROOT, "%.2f", ratio)
                    + " times as wide as the " + computedInterval + " from " + counts(events1, total1, events2,
                    total2, "vs") + " (flagged beyond a factor " + plain(WIDTH_FACTOR) + " either way)",
                    computed.method());
        }
        return new Consistency(true, reported + " fits the counts: " + difference + ", " + computedInterval,
                computed.method());
    }

    private static void requireInterval(double lower, double upper) {
        if (!(Math.abs(lower) <= 1 && Math.abs(upper) <= 1)) {
            throw new IllegalArgumentException("risk difference limits are fractions between -1 and 1, not "
                    + plain(lower) + " to " + plain(upper) + "; percentage points must be divided by 100");
        }
        if (lower > upper) {
            throw new IllegalArgumentException("the reported lower limit " + plain(lower)
                    + " is above the upper limit " + plain(upper));
        }
    }

    private static boolean contains(double lower, double upper, double value) {
        return value >= lower - ESTIMATE_TOLERANCE && value <= upper + ESTIMATE_TOLERANCE;
    }

    private static String counts(int events1, int total1, int events2, int total2, String between) {
        return events1 + "/" + total1 + " " + between + " " + events2 + "/" + total2;
    }

    private static String pValue(double p) {
        if (p < 0.001) {
            return "p < 0.001";
        }
        return "p = " + String.format(Locale.ROOT, p < 0.01 ? "%.3f" : "%.2f", p);
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
