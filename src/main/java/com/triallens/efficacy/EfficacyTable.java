package com.triallens.efficacy;

import com.triallens.base.domain.ArmFigure;
import com.triallens.base.domain.ArmSummary;

import java.util.List;
import java.util.Map;

/**
 * The outcome rows with a column per reporting group ({@code arms}: each column's id is its group's id);
 * {@code armGroups} lists the groups linked to each arm. {@code rows} are every figure row in the source's order
 * (a measure's analyses on its first row); {@code measures} the same as a tree: one row per measure, whose
 * time points, subgroups or categories are its {@link #parts}, when it has several.
 */
public record EfficacyTable(List<ArmSummary> arms, List<EfficacyRow> rows, Map<Long, List<Long>> armGroups,
                            List<EfficacyRow> measures, Map<Long, List<EfficacyRow>> parts) {

    /** The arm's figure in this row, if a group of the arm reports one. */
    public ArmFigure figureOfArm(EfficacyRow row, long armId) {
        return com.triallens.results.ResultFigures.figureOfArm(armGroups, row.figures(), armId);
    }

    /** The rows under a measure's heading row; none for a measure of one row and for the rows themselves. */
    public List<EfficacyRow> parts(EfficacyRow row) {
        return parts.getOrDefault(row.id(), List.of());
    }
}
