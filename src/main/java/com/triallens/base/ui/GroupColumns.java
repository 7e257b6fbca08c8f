package com.triallens.base.ui;

import com.triallens.base.domain.ArmFigure;
import com.triallens.base.domain.ArmFigures;
import com.triallens.base.domain.ArmSummary;
import com.triallens.base.domain.ResultStatus;
import com.triallens.base.domain.ShortLabels;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.Tooltip;
import com.vaadin.flow.data.renderer.LitRenderer;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One column per reporting group for a results grid that must read with one group or ten: a short header with the
 * full title on hover, a width that makes the grid scroll inside itself rather than squeeze the figures, and each
 * figure with the number of participants analysed under it.
 */
public final class GroupColumns {

    static final String WIDTH = "9.5rem";

    private GroupColumns() {
    }

    /**
     * Adds the columns (keys {@code arm-<id>}); a row without the group's figure reads {@code absent}, and
     * {@code analysed} gives the number shown under a figure (null: none).
     */
    public static <T extends ArmFigures> void add(Grid<T> grid, List<ArmSummary> groups, String absent,
                                                  BiFunction<T, Long, Integer> analysed) {
        add(grid, groups, row -> absent, analysed);
    }

    /** As above, where what a row without the group's figure reads depends on the row (a heading row: nothing). */
    public static <T extends ArmFigures> void add(Grid<T> grid, List<ArmSummary> groups, Function<T, String> absent,
                                                  BiFunction<T, Long, Integer> analysed) {
        var labels = ShortLabels.of(groups.stream().map(ArmSummary::label).toList());
        for (int i = 0; i < groups.size(); i++) {
            var group = groups.get(i);
            var header = new Span(labels.get(i));
            if (!labels.get(i).equals(group.label())) {
                Tooltip.forComponent(header).setText(group.label());
                header.getElement().setAttribute("aria-label", group.label());
            }
            grid.addColumn(LitRenderer.<T>of("<span class=\"figure\">${item.figure}</span>"
                                    + "<span class=\"analysed\" ?hidden=\"${!item.analysed}\">${item.analysed}</span>")
                            .withProperty("figure", row -> row.figures().containsKey(group.id())
                                    ? row.figure(group.id()).display() : absent.apply(row))
                            .withProperty("analysed", row -> {
                                var n = analysed.apply(row, group.id());
                                return n == null ? "" : "n = " + n;
                            }))
                    .setHeader(header)
                    .setKey("arm-" + group.id())
                    .setWidth(WIDTH)
                    .setFlexGrow(1)
                    .setResizable(true)
                    .setTextAlign(ColumnTextAlign.END)
                    .setTooltipGenerator(row -> group.label() + "\n" + tooltip(row.figure(group.id()),
                            analysed.apply(row, group.id())))
                    .setPartNameGenerator(row -> row.figure(group.id()).status() == ResultStatus.NOT_REPORTED
                            ? "not-reported" : null);
        }
    }

    /** The full title of each group whose header is shortened; nothing when none is. */
    public static Component legend(List<ArmSummary> groups) {
        var titles = groups.stream().map(ArmSummary::label).toList();
        var labels = ShortLabels.of(titles);
        if (!ShortLabels.shortened(titles, labels)) {
            return new Span();
        }
        var list = new DescriptionList();
        list.addClassNames("facts", "group-legend");
        for (int i = 0; i < groups.size(); i++) {
            list.add(new DescriptionList.Term(labels.get(i)), new DescriptionList.Description(titles.get(i)));
        }
        var details = new Details("Group names in full (" + groups.size() + ")", list);
        details.setId("group-legend");
        return details;
    }

    private static String tooltip(ArmFigure figure, Integer analysed) {
        return figure.source() == null && analysed != null ? "Participants analysed: " + analysed
                : ArmFigureGrid.tooltip(figure);
    }
}
