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
 * figure per reporting group and the analyses between groups the source gives. {@code id} identifies the row;
 * {@code part} names the time point, subgroup or category (null for a measure of one row, and for the heading
 * row of a measure of several, whose figures are empty and whose {@code analysed} gives each group's number).
 */
public record EfficacyRow(long id, EndpointDefinition endpoint, Map<Long, ArmFigure> figures,
                          List<Compared> comparisons, String part, Measure measure,
                          Map<Long, Integer> analysed, Map<Long, Interval> intervals) implements ArmFigures {

    /**
     * A group's figure as a range to draw: the posted limits (a confidence interval, range or inter-quartile range)
     * or the value ± the posted standard deviation or error; {@code kind} says which ("95% Confidence Interval",
     * "± Standard Deviation").
     */
    public record Interval(double low, double high, String kind) {
    }

    /** What a measure's figures are: "Median (95% Confidence Interval)", in "months", over its time frame. */
    public record Measure(long id, String paramType, String dispersionType, String unit, String timeFrame,
                          String outcomeType) {

        /** "Median (95% Confidence Interval), months"; the parameter in words ("Least Squares Mean"). */
        public String describe() {
            var param = paramType == null ? null : words(paramType);
            var shown = param == null ? "" : param;
            if (dispersionType != null && !dispersionType.isBlank()) {
                shown += shown.isEmpty() ? dispersionType : " (" + dispersionType + ")";
            }
            if (unit != null && !unit.isBlank()) {
                shown += shown.isEmpty() ? unit : ", " + unit;
            }
            return shown;
        }

        private static String words(String constant) {
            if (!constant.equals(constant.toUpperCase(java.util.Locale.ROOT))) {
                return constant;
            }
            var lower = constant.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
            return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        }
    }

    /** The row's name under its measure: its time point, subgroup or category, or the measure's own name. */
    public String name() {
        return part == null ? endpoint.displayName() : part;
    }

    EfficacyRow withoutComparisons() {
        return new EfficacyRow(id, endpoint, figures, List.of(), part, measure, analysed, intervals);
    }

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
