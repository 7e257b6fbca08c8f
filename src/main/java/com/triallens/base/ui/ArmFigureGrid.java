package com.triallens.base.ui;

import com.triallens.base.domain.ArmFigure;
import com.triallens.base.domain.ArmFigures;
import com.triallens.base.domain.ArmSummary;
import com.triallens.base.domain.ResultStatus;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

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

    private static String tooltip(ArmFigure figure) {
        if (figure.source() == null) {
            return "Not reported in the sources";
        }
        var count = figure.participants() == null ? "" : "\nParticipants analysed: " + figure.participants();
        var note = figure.note() == null ? "" : "\nNote as posted: " + figure.note();
        return "Source: " + figure.source().describe() + count + note;
    }
}
