package com.triallens.results;

import java.util.List;

/**
 * A trial's results in the registry's own shape (ClinicalTrials.gov's results section): reporting groups per
 * module, outcome and baseline measures with their classes, categories and per-group measurements, analyses
 * of any kind, participant flow, adverse events by term with their totals. Every figure is kept as the text
 * the registry posted ("4.0", "NA", "<0.001"). Groups are referred to by their index in {@link #groups}.
 */
public record RegistryResults(List<Group> groups, Flow flow, Baseline baseline, List<Measure> outcomes, Events events) {

    public static final RegistryResults NONE = new RegistryResults(List.of(), null, null, List.of(), null);

    /** The same results with one group linked to another arm (by label), or to none ({@code arm} null). */
    public RegistryResults withArm(int group, String arm) {
        var linked = new java.util.ArrayList<>(groups);
        var g = groups.get(group);
        linked.set(group, new Group(g.module(), g.code(), g.title(), g.description(), arm));
        return new RegistryResults(List.copyOf(linked), flow, baseline, outcomes, events);
    }

    public boolean isEmpty() {
        return groups.isEmpty() && outcomes.isEmpty() && flow == null && baseline == null && events == null;
    }

    /** Every posted figure (measurement values, spreads, limits, denominators, analysis figures, counts). */
    public int figureCount() {
        int figures = outcomes.stream().mapToInt(Measure::figureCount).sum();
        if (baseline != null) {
            figures += baseline.denoms().size() + baseline.measures().stream().mapToInt(Measure::figureCount).sum();
        }
        if (flow != null) {
            figures += flow.periods().stream().flatMap(p -> p.steps().stream()).mapToInt(s -> s.counts().size()).sum();
        }
        if (events != null) {
            figures += events.totals().size() * 6 + events.events().stream().mapToInt(e -> e.stats().size() * 3).sum();
        }
        return figures;
    }

    public enum Module { FLOW, BASELINE, OUTCOME, EVENTS }

    /** A reporting group: its registry code (FG000, BG000, OG000, EG000), title and description; {@code arm} a proposed arm label. */
    public record Group(Module module, String code, String title, String description, String arm) {
    }

    /** A number of participants (or other units) per group, as posted. */
    public record Count(int group, String units, String value) {
    }

    public record Measurement(int group, String value, String spread, String lower, String upper, String comment) {
    }

    public record Category(String title, List<Measurement> measurements) {
    }

    public record MeasureClass(String title, List<Count> denoms, List<Category> categories) {
    }

    /** An outcome or baseline measure; baseline measures have no type, time frame or analyses. */
    public record Measure(String type, String title, String description, String populationDescription,
                          String reportingStatus, String paramType, String dispersionType, String unit,
                          String timeFrame, List<Count> denoms, List<MeasureClass> classes, List<Analysis> analyses) {

        int figureCount() {
            int figures = denoms.size() + analyses.size();
            for (var measureClass : classes) {
                figures += measureClass.denoms().size();
                figures += measureClass.categories().stream().mapToInt(c -> c.measurements().size()).sum();
            }
            return figures;
        }
    }

    public record Analysis(List<Integer> groups, String groupDescription, String nonInferiorityType,
                           String nonInferiorityComment, String paramType, String paramValue, String ciPctValue,
                           String ciNumSides, String ciLower, String ciUpper, String ciLowerComment,
                           String ciUpperComment, String dispersionType, String dispersionValue, String pValue,
                           String pValueComment, String statisticalMethod, String statisticalComment,
                           String estimateComment) {
    }

    public record Flow(String recruitmentDetails, String preAssignmentDetails, String typeUnitsAnalyzed,
                       List<Period> periods) {
    }

    public record Period(String title, List<FlowStep> steps) {
    }

    /** A milestone ("STARTED", "COMPLETED" ...) or, with {@code dropWithdraw}, a reason for not completing. */
    public record FlowStep(boolean dropWithdraw, String type, String comment, List<FlowCount> counts) {
    }

    public record FlowCount(int group, String subjects, String units, String comment) {
    }

    public record Baseline(String populationDescription, String typeUnitsAnalyzed, List<Count> denoms,
                           List<Measure> measures) {
    }

    public record Events(String frequencyThreshold, String timeFrame, String description,
                         String allCauseMortalityComment, List<EventTotals> totals, List<Event> events) {
    }

    public record EventTotals(int group, Integer deathsAffected, Integer deathsAtRisk, Integer seriousAffected,
                              Integer seriousAtRisk, Integer otherAffected, Integer otherAtRisk) {
    }

    public record Event(boolean serious, String term, String organSystem, String vocabulary, String assessmentType,
                        String notes, List<EventStat> stats) {
    }

    public record EventStat(int group, Integer events, Integer affected, Integer atRisk) {
    }
}
