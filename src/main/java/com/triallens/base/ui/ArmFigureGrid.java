package com.triallens.base.ui;

import com.triallens.base.domain.ArmFigure;
import com.triallens.base.domain.ArmFigures;
import com.triallens.base.domain.ArmSummary;
import com.triallens.base.domain.Citation;
import com.triallens.base.domain.ResultStatus;
import com.triallens.base.export.ExportColumn;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A results grid with one column per arm. Each figure keeps its reported precision and unit,
 * says "Not reported" where the source gives none, and names its reference in a tooltip.
 */
public class ArmFigureGrid<T extends ArmFigures> extends Grid<T> {

    public ArmFigureGrid() {
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        setAllRowsVisible(true);
    }

    /** Rows beyond which the grid scrolls inside a fixed height (and renders only what is in view). */
    static final int ALL_VISIBLE_UP_TO = 25;

    /** The rows: all on the page when they are few; otherwise in a scrolling grid that renders the rows in view. */
    public void showRows(List<T> rows) {
        setItems(rows);
        setAllRowsVisible(rows.size() <= ALL_VISIBLE_UP_TO);
        if (rows.size() > ALL_VISIBLE_UP_TO) {
            setHeight("70vh");
        }
    }

    public void addArmColumns(List<ArmSummary> arms) {
        addArmColumns(arms, ArmFigure.NOT_REPORTED);
    }

    /** Columns per arm where a row without the arm's figure reads {@code absent} rather than "Not reported". */
    public void addArmColumns(List<ArmSummary> arms, String absent) {
        for (var arm : arms) {
            addColumn(row -> row.figures().containsKey(arm.id()) ? row.figure(arm.id()).display() : absent)
                    .setHeader(arm.label())
                    .setKey("arm-" + arm.id())
                    .setTextAlign(ColumnTextAlign.END)
                    .setTooltipGenerator(row -> tooltip(row.figure(arm.id())))
                    .setPartNameGenerator(row -> row.figure(arm.id()).status() == ResultStatus.NOT_REPORTED
                            ? "not-reported" : null);
        }
    }

    public void addSourcesColumn() {
        addColumn(row -> Sources.markers(row.sources()))
                .setHeader("Sources")
                .setKey("sources")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setTooltipGenerator(row -> Sources.describe(row.sources()));
    }

    /**
     * The arm columns for an export: per arm the figure as shown and its raw value (empty when not
     * reported), its unit, participants analysed and the number of its reference.
     */
    public static <T extends ArmFigures> List<ExportColumn<T>> armExportColumns(List<ArmSummary> arms) {
        return armExportColumns(arms, ArmFigure.NOT_REPORTED);
    }

    /** As {@link #armExportColumns(List)}, where a row without the arm's figure reads {@code absent}. */
    public static <T extends ArmFigures> List<ExportColumn<T>> armExportColumns(List<ArmSummary> arms, String absent) {
        return arms.stream().<ExportColumn<T>>mapMulti((arm, columns) -> {
            columns.accept(ExportColumn.figure(arm.label(),
                    row -> row.figures().containsKey(arm.id()) ? row.figure(arm.id()).display() : absent,
                    row -> raw(row.figure(arm.id()))));
            columns.accept(ExportColumn.text(arm.label() + " unit", row -> row.figure(arm.id()).unit()));
            columns.accept(ExportColumn.number(arm.label() + " participants", row -> {
                var participants = row.figure(arm.id()).participants();
                return participants == null ? null : BigDecimal.valueOf(participants);
            }));
            columns.accept(ExportColumn.number(arm.label() + " reference", row -> reference(row.figure(arm.id()).source())));
        }).toList();
    }

    /** The row's reference markers, as the Sources column shows them: {@code [2][7]}. */
    public static <T extends ArmFigures> ExportColumn<T> sourcesExportColumn() {
        return ExportColumn.text("Sources", row -> Sources.markers(row.sources()));
    }

    /** Every reference the rows cite, in reference-list order: the export's Source/References part. */
    public static List<Citation> citedBy(Collection<? extends ArmFigures> rows) {
        return rows.stream().flatMap(row -> row.sources().stream()).distinct()
                .sorted(Comparator.comparingInt(Citation::number)).toList();
    }

    public static BigDecimal reference(Citation citation) {
        return citation == null ? null : BigDecimal.valueOf(citation.number());
    }

    private static BigDecimal raw(ArmFigure figure) {
        return figure.value() == null ? null : figure.value().value();
    }

    static String tooltip(ArmFigure figure) {
        if (figure.source() == null) {
            return "Not reported in the sources";
        }
        var count = figure.participants() == null ? "" : "\nParticipants analysed: " + figure.participants();
        var note = figure.note() == null ? "" : "\nNote as posted: " + figure.note();
        return "Source: " + figure.source().describe() + count + note;
    }
}
