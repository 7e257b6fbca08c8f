package com.triallens.base.ui.chart;

/**
 * One value at one category: the point estimate, an optional interval (low..high, e.g. a 95 % CI)
 * and the label exactly as reported (e.g. "13.0 %", "0.87 (0.69–1.09)", "not reported").
 * A value that was not reported is {@code null}, never 0; the label then says so.
 */
public record Datum(String category, Double value, Double low, Double high, String label) {

    public Datum {
        if (category == null) {
            throw new IllegalArgumentException("category is required");
        }
        if ((low == null) != (high == null)) {
            throw new IllegalArgumentException("an interval needs both low and high");
        }
    }

    public static Datum of(String category, double value, String label) {
        return new Datum(category, value, null, null, label);
    }

    public static Datum withInterval(String category, double value, double low, double high, String label) {
        return new Datum(category, value, low, high, label);
    }

    public static Datum notReported(String category, String label) {
        return new Datum(category, null, null, null, label);
    }

    public boolean hasInterval() {
        return low != null;
    }
}
