package com.triallens.results;

import com.triallens.base.domain.ArmFigure;
import com.triallens.base.domain.ArmRole;
import com.triallens.base.domain.Citation;
import com.triallens.base.domain.ComparisonFigure;
import com.triallens.base.domain.ReportedDecimal;
import com.triallens.base.domain.ResultStatus;
import com.triallens.base.domain.Statistic;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A trial's outcome figures as the result pages and curation read them: the reporting groups as columns, one row
 * per measure, class and category with a cell per group, and the analyses. Cells and analyses keep the text as
 * posted or curated; {@link Cell#figure} and {@link Analysis#figure} give the typed figure the pages show.
 */
public final class ResultFigures {

    private ResultFigures() {
    }

    /** A reporting group as a column: its arm (when linked) and that arm's role; {@code label} unique per module. */
    public record Column(long id, String label, String title, Long armId, ArmRole role) {
    }

    /** One measure's row: a class (time point, subgroup) and category of it, with each group's cell. */
    public record Row(long measureId, long categoryId, Long endpointId, int measureOrdinal, String title,
                      String classTitle, String categoryTitle, String outcomeType, String paramType,
                      String dispersionType, String unit, String timeFrame, String population, boolean safety,
                      boolean interim, Map<Long, Cell> cells) {

        /** "Title", or "Title — Week 4 / Responders" when the measure has classes or categories. */
        public String label() {
            var parts = java.util.stream.Stream.of(classTitle, categoryTitle)
                    .filter(t -> t != null && !t.isBlank()).toList();
            return parts.isEmpty() ? title : title + " — " + String.join(" / ", parts);
        }

        /** How curation and the audit trail name the row: {@code Median overall survival (interim)}. */
        public String curationLabel() {
            return interim ? label() + " (interim)" : label();
        }
    }

    /** One group's figure: value, spread or limits as text, the number analysed, its reference (null: the import's). */
    public record Cell(long id, int version, String value, String spread, String lower, String upper, String comment,
                       Long referenceId, String analysed) {

        /** The value as a reported number, if it is one ("NA", "<0.001" and no value are not). */
        public Optional<ReportedDecimal> number() {
            return parse(value);
        }

        public Integer participants() {
            return parse(analysed).filter(n -> n.places() == 0).map(n -> n.value().intValueExact()).orElse(null);
        }

        /**
         * The figure a page shows: a number keeps its places; a value posted as text keeps its text ("NA: Median not
         * reached", "<0.1 %"), so that no posted value reads "Not reported".
         */
        public ArmFigure figure(String unit, String dispersionType, Citation source) {
            var number = number();
            var posted = value == null || value.equalsIgnoreCase("NA") || unit == null || unit.isBlank() ? value
                    : value + " " + unit;
            var note = number.isPresent() ? comment : joinNote(posted, comment);
            return new ArmFigure(number.isPresent() ? ResultStatus.REPORTED : ResultStatus.NOT_REPORTED,
                    number.orElse(null), unit, participants(), source, spread(dispersionType), note);
        }

        /** As posted: {@code 95% Confidence Interval 3.5–4.8}, {@code Standard Deviation 1.2}; NA where a limit is not. */
        private String spread(String dispersionType) {
            if (dispersionType == null || (spread == null && lower == null && upper == null)) {
                return null;
            }
            if (spread != null) {
                return dispersionType + " " + spread;
            }
            return dispersionType + " " + (lower == null ? "NA" : lower) + "–" + (upper == null ? "NA" : upper);
        }

        private static String joinNote(String value, String comment) {
            if (value == null || value.isBlank()) {
                return comment;
            }
            return comment == null || comment.isBlank() ? value : value + ": " + comment;
        }
    }

    /** An analysis of two or more groups, as posted or curated. */
    public record Analysis(long id, int version, long measureId, List<Long> groupIds, String paramType,
                           String paramValue, String ciPct, String ciSides, String ciLower, String ciUpper,
                           String pValue, String method, String nonInferiority, Long referenceId) {

        /** The statistic a clinician reads, where the registry's parameter names one ("Hazard Ratio (HR)"). */
        public Optional<Statistic> statistic() {
            return statisticOf(paramType);
        }

        public ComparisonFigure figure(Citation source) {
            var estimate = parse(paramValue).orElse(null);
            var statistic = estimate == null ? null : statistic().orElse(null);
            var number = parse(pValue);
            var p = number.filter(v -> v.value().signum() >= 0 && v.value().compareTo(java.math.BigDecimal.ONE) <= 0);
            var pText = p.isPresent() ? null
                    : number.isPresent() ? pValue.strip() + " (as posted; not a p-value between 0 and 1)" : pValue;
            return new ComparisonFigure(statistic, statistic == null ? null : estimate, parse(ciPct).orElse(null),
                    parse(ciLower).orElse(null), parse(ciUpper).orElse(null), p.orElse(null), method, source,
                    pText, statistic == null ? paramType : null,
                    statistic == null ? paramValue : null, ciSides);
        }
    }

    /** Participants affected of those at risk, and the number of events, as posted for one group. */
    public record Counts(Integer affected, Integer atRisk, Integer events) {

        /**
         * As a figure: participants affected of those at risk. None at risk, or no count posted, is not reported
         * (with the reason as its note), never 0 or a share of 0.
         */
        public ArmFigure figure(Citation source) {
            if (affected == null || atRisk == null || atRisk == 0) {
                var reason = atRisk != null && atRisk == 0 ? "0 at risk: none assessed"
                        : affected == null ? "Number affected not posted" : "Number at risk not posted";
                return new ArmFigure(ResultStatus.NOT_REPORTED, null, "participants", atRisk, source, null, reason);
            }
            return new ArmFigure(ResultStatus.REPORTED, new ReportedDecimal(java.math.BigDecimal.valueOf(affected), 0),
                    "participants", atRisk, source, null, events == null ? null : events + " events");
        }

        /** "5/99 (5.1 %)"; none at risk reads "0 at risk: none assessed" (see {@link ResultRows#incidence}). */
        public String incidence() {
            return ResultRows.incidence(affected, atRisk);
        }

        /** "1 event", "7 events", or "Not posted". */
        public String eventCount() {
            return events == null ? "Not posted" : ResultRows.plural(events, "event", "events");
        }
    }

    /** A line of the adverse-event module: a total (deaths, serious, other) or a term, with counts per group. */
    public record EventLine(String term, String organSystem, boolean serious, boolean total, Map<Long, Counts> counts) {

        public String label() {
            if (total) {
                return term;
            }
            return term + (serious ? " (serious)" : " (other)") + (organSystem == null ? "" : " — " + organSystem);
        }
    }

    /** The groups linked to each arm, by arm id, in column order. */
    public static Map<Long, List<Long>> armGroups(List<Column> columns) {
        var linked = new java.util.LinkedHashMap<Long, List<Long>>();
        columns.stream().filter(c -> c.armId() != null)
                .forEach(c -> linked.computeIfAbsent(c.armId(), arm -> new java.util.ArrayList<>()).add(c.id()));
        return linked;
    }

    /**
     * The arm's figure in a row: the figure of the one group linked to the arm that reports in the row (a trial may
     * post one arm as "Placebo (FAS)" in some measures and "Placebo (SS)" in others); none when no group or several do.
     */
    public static <F> F figureOfArm(Map<Long, List<Long>> armGroups, Map<Long, F> figures, long armId) {
        var reporting = armGroups.getOrDefault(armId, List.of()).stream().filter(figures::containsKey).toList();
        return reporting.size() == 1 ? figures.get(reporting.getFirst()) : null;
    }

    /** The registry's parameter type as one of the statistics TrialLens plots, if it is one. */
    public static Optional<Statistic> statisticOf(String paramType) {
        if (paramType == null) {
            return Optional.empty();
        }
        var name = paramType.toLowerCase(Locale.ROOT);
        if (name.startsWith("hazard ratio")) {
            return Optional.of(Statistic.HAZARD_RATIO);
        }
        if (name.startsWith("odds ratio")) {
            return Optional.of(Statistic.ODDS_RATIO);
        }
        if (name.startsWith("risk ratio") || name.startsWith("relative risk")) {
            return Optional.of(Statistic.RISK_RATIO);
        }
        if (name.startsWith("risk difference")) {
            return Optional.of(Statistic.RISK_DIFFERENCE);
        }
        if (name.startsWith("mean difference")) {
            return Optional.of(Statistic.MEAN_DIFFERENCE);
        }
        return Optional.empty();
    }

    /** How a curated statistic is stored: as the registry names the parameter. */
    public static String paramTypeOf(Statistic statistic) {
        return switch (statistic) {
            case HAZARD_RATIO -> "Hazard Ratio (HR)";
            case ODDS_RATIO -> "Odds Ratio (OR)";
            case RISK_RATIO -> "Risk Ratio (RR)";
            case RISK_DIFFERENCE -> "Risk Difference (RD)";
            case MEAN_DIFFERENCE -> "Mean Difference (Final Values)";
        };
    }

    /** The text as a reported number, if it is a plain one ("4.10", "-2"); "NA", "<0.001" and null are not. */
    public static Optional<ReportedDecimal> parse(String text) {
        if (text == null || !text.strip().matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return Optional.empty();
        }
        return Optional.of(ReportedDecimal.parse(text.strip()));
    }
}
