package com.triallens.base.ui.chart;

import java.util.List;

/**
 * One chart axis. A category axis lists its categories in order (none while a trial has no figures); a value axis is linear or
 * logarithmic, with an optional fixed range (null = let ECharts choose).
 */
public record Axis(String name, boolean category, List<String> categories, boolean log, Double min, Double max) {

    public Axis {
        categories = categories == null ? List.of() : List.copyOf(categories);
        if (log && category) {
            throw new IllegalArgumentException("a category axis cannot be logarithmic");
        }
        if (log && ((min != null && min <= 0) || (max != null && max <= 0))) {
            throw new IllegalArgumentException("a log axis needs a positive range");
        }
    }

    public static Axis category(String name, List<String> categories) {
        return new Axis(name, true, categories, false, null, null);
    }

    public static Axis linear(String name) {
        return new Axis(name, false, List.of(), false, null, null);
    }

    public static Axis log(String name) {
        return new Axis(name, false, List.of(), true, null, null);
    }

    public Axis range(Double min, Double max) {
        return new Axis(name, category, categories, log, min, max);
    }

    /**
     * Ticks of a log axis over a narrow fixed range (a forest plot's 0.25–4) double: 0.25, 0.5, 1, 2, 4.
     * Wider or open ranges step by powers of ten.
     */
    int logBase() {
        return min != null && max != null && max / min <= 64 ? 2 : 10;
    }

    public boolean isCategory() {
        return category;
    }
}
