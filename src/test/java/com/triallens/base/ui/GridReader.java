package com.triallens.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a results grid as a user sees it, whatever renders its cells: plain text, a tree column or a figure with
 * the number analysed under it (Lit templates whose text is in properties {@code name} and {@code figure}).
 */
public final class GridReader {

    private GridReader() {
    }

    /** The header texts, a component header read as its text. */
    public static List<String> headers(Grid<?> grid) {
        return grid.getColumns().stream().map(c -> c.getHeaderComponent() != null
                ? c.getHeaderComponent().getElement().getText() : c.getHeaderText() == null ? "" : c.getHeaderText())
                .toList();
    }

    /** A row's cells of the given columns; a key ending in {@code *} stands for every column whose key starts so. */
    public static List<String> row(GridTester<?, ?> tester, Grid<?> grid, int row, String... keys) {
        var cells = new ArrayList<String>();
        for (var key : keys) {
            if (key.endsWith("*")) {
                grid.getColumns().stream().filter(c -> c.getKey() != null && c.getKey().startsWith(key.substring(0, key.length() - 1)))
                        .forEach(c -> cells.add(cell(tester, grid, row, c.getKey())));
            } else {
                cells.add(cell(tester, grid, row, key));
            }
        }
        return cells;
    }

    public static String cell(GridTester<?, ?> tester, Grid<?> grid, int row, String key) {
        var text = tester.getCellText(row, grid.getColumns().indexOf(grid.getColumnByKey(key)));
        return text != null ? text : property(tester, row, key, "figure", "name");
    }

    /** The number analysed under a figure ("n = 45"), or empty. */
    public static String analysed(GridTester<?, ?> tester, int row, String key) {
        return property(tester, row, key, "analysed");
    }

    private static String property(GridTester<?, ?> tester, int row, String key, String... names) {
        for (var name : names) {
            try {
                var value = tester.getLitRendererPropertyValue(row, key, name, String.class);
                if (value != null) {
                    return value;
                }
            } catch (IllegalArgumentException | IllegalStateException notThere) {
                // the column's template has no such property: try the next name
            }
        }
        return null;
    }
}
