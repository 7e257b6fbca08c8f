package com.triallens.safety;

import com.triallens.base.domain.ArmRole;
import com.triallens.base.stats.RiskDifference;
import com.triallens.results.ResultFigures.Counts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A trial's adverse-event module as the Safety page reads it: the groups, the totals (deaths, serious, other) and
 * every event term with its organ system, each with the participants affected of those at risk per group. Filtering,
 * grouping and the risk differences work on these rows in memory: the module is read in one go.
 *
 * @param groups the module's groups in the posted order
 * @param totals deaths (all causes), serious and other adverse events in all, where posted
 * @param terms  every event term, serious ones first, in the posted order
 */
public record AdverseEvents(List<Group> groups, List<Total> totals, List<Term> terms) {

    /** What the chart compares: 95 % intervals. */
    public static final double LEVEL = 95;
    /** How many terms the chart shows at most. */
    public static final int CHART_TERMS = 30;
    /** The heading of terms the registry posts without an organ system. */
    public static final String NO_ORGAN_SYSTEM = "Organ system not posted";

    public AdverseEvents {
        groups = List.copyOf(groups);
        totals = List.copyOf(totals);
        terms = List.copyOf(terms);
    }

    /** A group of the adverse-event module: {@code label} is short (its arm's label when it is the arm's only group). */
    public record Group(long id, String label, String title, ArmRole role) {
    }

    /** Participants affected of those at risk, per group. */
    public interface GroupCounts {

        Map<Long, Counts> counts();

        /** "5/99 (5.1 %)"; "0 at risk: none assessed"; "Not posted" for a group the line does not report on. */
        default String incidence(long groupId) {
            var counts = counts().get(groupId);
            return counts == null ? "Not posted" : counts.incidence();
        }

        /** Whether the group's share can be computed: participants at risk and the number affected are posted. */
        default boolean assessed(long groupId) {
            var counts = counts().get(groupId);
            return counts != null && counts.affected() != null && counts.atRisk() != null && counts.atRisk() > 0
                    && counts.affected() <= counts.atRisk();
        }

        /** Affected per 100 at risk, where {@link #assessed}. */
        default Optional<Double> percent(long groupId) {
            if (!assessed(groupId)) {
                return Optional.empty();
            }
            var counts = counts().get(groupId);
            return Optional.of(100.0 * counts.affected() / counts.atRisk());
        }
    }

    /** A total of the module: "Deaths (all causes)", "Serious adverse events (total)", "Other adverse events (total)". */
    public record Total(String label, Map<Long, Counts> counts) implements GroupCounts {
    }

    /** One event term; {@code ordinal} is its place in the posted list (a term may be posted twice). */
    public record Term(int ordinal, String term, String organSystem, boolean serious, Map<Long, Counts> counts)
            implements GroupCounts {

        public String kind() {
            return serious ? "Serious" : "Other";
        }

        /** The organ system as posted, or {@link #NO_ORGAN_SYSTEM}. */
        public String organSystemOrNote() {
            return organSystem == null || organSystem.isBlank() ? NO_ORGAN_SYSTEM : organSystem;
        }

        /** "5/99 (5.1 %), 7 events"; none at risk or a group not reported reads as {@link #incidence} does. */
        public String cell(long groupId) {
            var counts = counts().get(groupId);
            if (counts == null || counts.events() == null || counts.atRisk() == null || counts.atRisk() == 0) {
                return incidence(groupId);
            }
            return counts.incidence() + ", " + counts.eventCount();
        }

        boolean mentions(String needle) {
            return term.toLowerCase(Locale.ROOT).contains(needle)
                    || organSystemOrNote().toLowerCase(Locale.ROOT).contains(needle);
        }
    }

    /** The serious/other filter of the terms. */
    public enum Kind {
        ALL("All"), SERIOUS("Serious"), OTHER("Other");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        boolean admits(Term term) {
            return this == ALL || term.serious() == (this == SERIOUS);
        }
    }

    /** The terms of one kind whose term or organ system contains {@code search} (any case; blank: every term). */
    public List<Term> terms(Kind kind, String search) {
        var needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return terms.stream().filter(kind::admits).filter(t -> needle.isEmpty() || t.mentions(needle)).toList();
    }

    /** The terms by organ system, organ systems in alphabetical order, terms in the posted order within each. */
    public static Map<String, List<Term>> byOrganSystem(List<Term> terms) {
        var grouped = new TreeMap<String, List<Term>>(String.CASE_INSENSITIVE_ORDER);
        terms.forEach(t -> grouped.computeIfAbsent(t.organSystemOrNote(), k -> new ArrayList<>()).add(t));
        var ordered = new LinkedHashMap<String, List<Term>>(grouped);
        // The note sorts last, not among the organ systems' names.
        var unnamed = ordered.remove(NO_ORGAN_SYSTEM);
        if (unnamed != null) {
            ordered.put(NO_ORGAN_SYSTEM, unnamed);
        }
        return ordered;
    }

    /** The groups in which at least one term was assessed (participants at risk), in the posted order. */
    public List<Group> assessedGroups() {
        return groups.stream().filter(g -> terms.stream().anyMatch(t -> t.assessed(g.id()))).toList();
    }

    /**
     * The two groups compared by default: the first experimental group against the first comparator (placebo,
     * active or no intervention) where the arms' roles say which is which, else the first two assessed groups.
     * Empty with fewer than two assessed groups.
     */
    public Optional<List<Group>> defaultPair() {
        var assessed = assessedGroups();
        if (assessed.size() < 2) {
            return Optional.empty();
        }
        var experimental = assessed.stream().filter(g -> g.role() == ArmRole.EXPERIMENTAL).findFirst();
        var comparator = assessed.stream().filter(g -> g.role() == ArmRole.PLACEBO_COMPARATOR
                || g.role() == ArmRole.ACTIVE_COMPARATOR || g.role() == ArmRole.NO_INTERVENTION).findFirst();
        if (experimental.isPresent() && comparator.isPresent()) {
            return Optional.of(List.of(experimental.get(), comparator.get()));
        }
        return Optional.of(assessed.subList(0, 2));
    }

    /** One term of the chart: the two groups' counts and the risk difference first − second. */
    public record Difference(String label, Term term, Counts first, Counts second, RiskDifference difference) {
    }

    /**
     * The chart of two groups.
     *
     * @param compared the terms with participants at risk in both groups and someone affected in either
     * @param rows     the at most {@link #CHART_TERMS} of them with the highest incidence in either group, sorted by
     *                 risk difference, largest first
     */
    public record RiskPlot(Group first, Group second, int compared, List<Difference> rows) {

        public String method() {
            return RiskDifference.METHOD;
        }
    }

    /**
     * Risk differences of {@code first} against {@code second} (first − second) with their {@link #LEVEL} %
     * Newcombe intervals, computed from the posted counts. Terms without participants at risk in either group, or
     * with no one affected in both, are left out; of the rest the {@link #CHART_TERMS} most frequent are kept.
     */
    public RiskPlot riskPlot(long first, long second) {
        if (first == second) {
            throw new IllegalArgumentException("a risk difference compares two different groups");
        }
        var candidates = terms.stream().filter(t -> t.assessed(first) && t.assessed(second))
                .filter(t -> t.counts().get(first).affected() + t.counts().get(second).affected() > 0).toList();
        var labels = labels(candidates);
        var rows = candidates.stream()
                .sorted(Comparator.comparingDouble((Term t) -> -Math.max(t.percent(first).orElseThrow(),
                        t.percent(second).orElseThrow())).thenComparingInt(Term::ordinal))
                .limit(CHART_TERMS)
                .map(t -> {
                    var a = t.counts().get(first);
                    var b = t.counts().get(second);
                    return new Difference(labels.get(t), t, a, b,
                            RiskDifference.newcombe(a.affected(), a.atRisk(), b.affected(), b.atRisk(), LEVEL));
                })
                .sorted(Comparator.comparingDouble((Difference d) -> -d.difference().estimate())
                        .thenComparingInt(d -> d.term().ordinal()))
                .toList();
        return new RiskPlot(group(first), group(second), candidates.size(), rows);
    }

    /** One term of a one-group chart. */
    public record Share(String label, Term term, Counts counts, double percent) {
    }

    /**
     * The chart of one group: the {@link #CHART_TERMS} terms with the highest incidence among those with someone
     * affected, most frequent first; {@code compared} counts those terms.
     */
    public record IncidencePlot(Group group, int compared, List<Share> rows) {
    }

    public IncidencePlot incidencePlot(long groupId) {
        var candidates = terms.stream().filter(t -> t.assessed(groupId))
                .filter(t -> t.counts().get(groupId).affected() > 0).toList();
        var labels = labels(candidates);
        var rows = candidates.stream()
                .map(t -> new Share(labels.get(t), t, t.counts().get(groupId), t.percent(groupId).orElseThrow()))
                .sorted(Comparator.comparingDouble((Share s) -> -s.percent()).thenComparingInt(s -> s.term().ordinal()))
                .limit(CHART_TERMS).toList();
        return new IncidencePlot(group(groupId), candidates.size(), rows);
    }

    private Group group(long id) {
        return groups.stream().filter(g -> g.id() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no adverse-event group " + id));
    }

    /**
     * Each term's name on a chart row: "Pyrexia", "Pyrexia (serious)"; a name posted twice of one kind also names
     * its organ system, and then its place in the list, so that no two rows share a label.
     */
    private static Map<Term, String> labels(List<Term> terms) {
        var labels = new LinkedHashMap<Term, String>();
        var count = new java.util.HashMap<String, Integer>();
        terms.forEach(t -> count.merge(base(t), 1, Integer::sum));
        var used = new HashSet<String>();
        for (var t : terms) {
            var label = count.get(base(t)) == 1 ? base(t) : base(t) + " — " + t.organSystemOrNote();
            if (!used.add(label)) {
                label = label + " #" + (t.ordinal() + 1);
                used.add(label);
            }
            labels.put(t, label);
        }
        return labels;
    }

    private static String base(Term t) {
        return t.serious() ? t.term() + " (serious)" : t.term();
    }
}
