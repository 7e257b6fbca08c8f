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
    /** The audit trail's reason column. */
    private static final int MAX_REASON = 2000;

    private Checks() {
    }

    public static Optional<String> reason(String reason) {
        return blank(reason) ? Optional.of("Give a reason for the change.") : text(reason, MAX_REASON);
    }

    public static Optional<String> required(Object value, String message) {
        return value == null || value instanceof String text && blank(text) ? Optional.of(message) : Optional.empty();
    }

    /** Nothing visible: spaces of any kind (no-break space too) and invisible marks such as right-to-left. */
    public static boolean blank(String text) {
        return text == null || text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT);
    }

    /**
     * Text its column can hold as typed: at most {@code max} characters, and no control character (NUL,
     * which PostgreSQL refuses, and the like; tabs and line breaks are fine).
     */
    public static Optional<String> text(String text, int max) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
            return Optional.of("Remove the invisible control character (such as NUL) from the text.");
        }
        return text.trim().length() > max
                ? Optional.of("At most " + max + " characters; this has " + text.trim().length() + ".")
                : Optional.empty();
    }

    /** A figure its column can hold: at most so many digits before the point and decimal places. */
    public static Optional<String> storable(ReportedDecimal value, int integerDigits, int places) {
        return value != null && (value.places() > places || value.value().precision() - value.value().scale() > integerDigits)
                ? Optional.of("At most " + integerDigits + " digits before the point and " + places + " decimal places.")
                : Optional.empty();
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
