package com.triallens.base.ui;

import com.triallens.base.domain.ArmFigures;
import com.triallens.base.domain.ArmSummary;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A plain HTML table of results, one column per arm: for print, where a grid's scrolling rows would be cut off.
 * Figures read exactly as in the grids.
 */
public class FigureTable<T extends ArmFigures> extends NativeTable {

    private record Column<T>(String header, Function<T, String> text) {
    }

    private final List<Column<T>> columns = new ArrayList<>();

    public FigureTable() {
        addClassName("figure-table");
    }

    public FigureTable<T> column(String header, Function<T, String> text) {
        columns.add(new Column<>(header, text));
        return this;
    }

    public FigureTable<T> armColumns(List<ArmSummary> arms) {
        arms.forEach(arm -> column(arm.label(), row -> row.figure(arm.id()).display()));
        return this;
    }

    public FigureTable<T> sourcesColumn() {
        return column("Sources", row -> Sources.markers(row.sources()));
    }

    public FigureTable<T> rows(List<T> rows) {
        var head = new NativeTableRow();
        columns.forEach(column -> head.add(new NativeTableHeaderCell(column.header())));
        getHead().add(head);
        rows.forEach(row -> {
            var line = new NativeTableRow();
            columns.forEach(column -> line.add(new NativeTableCell(column.text().apply(row))));
            getBody().add(line);
        });
        return this;
    }
}
