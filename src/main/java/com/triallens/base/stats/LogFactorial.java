package com.triallens.base.stats;

/** ln(n!) to about 1e-15 relative error: exact sums for small n, Stirling's series beyond. */
final class LogFactorial {

    private static final int TABLE_SIZE = 256;
    private static final double[] TABLE = new double[TABLE_SIZE];
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    static {
        for (int i = 1; i < TABLE_SIZE; i++) {
            TABLE[i] = TABLE[i - 1] + Math.log(i);
        }
    }

    private LogFactorial() {
    }

    static double of(int n) {
        if (n < TABLE_SIZE) {
            return TABLE[n];
        }
        double x = n + 1.0;
        double inverse = 1 / x;
        double inverseSquared = inverse * inverse;
        double series = inverse * (1.0 / 12 - inverseSquared * (1.0 / 360 - inverseSquared * (1.0 / 1260
                - inverseSquared / 1680)));
        return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + series;
    }

    static double logChoose(int n, int k) {
        return of(n) - of(k) - of(n - k);
    }
}
