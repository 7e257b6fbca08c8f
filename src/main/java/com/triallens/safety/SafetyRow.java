package com.triallens.safety;

import com.triallens.base.domain.ArmFigure;
import com.triallens.base.domain.ArmFigures;

import java.util.Map;

/**
 * One line of the Safety table: an adverse-event summary (a share of participants, curated from a publication),
 * a total of the registry's adverse-event module (deaths, serious, other) or one event term, with a figure per
 * group. {@code categoryId} identifies a curated summary row (its history); it is null for registry lines.
 */
public record SafetyRow(String category, String population, Map<Long, ArmFigure> figures, Long categoryId,
                        boolean term) implements ArmFigures {
}
