package com.triallens.base.domain;

import java.util.ArrayList;

/**
 * A between-arm comparison as reported: an estimate with a confidence interval at its own level
 * (96 % is not 95 %), a p-value, both, or neither.
 */
public record ComparisonFigure(Statistic statistic, ReportedDecimal estimate, ReportedDecimal ciLevel,
                               ReportedDecimal ciLower, ReportedDecimal ciUpper, ReportedDecimal pValue,
                               String method, Citation source) {

    public static final String NONE_REPORTED = "None reported";

    public boolean hasEstimate() {
        return statistic != null && estimate != null;
    }

    public boolean hasInterval() {
        return ciLevel != null && ciLower != null && ciUpper != null;
    }

    /** {@code 96 % CI 0.81–1.41}. */
    public String interval() {
        return hasInterval() ? ciLevel + " % CI " + ciLower + "–" + ciUpper : "";
    }

    /** {@code HR 1.07 (96 % CI 0.81–1.41)}, {@code p = 1.00}, both joined by "; ", or "None reported". */
    public String display() {
        var parts = new ArrayList<String>(2);
        if (hasEstimate()) {
            parts.add(statistic.abbreviation() + " " + estimate + (hasInterval() ? " (" + interval() + ")" : ""));
        }
        if (pValue != null) {
            parts.add("p = " + pValue);
        }
        return parts.isEmpty() ? NONE_REPORTED : String.join("; ", parts);
    }
}
