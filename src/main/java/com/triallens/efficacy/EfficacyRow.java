package com.triallens.efficacy;

import com.triallens.base.domain.ArmFigure;
import com.triallens.base.domain.ArmFigures;
import com.triallens.base.domain.Citation;
import com.triallens.base.domain.ComparisonFigure;
import com.triallens.trial.EndpointDefinition;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One row of an outcome measure (the measure itself, or one of its time points, subgroups or categories): a
 * figure per reporting group and the analyses between groups the source gives. {@code id} identifies the row.
 */
public record EfficacyRow(long id, EndpointDefinition endpoint, Map<Long, ArmFigure> figures,
                          List<Compared> comparisons) implements ArmFigures {

    /** An analysis and the groups it compares ("A vs B"; empty where the trial has only those two). */
    public record Compared(String groups, ComparisonFigure figure) {

        String display() {
            return groups.isEmpty() ? figure.display() : groups + ": " + figure.display();
        }
    }

    /** The first analysis: the one a two-group chart draws. */
    public Optional<ComparisonFigure> comparison() {
        return comparisons.stream().findFirst().map(Compared::figure);
    }

    public String comparisonText() {
        return comparisons.isEmpty() ? ComparisonFigure.NONE_REPORTED
                : comparisons.stream().map(Compared::display).collect(Collectors.joining("; "));
    }

    @Override
    public Stream<Citation> otherSources() {
        return comparisons.stream().map(c -> c.figure().source());
    }
}
