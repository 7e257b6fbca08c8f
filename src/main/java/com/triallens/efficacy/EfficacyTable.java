package com.triallens.efficacy;

import com.triallens.base.domain.ArmFigure;
import com.triallens.base.domain.ArmSummary;

import java.util.List;
import java.util.Map;

/**
 * The outcome rows with a column per reporting group ({@code arms}: each column's id is its group's id);
 * {@code armGroups} lists the groups linked to each arm.
 */
public record EfficacyTable(List<ArmSummary> arms, List<EfficacyRow> rows, Map<Long, List<Long>> armGroups) {

    /** The arm's figure in this row, if a group of the arm reports one. */
    public ArmFigure figureOfArm(EfficacyRow row, long armId) {
        return com.triallens.results.ResultFigures.figureOfArm(armGroups, row.figures(), armId);
    }
}
