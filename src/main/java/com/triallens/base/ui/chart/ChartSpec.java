package com.triallens.base.ui.chart;

import java.util.List;

/**
 * A typed description of one chart: what it shows (title, description for screen readers, file
 * name for downloads), its axes, series and reference lines. Exactly one of the two axes is a
 * category axis; a horizontal chart (e.g. a forest plot) has the categories on {@code y}.
 * <p>
 * For charts the typed model does not cover (graph diagrams, heatmaps), {@link #raw} takes an
 * ECharts option as JSON; such a spec must bring its own {@link TableView}.
 */
public record ChartSpec(String title, String description, String fileName, Axis x, Axis y,
        List<Series> series, List<MarkLine> markLines, TableView table, String rawOption) {

    public ChartSpec {
        if (title == null || description == null || fileName == null) {
            throw new IllegalArgumentException("title, description and file name are required");
        }
        series = series == null ? List.of() : List.copyOf(series);
        markLines = markLines == null ? List.of() : List.copyOf(markLines);
        if (rawOption == null) {
            if (x == null || y == null || x.isCategory() == y.isCategory()) {
                throw new IllegalArgumentException("exactly one axis must be a category axis");
            }
        } else if (table == null) {
            throw new IllegalArgumentException("a raw chart needs its own table");
        }
    }

    public static ChartSpec of(String title, String description, String fileName, Axis x, Axis y,
            List<Series> series) {
        return new ChartSpec(title, description, fileName, x, y, series, List.of(), null, null);
    }

    /** A chart the typed model does not cover, e.g. {@code {"series":[{"type":"graph",...}]}}. */
    public static ChartSpec raw(String title, String description, String fileName, String optionJson,
            TableView table) {
        return new ChartSpec(title, description, fileName, null, null, List.of(), List.of(), table, optionJson);
    }

    public ChartSpec withMarkLines(MarkLine... lines) {
        return new ChartSpec(title, description, fileName, x, y, series, List.of(lines), table, rawOption);
    }

    /** Replaces the table derived from the series, e.g. to add columns the chart does not plot. */
    public ChartSpec withTable(TableView table) {
        return new ChartSpec(title, description, fileName, x, y, series, markLines, table, rawOption);
    }

    /** The table given, or else one derived from the series, so chart and table show the same numbers. */
    public TableView tableView() {
        return table != null ? table : TableView.of(this);
    }

    boolean horizontal() {
        return y.isCategory();
    }

    Axis categoryAxis() {
        return horizontal() ? y : x;
    }

    Axis valueAxis() {
        return horizontal() ? x : y;
    }
}
