package com.triallens.compare;

import com.triallens.base.domain.ArmFigure;
import com.triallens.base.domain.ArmFigures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * One measure lined up across the chosen arms: each arm's figure as its trial reports it, under its own
 * name ({@link #names}), whether any of them is an interim analysis, and what TrialLens computes from them against the first arm ({@link #derived}).
 */
public record CompareRow(String measure, boolean interim, String unit, String population, Map<Long, ArmFigure> figures,
                         Map<Long, String> names, Map<Long, Derived> derived) implements ArmFigures {

    public String title() {
        return measure + (interim ? ", interim analysis" : "") + " (" + unit + ")";
    }

    /** The arm's share of participants as a percentage, reported or computed from its count; for charts. */
    public Optional<BigDecimal> percent(long armId) {
        return Optional.ofNullable(figures.get(armId)).flatMap(Measure::percent);
    }

    public boolean isShare() {
        return unit.equals(Measure.PROPORTION.describe());
    }

    /** How each arm's trial names the measure, for a tooltip: {@code FORTRESS: Objective response rate}. */
    public List<String> sourceNames() {
        return names.values().stream().distinct().toList();
    }
}
