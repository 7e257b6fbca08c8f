package com.triallens.base.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * One arm's figure for an endpoint or adverse-event category, with the reference it came from.
 * Participants stay {@code null} until a curator enters them: the source does not give them.
 */
public record ArmFigure(ResultStatus status, ReportedDecimal value, String unit, Integer participants,
                        Citation source, String spread, String note) {

    public ArmFigure(ResultStatus status, ReportedDecimal value, String unit, Integer participants, Citation source) {
        this(status, value, unit, participants, source, null, null);
    }

    public static final String NOT_REPORTED = "Not reported";
    /** A group the measure (or adverse-event line) does not report on at all: no figure was posted for it. */
    public static final String NOT_IN_MEASURE = "Not in this measure";

    public ArmFigure {
        if ((status == ResultStatus.REPORTED) != (value != null)) {
            throw new IllegalArgumentException("a reported figure needs a value, a not-reported one must have none");
        }
    }

    /** A whole number of participants with an event, out of a known number of participants. */
    public record Counts(int events, int participants) {
    }

    /** The figure as counts, where it is a count of participants and the participants analysed are known. */
    public Optional<Counts> counts() {
        if (status != ResultStatus.REPORTED || !isCount(unit) || participants == null) {
            return Optional.empty();
        }
        var events = value.value();
        if (events.signum() < 0 || events.stripTrailingZeros().scale() > 0 || events.intValue() > participants) {
            return Optional.empty();
        }
        return Optional.of(new Counts(events.intValue(), participants));
    }

    public static boolean isCount(String unit) {
        return unit != null && unit.strip().toLowerCase(Locale.ROOT).matches("participants?|patients?|subjects?");
    }

    /**
     * {@code 13.0 %}, {@code 3.5 months}, or {@code Not reported}; a figure without a number that the source gave
     * as text reads as that text ({@code NA: Median not reached (95% Confidence Interval 13.9–NA)}).
     */
    public String display() {
        var spreadText = spread == null ? "" : " (" + spread + ")";
        if (status == ResultStatus.NOT_REPORTED) {
            return note == null ? NOT_REPORTED : note + spreadText;
        }
        return value + " " + shownUnit() + spreadText;
    }

    /** The unit as a cell shows it: "percentage of participants" reads "%" (the measure's heading keeps the words). */
    private String shownUnit() {
        if (unit != null && unit.strip().toLowerCase(Locale.ROOT).matches("percent(age)?( of (participants|patients|subjects))?")) {
            return "%";
        }
        // "1 participant", never "1 participants".
        return isCount(unit) && value.value().compareTo(java.math.BigDecimal.ONE) == 0 && unit.strip().endsWith("s")
                ? unit.strip().substring(0, unit.strip().length() - 1) : unit;
    }
}
