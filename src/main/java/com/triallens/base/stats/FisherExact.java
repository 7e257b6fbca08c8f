package com.triallens.base.stats;

/**
 * Fisher's exact test on a 2×2 table computed by TrialLens. The table is
 * <pre>
 *           event   no event
 *   arm 1     a        b
 *   arm 2     c        d
 * </pre>
 * Given the margins, {@code a} is hypergeometric. The two-sided p-value sums the probabilities of
 * all tables no more likely than the observed one, allowing a relative tolerance of 1e-7 as R's
 * {@code fisher.test} does so that tables equally likely in exact arithmetic are not lost to rounding.
 * Probabilities are computed from log-factorials, so tables of hundreds of thousands of patients work.
 *
 * @param alternative which p-value this is
 * @param pValue      the p-value, between 0 and 1
 */
public record FisherExact(int a, int b, int c, int d, Alternative alternative, double pValue) {

    private static final double RELATIVE_TOLERANCE = 1e-7;

    /** Which tables count as at least as extreme as the observed one. */
    public enum Alternative {
        /** Tables no more likely than the observed one, on either side. */
        TWO_SIDED("Fisher's exact, two-sided"),
        /** Tables with {@code a} at most the observed: arm 1 has lower odds of the event (odds ratio &lt; 1). */
        LESS("Fisher's exact, one-sided (odds ratio < 1)"),
        /** Tables with {@code a} at least the observed: arm 1 has higher odds of the event (odds ratio &gt; 1). */
        GREATER("Fisher's exact, one-sided (odds ratio > 1)");

        private final String method;

        Alternative(String method) {
            this.method = method;
        }

        public String method() {
            return method;
        }
    }

    /** Two-sided test of {@code events1/total1} against {@code events2/total2}. */
    public static FisherExact forArms(int events1, int total1, int events2, int total2) {
        return forArms(events1, total1, events2, total2, Alternative.TWO_SIDED);
    }

    public static FisherExact forArms(int events1, int total1, int events2, int total2, Alternative alternative) {
        Inputs.requireCounts("arm 1", events1, total1);
        Inputs.requireCounts("arm 2", events2, total2);
        return of(events1, total1 - events1, events2, total2 - events2, alternative);
    }

    /** The test on the table {@code [[a, b], [c, d]]}. */
    public static FisherExact of(int a, int b, int c, int d, Alternative alternative) {
        if (a < 0 || b < 0 || c < 0 || d < 0) {
            throw new IllegalArgumentException("a 2×2 table holds counts, which cannot be negative: ["
                    + a + ", " + b + "; " + c + ", " + d + "]");
        }
        long total = (long) a + b + c + d;
        if (total == 0) {
            throw new IllegalArgumentException("the 2×2 table is empty; Fisher's exact test needs at least one patient");
        }
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the 2×2 table holds more than " + Integer.MAX_VALUE + " patients");
        }
        if (alternative == null) {
            throw new IllegalArgumentException("say which alternative: two-sided, less or greater");
        }
        return new FisherExact(a, b, c, d, alternative, pValue(a, b, c, d, alternative));
    }

    /** The method name for labels, e.g. "Fisher's exact, two-sided". */
    public String method() {
        return alternative.method();
    }

    private static double pValue(int a, int b, int c, int d, Alternative alternative) {
        int row1 = a + b;
        int row2 = c + d;
        int column1 = a + c;
        int low = Math.max(0, column1 - row2);
        int high = Math.min(row1, column1);
        double[] logDensity = new double[high - low + 1];
        double max = Double.NEGATIVE_INFINITY;
        for (int x = low; x <= high; x++) {
            double value = LogFactorial.logChoose(row1, x) + LogFactorial.logChoose(row2, column1 - x);
            logDensity[x - low] = value;
            max = Math.max(max, value);
        }
        // Scaled by the most likely table, so nothing overflows; the binomial(N, column1) divisor cancels.
        double sum = 0;
        double extreme = 0;
        double observed = Math.exp(logDensity[a - low] - max);
        for (int x = low; x <= high; x++) {
            double density = Math.exp(logDensity[x - low] - max);
            sum += density;
            boolean counts = switch (alternative) {
                case TWO_SIDED -> density <= observed * (1 + RELATIVE_TOLERANCE);
                case LESS -> x <= a;
                case GREATER -> x >= a;
            };
            if (counts) {
                extreme += density;
            }
        }
        return Math.min(1, extreme / sum);
    }
}
