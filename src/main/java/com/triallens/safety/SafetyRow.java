package com.triallens.safety;

import com.triallens.base.domain.ArmFigure;
import com.triallens.base.domain.ArmFigures;

import java.util.Map;

/** One adverse-event category: the share of patients per arm, in the category's analysis population. */
public record SafetyRow(String category, String population, Map<Long, ArmFigure> figures, long categoryId)
        implements ArmFigures {
}
