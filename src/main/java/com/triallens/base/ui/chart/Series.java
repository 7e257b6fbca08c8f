package com.triallens.base.ui.chart;

import java.util.List;

/**
 * A named series of data. {@code showLabels} prints each datum's reported label next to its mark.
 * Data with an interval get whiskers (an ECharts custom series drawn by the web component).
 */
public record Series(Kind kind, String name, List<Datum> data, boolean showLabels) {

    public enum Kind { BAR, SCATTER, LINE }

    public Series {
        data = List.copyOf(data);
    }

    public static Series bar(String name, List<Datum> data) {
        return new Series(Kind.BAR, name, data, true);
    }

    public static Series points(String name, List<Datum> data) {
        return new Series(Kind.SCATTER, name, data, false);
    }

    public static Series line(String name, List<Datum> data) {
        return new Series(Kind.LINE, name, data, false);
    }

    public Series labelled(boolean show) {
        return new Series(kind, name, data, show);
    }
}
