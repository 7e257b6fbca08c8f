package com.triallens.compare;

import com.triallens.base.domain.ArmFigure;
import com.triallens.base.domain.ResultStatus;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Optional;

/**
 * What a figure measures, so that only like is lined up with like. A share of participants given as a
 * percentage and one given as a count of a known number of participants are the same measure; a count
 * without its denominator, a median in months and one in weeks are not.
 */
record Measure(String kind, String unit) {

    static final Measure PROPORTION = new Measure("Share of participants", "%");

    static Measure of(String measureType, ArmFigure figure) {
        var unit = figure.unit() == null ? "" : figure.unit().strip();
        if (unit.equals("%") || "PERCENT_OF_PARTICIPANTS".equals(measureType)) {
            return PROPORTION;
        }
        if (ArmFigure.isCount(unit) && figure.participants() != null) {
            return PROPORTION;
        }
        var kind = switch (measureType == null ? "" : measureType) {
            case "MEDIAN_TIME" -> "Median";
            case "MEAN" -> "Mean";
            case "COUNT_OF_PARTICIPANTS" -> "Count of participants (denominator not given)";
            default -> "Value";
        };
        return new Measure(kind, unit.toLowerCase(Locale.ROOT));
    }

    String describe() {
        return this.equals(PROPORTION) ? "% of participants" : kind + (unit.isEmpty() ? "" : ", " + unit);
    }

    /** The share as a percentage: reported, or computed from a count of participants. */
    static Optional<BigDecimal> percent(ArmFigure figure) {
        if (figure.status() != ResultStatus.REPORTED) {
            return Optional.empty();
        }
        if (ArmFigure.isCount(figure.unit()) && figure.participants() != null && figure.participants() > 0) {
            return Optional.of(figure.value().value().multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(figure.participants()), MathContext.DECIMAL64));
        }
        return Optional.of(figure.value().value());
    }
}
