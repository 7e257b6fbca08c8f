package com.triallens.results.ui;

import com.triallens.results.GroupLabel;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.ValueProvider;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Grids with one column per reporting group: the first column frozen, groups headed by their short label with the
 * full title on hover (the header's title) and in a legend, the grid scrolling sideways inside itself when the groups are many.
 */
final class GroupColumns {

    /** Rows beyond which a grid scrolls inside a fixed height (and renders only the rows in view). */
    static final int ALL_VISIBLE_UP_TO = 25;

    private GroupColumns() {
    }

    static <T> Grid<T> grid(String ariaLabel, List<T> rows, String firstHeader, ValueProvider<T, String> first) {
        var grid = new Grid<T>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_COLUMN_BORDERS);
        grid.addClassName("group-grid");
        grid.setAriaLabel(ariaLabel);
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= ALL_VISIBLE_UP_TO);
        if (rows.size() > ALL_VISIBLE_UP_TO) {
            grid.setHeight("70vh");
        }
        grid.addColumn(first).setKey("row").setHeader(firstHeader).setFrozen(true)
                .setWidth("15rem").setFlexGrow(0).setResizable(true);
        return grid;
    }

    /** One column per group, keyed {@code group-<id>}: short label as header, full title as its tooltip. */
    static <T> void add(Grid<T> grid, List<GroupLabel> groups, BiFunction<T, Long, String> cell) {
        for (var group : groups) {
            var header = new Span(group.label());
            header.getElement().setAttribute("title", group.title());
            grid.addColumn(row -> cell.apply(row, group.id())).setKey("group-" + group.id()).setHeader(header)
                    .setWidth("10rem").setFlexGrow(1).setResizable(true);
        }
    }

    /** The full title of each group whose header is shortened; none when every title is its own label. */
    static Optional<DescriptionList> legend(List<GroupLabel> groups) {
        if (groups.stream().noneMatch(GroupLabel::shortened)) {
            return Optional.empty();
        }
        var legend = new DescriptionList();
        legend.addClassNames("facts", "group-legend");
        groups.forEach(g -> legend.add(new DescriptionList.Term(g.label()), new DescriptionList.Description(g.title())));
        return Optional.of(legend);
    }
}
