package com.triallens.efficacy;

import com.triallens.base.domain.ArmFigure;
import com.triallens.base.domain.ArmSummary;

import java.util.List;
import java.util.Map;

/**
 * The outcome rows with a column per reporting group ({@code arms}: each column's id is its group's id);
 * {@code armColumns} says which column holds an arm's figures, where one group is linked to the arm.
 */
public record EfficacyTable(List<ArmSummary> arms, List<EfficacyRow> rows, Map<Long, Long> armColumns) {

    /** The arm's figure in this row, if a group of the arm reports one. */
    public ArmFigure figureOfArm(EfficacyRow row, long armId) {
        var column = armColumns.get(armId);
        return column == null ? null : row.figures().get(column);
    }
}
