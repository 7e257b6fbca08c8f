package com.triallens.base.domain;

import java.util.ArrayList;
import java.util.Optional;

/**
 * A between-arm comparison as reported: an estimate with a confidence interval at its own level
 * (96 % is not 95 %), a p-value, both, or neither.
 */
public record ComparisonFigure(Statistic statistic, ReportedDecimal estimate, ReportedDecimal ciLevel,
                               ReportedDecimal ciLower, ReportedDecimal ciUpper, ReportedDecimal pValue,
                               String method, Citation source, String pValueText) {

    public ComparisonFigure(Statistic statistic, ReportedDecimal estimate, ReportedDecimal ciLevel,
                            ReportedDecimal ciLower, ReportedDecimal ciUpper, ReportedDecimal pValue,
                            String method, Citation source) {
        this(statistic, estimate, ciLevel, ciLower, ciUpper, pValue, method, source, null);
    }

    /** {@code p = 0.30}, or as posted when it is not a plain number: {@code p < 0.001}; empty if none. */
    public Optional<String> pValueDisplay() {
        if (pValue != null) {
            return Optional.of("p = " + pValue);
        }
        if (pValueText == null || pValueText.isBlank()) {
            return Optional.empty();
        }
        var text = pValueText.strip();
        return Optional.of(text.matches("[<>≤≥].*") ? "p " + text.charAt(0) + " " + text.substring(1).strip()
                : "p = " + text);
    }

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
        pValueDisplay().ifPresent(parts::add);
        return parts.isEmpty() ? NONE_REPORTED : String.join("; ", parts);
    }
}
