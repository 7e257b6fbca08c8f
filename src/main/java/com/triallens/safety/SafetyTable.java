package com.triallens.safety;

import com.triallens.base.domain.ArmFigure;
import com.triallens.base.domain.ArmSummary;

import java.util.List;
import java.util.Map;

/** Safety rows with a column per reporting group; {@code armGroups}: the groups linked to each arm. */
public record SafetyTable(List<ArmSummary> arms, List<SafetyRow> rows, Map<Long, List<Long>> armGroups) {

    public ArmFigure figureOfArm(SafetyRow row, long armId) {
        return com.triallens.results.ResultFigures.figureOfArm(armGroups, row.figures(), armId);
    }
}
