package com.triallens.safety;

import com.triallens.base.domain.ArmFigure;
import com.triallens.base.domain.ArmSummary;

import java.util.List;
import java.util.Map;

/** Safety rows with a column per reporting group; {@code armColumns} as in the Efficacy table. */
public record SafetyTable(List<ArmSummary> arms, List<SafetyRow> rows, Map<Long, Long> armColumns) {

    public ArmFigure figureOfArm(SafetyRow row, long armId) {
        var column = armColumns.get(armId);
        return column == null ? null : row.figures().get(column);
    }
}
