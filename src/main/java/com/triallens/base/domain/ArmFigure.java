package com.triallens.base.domain;

/**
 * One arm's figure for an endpoint or adverse-event category, with the reference it came from.
 * Participants stay {@code null} until a curator enters them: the source does not give them.
 */
public record ArmFigure(ResultStatus status, ReportedDecimal value, String unit, Integer participants,
                        Citation source) {

    public static final String NOT_REPORTED = "Not reported";

    public ArmFigure {
        if ((status == ResultStatus.REPORTED) != (value != null)) {
            throw new IllegalArgumentException("a reported figure needs a value, a not-reported one must have none");
        }
    }

    /** {@code 13.0 %}, {@code 3.5 months}, or {@code Not reported}. */
    public String display() {
        if (status == ResultStatus.NOT_REPORTED) {
            return NOT_REPORTED;
        }
        return value + " " + unit;
    }
}
