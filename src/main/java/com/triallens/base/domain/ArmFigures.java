package com.triallens.base.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** A results-table row: one figure per arm. An arm without a figure reads "Not reported". */
public interface ArmFigures {

    Map<Long, ArmFigure> figures();

    default ArmFigure figure(long armId) {
        var figure = figures().get(armId);
        return figure != null ? figure : new ArmFigure(ResultStatus.NOT_REPORTED, null, null, null, null);
    }

    /** Citations the row stands on beyond the per-arm figures (a comparison, say). */
    default Stream<Citation> otherSources() {
        return Stream.empty();
    }

    /** Every reference the row's figures come from, in reference-list order. */
    default List<Citation> sources() {
        return Stream.concat(figures().values().stream().map(ArmFigure::source), otherSources())
                .filter(Objects::nonNull)
                .distinct()
                .sorted(Comparator.comparingInt(Citation::number))
                .toList();
    }
}
