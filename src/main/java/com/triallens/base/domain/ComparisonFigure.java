package com.triallens.base.domain;

import java.util.ArrayList;
import java.util.Optional;

/**
 * A between-arm comparison as reported: an estimate with a confidence interval at its own level
 * (96 % is not 95 %), a p-value, both, or neither. An estimate that is none of the {@link Statistic}s
 * ("LS Mean Difference", "Percentage Difference") keeps its own name in {@code parameter} and its value as
 * posted in {@code parameterValue}; {@code ciSides} is the registry's ONE_SIDED or TWO_SIDED, if stated.
 */
public record ComparisonFigure(Statistic statistic, ReportedDecimal estimate, ReportedDecimal ciLevel,
                               ReportedDecimal ciLower, ReportedDecimal ciUpper, ReportedDecimal pValue,
                               String method, Citation source, String pValueText, String parameter,
                               String parameterValue, String ciSides) {

    public ComparisonFigure(Statistic statistic, ReportedDecimal estimate, ReportedDecimal ciLevel,
                            ReportedDecimal ciLower, ReportedDecimal ciUpper, ReportedDecimal pValue,
                            String method, Citation source, String pValueText) {
        this(statistic, estimate, ciLevel, ciLower, ciUpper, pValue, method, source, pValueText, null, null, null);
    }

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

    /** {@code 96 % CI 0.81–1.41}; {@code 95 % CI, one-sided, 0.81–1.41} when the source says one-sided. */
    public String interval() {
        if (!hasInterval()) {
            return "";
        }
        var sides = ciSides == null || ciSides.isBlank() || ciSides.equalsIgnoreCase("TWO_SIDED") ? " "
                : ", " + ciSides.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ", ";
        return ciLevel + " % CI" + sides + ciLower + "–" + ciUpper;
    }

    /** {@code HR 1.07 (96 % CI 0.81–1.41)}, {@code p = 1.00}, both joined by "; ", or "None reported". */
    public String display() {
        var parts = new ArrayList<String>(2);
        if (hasEstimate()) {
            parts.add(statistic.abbreviation() + " " + estimate + (hasInterval() ? " (" + interval() + ")" : ""));
        } else if (parameter != null && parameterValue != null) {
            parts.add(parameter + " " + parameterValue + (hasInterval() ? " (" + interval() + ")" : ""));
        }
        pValueDisplay().ifPresent(parts::add);
        return parts.isEmpty() ? NONE_REPORTED : String.join("; ", parts);
    }
}
