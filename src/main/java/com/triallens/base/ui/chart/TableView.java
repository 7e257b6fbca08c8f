package com.triallens.base.ui.chart;

import java.util.ArrayList;
import java.util.List;

/** The chart's numbers as a plain table of strings, for "Show as table" and screen readers. */
public record TableView(List<String> columns, List<List<String>> rows) {

    public TableView {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row " + row + " does not match columns " + columns);
            }
        }
    }

    /**
     * One row per category of the category axis, one column per series; each cell is the datum's
     * reported label as given (with its interval when the label is missing).
     */
    static TableView of(ChartSpec spec) {
        Axis categoryAxis = spec.categoryAxis();
        List<String> columns = new ArrayList<>();
        columns.add(categoryAxis.name() == null ? "" : categoryAxis.name());
        spec.series().forEach(s -> columns.add(s.name()));
        List<List<String>> rows = new ArrayList<>();
        for (String category : categoryAxis.categories()) {
            List<String> row = new ArrayList<>();
            row.add(category);
            for (Series s : spec.series()) {
                row.add(s.data().stream().filter(d -> d.category().equals(category)).findFirst()
                        .map(TableView::cell).orElse(""));
            }
            rows.add(row);
        }
        return new TableView(columns, rows);
    }

    private static String cell(Datum d) {
        if (d.label() != null) {
            return d.label();
        }
        if (d.value() == null) {
            return "not reported";
        }
        String value = plain(d.value());
        return d.hasInterval() ? value + " (" + plain(d.low()) + "–" + plain(d.high()) + ")" : value;
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
