package com.triallens.results;

import com.triallens.results.RegistryResults.Module;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/** The rows the registry-results page shows, each figure with its text as posted and a display form. */
public final class ResultRows {

    private ResultRows() {
    }

    static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    public record GroupRow(long id, Module module, String code, String title, String description, String arm) {
    }

    public record MeasurementRow(int measureOrdinal, String measure, String type, String paramType,
                                 String dispersionType, String unit, String timeFrame, String population,
                                 int classOrdinal, String classTitle, int categoryOrdinal, String categoryTitle,
                                 String group, String value, String spread, String lower, String upper,
                                 String comment, String analysed) {

        /** "4.1 months (95% Confidence Interval 3.50 to 4.6)", "NA (not available)", "12 (Standard Deviation 3.1)". */
        public String display() {
            var shown = value == null ? "Not posted" : "NA".equalsIgnoreCase(value) ? "NA (not available)"
                    : value + (unit == null || unit.isBlank() ? "" : " " + unit);
            if (spread != null) {
                shown += " (" + label(dispersionType, "spread") + " " + spread + ")";
            } else if (lower != null || upper != null) {
                shown += " (" + label(dispersionType, "limits") + " " + orNa(lower) + " to " + orNa(upper) + ")";
            }
            return shown;
        }

        public String row() {
            return join(classTitle, categoryTitle);
        }
    }

    public record AnalysisRow(long id, int measureOrdinal, String measure, List<String> groups, String paramType,
                              String paramValue, String ciPct, String ciSides, String ciLower, String ciUpper,
                              String pValue, String method, String nonInferiority, String dispersionType,
                              String dispersionValue, String notes) {

        AnalysisRow withGroups(List<String> titles) {
            return new AnalysisRow(id, measureOrdinal, measure, titles, paramType, paramValue, ciPct, ciSides, ciLower,
                    ciUpper, pValue, method, nonInferiority, dispersionType, dispersionValue, notes);
        }

        /** "LS Mean Difference 1.2 (90% CI, two-sided, 0.4 to 2.0)", each at its own level and sidedness. */
        public String estimate() {
            if (paramType == null && paramValue == null) {
                return "No estimate posted";
            }
            var shown = (paramType == null ? "Estimate" : paramType) + " " + orNa(paramValue);
            if (ciPct != null || ciLower != null || ciUpper != null) {
                shown += " (" + (ciPct == null ? "CI of unstated level" : ciPct + "% CI") + sides() + ", "
                        + orNa(ciLower) + " to " + orNa(ciUpper) + ")";
            }
            if (dispersionValue != null) {
                shown += "; " + label(dispersionType, "dispersion") + " " + dispersionValue;
            }
            return shown;
        }

        private String sides() {
            if (ciSides == null) {
                return "";
            }
            return ", " + ciSides.toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** "p = 0.03", "p <0.001" as posted; empty when none was posted. */
        public String p() {
            if (pValue == null) {
                return "";
            }
            var trimmed = pValue.strip();
            return trimmed.startsWith("<") || trimmed.startsWith(">") || trimmed.startsWith("=") ? "p " + trimmed
                    : "p = " + trimmed;
        }

        public String comparedGroups() {
            return String.join(" vs ", groups);
        }
    }

    public record EventTotalRow(String group, Integer deathsAffected, Integer deathsAtRisk, Integer seriousAffected,
                                Integer seriousAtRisk, Integer otherAffected, Integer otherAtRisk) {

        public String deaths() {
            return incidence(deathsAffected, deathsAtRisk);
        }

        public String serious() {
            return incidence(seriousAffected, seriousAtRisk);
        }

        public String other() {
            return incidence(otherAffected, otherAtRisk);
        }
    }

    public record EventRow(int ordinal, boolean serious, String organSystem, String term, String group,
                           Integer affected, Integer atRisk, Integer events, String vocabulary, String assessment,
                           String notes) {

        public String kind() {
            return serious ? "Serious" : "Other";
        }

        public String incidence() {
            return ResultRows.incidence(affected, atRisk);
        }

        public String eventCount() {
            return events == null ? "Not posted" : plural(events, "event", "events");
        }
    }

    public record FlowRow(int periodOrdinal, String period, int stepOrdinal, boolean dropWithdraw, String step,
                          String group, String subjects, String units, String comment) {

        public String kind() {
            return dropWithdraw ? "Reason for not completing" : "Milestone";
        }

        public String count() {
            var shown = subjects == null ? "Not posted" : subjects;
            return units == null ? shown : shown + " (" + units + " units)";
        }
    }

    /** Module-level texts: flow recruitment, baseline population, adverse-event time frame and threshold. */
    public record ModuleNotes(String recruitment, String preAssignment, String flowUnits, String baselinePopulation,
                              String baselineUnits, String eventsThreshold, String eventsTimeFrame,
                              String eventsDescription, String mortalityComment, int figures) {
    }

    /**
     * "5/99 (5.1 %)": affected of at risk. None at risk has no share ("0 at risk: none assessed"), and a count
     * without its denominator is shown without one.
     */
    static String incidence(Integer affected, Integer atRisk) {
        if (affected == null && atRisk == null) {
            return "Not posted";
        }
        if (atRisk == null) {
            return affected + " affected (number at risk not posted)";
        }
        if (atRisk == 0) {
            return (affected == null || affected == 0 ? "" : affected + " affected, ") + "0 at risk: none assessed";
        }
        if (affected == null) {
            return "Not posted of " + atRisk;
        }
        var share = BigDecimal.valueOf(affected * 100L).divide(BigDecimal.valueOf(atRisk), 1, RoundingMode.HALF_UP);
        return affected + "/" + atRisk + " (" + share.toPlainString() + " %)";
    }

    private static String label(String dispersionType, String fallback) {
        return dispersionType == null || dispersionType.isBlank() ? fallback : dispersionType;
    }

    private static String orNa(String text) {
        return text == null ? "not posted" : text;
    }

    private static String join(String first, String second) {
        var a = first == null || first.isBlank() ? null : first;
        var b = second == null || second.isBlank() ? null : second;
        if (a == null) {
            return b == null ? "" : b;
        }
        return b == null ? a : a + " / " + b;
    }
}
