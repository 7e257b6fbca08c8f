package com.triallens.efficacy;

import com.triallens.base.domain.ArmFigure;
import com.triallens.base.domain.ArmFigures;
import com.triallens.base.domain.Citation;
import com.triallens.base.domain.ComparisonFigure;
import com.triallens.trial.EndpointDefinition;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** One endpoint's results: a figure per arm and the between-arm comparison, if the source gives one. */
public record EfficacyRow(EndpointDefinition endpoint, Map<Long, ArmFigure> figures,
                          Optional<ComparisonFigure> comparison) implements ArmFigures {

    public String comparisonText() {
        return comparison.map(ComparisonFigure::display).orElse(ComparisonFigure.NONE_REPORTED);
    }

    @Override
    public Stream<Citation> otherSources() {
        return comparison.map(ComparisonFigure::source).stream();
    }
}
