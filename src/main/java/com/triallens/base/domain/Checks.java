package com.triallens.base.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The rules for curated figures, each returning the message to show when the rule is broken.
 * The forms run them on each field as it is entered and the services run them again on the whole edit,
 * so both say the same thing.
 */
public final class Checks {

    public static final String UNIT_MISSING = "Enter the unit, for example % or months.";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Checks() {
    }

    public static Optional<String> reason(String reason) {
        return reason == null || reason.isBlank() ? Optional.of("Give a reason for the change.") : Optional.empty();
    }

    public static Optional<String> required(Object value, String message) {
        return value == null || value instanceof String text && text.isBlank() ? Optional.of(message) : Optional.empty();
    }

    /** A reported figure has a number; a not-reported one has none. */
    public static Optional<String> figureValue(boolean notReported, ReportedDecimal value) {
        if (notReported && value != null) {
            return Optional.of("A value marked not reported must have no number.");
        }
        if (!notReported && value == null) {
            return Optional.of("Enter the value, or mark it not reported.");
        }
        return Optional.empty();
    }

    public static Optional<String> percentage(ReportedDecimal value, String unit) {
        return value != null && "%".equals(unit == null ? null : unit.trim())
                && (value.value().signum() < 0 || value.value().compareTo(HUNDRED) > 0)
                ? Optional.of("A percentage must be between 0 and 100.") : Optional.empty();
    }

    public static Optional<String> count(Integer count) {
        return count != null && count < 0 ? Optional.of("A count of participants cannot be negative.") : Optional.empty();
    }

    public static Optional<String> estimateMatchesStatistic(Statistic statistic, ReportedDecimal estimate) {
        if (statistic != null && estimate == null) {
            return Optional.of("Enter the estimate of the " + name(statistic) + ".");
        }
        if (statistic == null && estimate != null) {
            return Optional.of("Choose the statistic this estimate is.");
        }
        return Optional.empty();
    }

    /** Ratios (hazard, odds, risk) are positive. */
    public static Optional<String> positiveRatio(Statistic statistic, ReportedDecimal value, String what) {
        return isRatio(statistic) && value != null && value.value().signum() <= 0
                ? Optional.of(what + " of a " + name(statistic) + " must be greater than 0.") : Optional.empty();
    }

    /** An interval comes whole: level, lower and upper bound, or none of them. */
    public static Optional<String> intervalPart(ReportedDecimal part, boolean intervalGiven, String what) {
        return intervalGiven && part == null ? Optional.of("Enter the " + what + " of the confidence interval.")
                : Optional.empty();
    }

    public static Optional<String> confidenceLevel(ReportedDecimal level) {
        return level != null && (level.value().signum() <= 0 || level.value().compareTo(HUNDRED) >= 0)
                ? Optional.of("The confidence level must be above 0 and below 100.") : Optional.empty();
    }

    public static Optional<String> lowerBound(ReportedDecimal lower, ReportedDecimal estimate, ReportedDecimal upper) {
        if (lower != null && estimate != null && lower.value().compareTo(estimate.value()) > 0) {
            return Optional.of("The lower bound must not be above the estimate.");
        }
        if (lower != null && upper != null && lower.value().compareTo(upper.value()) > 0) {
            return Optional.of("The lower bound must not be above the upper bound.");
        }
        return Optional.empty();
    }

    public static Optional<String> upperBound(ReportedDecimal upper, ReportedDecimal estimate) {
        return upper != null && estimate != null && upper.value().compareTo(estimate.value()) < 0
                ? Optional.of("The upper bound must not be below the estimate.") : Optional.empty();
    }

    public static Optional<String> pValue(ReportedDecimal p) {
        return p != null && (p.value().signum() < 0 || p.value().compareTo(BigDecimal.ONE) > 0)
                ? Optional.of("A p-value must be between 0 and 1.") : Optional.empty();
    }

    public static Optional<String> positiveNumber(Integer number, String message) {
        return number == null || number < 1 ? Optional.of(message) : Optional.empty();
    }

    private static boolean isRatio(Statistic statistic) {
        return statistic == Statistic.HAZARD_RATIO || statistic == Statistic.ODDS_RATIO
                || statistic == Statistic.RISK_RATIO;
    }

    private static String name(Statistic statistic) {
        return statistic.name().toLowerCase().replace('_', ' ');
    }
}
