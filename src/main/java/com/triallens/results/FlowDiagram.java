package com.triallens.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A trial's participant flow as a CONSORT diagram reads it: per period, each group's chain of milestones from
 * STARTED to COMPLETED, and beside it the participants who did not complete with their reasons. Counts are the
 * texts the registry posted; a count the registry does not give reads "Not posted".
 *
 * @param unitsAnalysed what the record counts besides participants ("eyes"), or null
 */
public record FlowDiagram(List<GroupLabel> groups, String unitsAnalysed, String recruitment, String preAssignment,
                          List<Period> periods) {

    public static final String STARTED = "STARTED";
    public static final String COMPLETED = "COMPLETED";
    public static final String NOT_COMPLETED = "NOT COMPLETED";

    public boolean isEmpty() {
        return periods.isEmpty();
    }

    /** One period's milestones and reasons for not completing, each in the posted order. */
    public record Period(String title, List<Step> milestones, List<Step> reasons) {

        /** The column of boxes: STARTED first, the other milestones as posted, COMPLETED last; NOT COMPLETED aside. */
        public List<Step> chain() {
            var chain = new ArrayList<Step>();
            milestones.stream().filter(s -> s.is(STARTED)).forEach(chain::add);
            milestones.stream().filter(s -> !s.is(STARTED) && !s.is(COMPLETED) && !s.is(NOT_COMPLETED))
                    .forEach(chain::add);
            milestones.stream().filter(s -> s.is(COMPLETED)).forEach(chain::add);
            return chain;
        }

        public Optional<Step> notCompleted() {
            return milestones.stream().filter(s -> s.is(NOT_COMPLETED)).findFirst();
        }

        /** The table's rows: milestones, then reasons. */
        public List<Step> steps() {
            var steps = new ArrayList<>(milestones);
            steps.addAll(reasons);
            return steps;
        }

        /** A group's reasons for not completing, leaving out those it posts as 0. */
        public List<Step> reasonsOf(long groupId) {
            return reasons.stream().filter(r -> !r.count(groupId).isZero()).toList();
        }

        /** Whether the group has anyone in this period: a count other than 0 (or one not posted) anywhere. */
        public boolean involves(long groupId) {
            return steps().stream().anyMatch(s -> !s.count(groupId).isZero());
        }
    }

    /** A milestone or, with {@code dropWithdraw}, a reason for not completing; counts by group id. */
    public record Step(String type, boolean dropWithdraw, String comment, Map<Long, Count> counts) {

        boolean is(String milestone) {
            return !dropWithdraw && type != null && type.strip().equalsIgnoreCase(milestone);
        }

        /** "Started", "Completed", "Not completed"; other milestones and reasons as posted. */
        public String label() {
            if (type == null || type.isBlank()) {
                return dropWithdraw ? "Reason not named" : "Milestone not named";
            }
            for (var standard : List.of(STARTED, COMPLETED, NOT_COMPLETED)) {
                if (is(standard)) {
                    return standard.charAt(0) + standard.substring(1).toLowerCase(Locale.ROOT);
                }
            }
            return type.strip();
        }

        public String kind() {
            return dropWithdraw ? "Reason for not completing" : "Milestone";
        }

        public Count count(long groupId) {
            return counts.getOrDefault(groupId, Count.NOT_POSTED);
        }
    }

    /** A group's count at one step as posted: participants, units (when the record counts units) and a comment. */
    public record Count(String subjects, String units, String comment) {

        static final Count NOT_POSTED = new Count(null, null, null);

        public boolean isZero() {
            return subjects != null && subjects.strip().equals("0") && (units == null || units.strip().equals("0"));
        }

        /** "412 participants", "1 participant", "12 participants (20 eyes)", "Not posted". */
        public String display(String unitsAnalysed) {
            var shown = subjects == null ? "Not posted" : PostedCount.of(subjects, null);
            if (units != null) {
                shown += " (" + PostedCount.of(units, unitsAnalysed == null || unitsAnalysed.isBlank() ? "units"
                        : unitsAnalysed) + ")";
            }
            return shown;
        }

        /** The count with its comment, if one was posted. */
        public String displayWithComment(String unitsAnalysed) {
            return comment == null || comment.isBlank() ? display(unitsAnalysed) : display(unitsAnalysed) + " — "
                    + comment.strip();
        }
    }

    /** Flow counts as read: one per step and group (group null for a step without counts). */
    record Line(long periodId, String period, long stepId, boolean dropWithdraw, String type, String stepComment,
                Long groupId, String subjects, String units, String comment) {
    }

    /** Builds the diagram from the flow's lines in period and step order. */
    static FlowDiagram of(List<GroupLabel> groups, ResultRows.ModuleNotes notes, List<Line> lines) {
        var periods = new LinkedHashMap<Long, String>();
        var steps = new LinkedHashMap<Long, Step>();
        var periodOfStep = new LinkedHashMap<Long, Long>();
        for (var line : lines) {
            periods.putIfAbsent(line.periodId(), line.period());
            var step = steps.computeIfAbsent(line.stepId(), id -> new Step(line.type(), line.dropWithdraw(),
                    line.stepComment(), new LinkedHashMap<>()));
            periodOfStep.putIfAbsent(line.stepId(), line.periodId());
            if (line.groupId() != null) {
                step.counts().put(line.groupId(), new Count(line.subjects(), line.units(), line.comment()));
            }
        }
        var built = new ArrayList<Period>();
        periods.forEach((periodId, title) -> {
            var milestones = new ArrayList<Step>();
            var reasons = new ArrayList<Step>();
            steps.forEach((stepId, step) -> {
                if (periodOfStep.get(stepId).equals(periodId)) {
                    var frozen = new Step(step.type(), step.dropWithdraw(), step.comment(), Map.copyOf(step.counts()));
                    (step.dropWithdraw() ? reasons : milestones).add(frozen);
                }
            });
            built.add(new Period(title == null || title.isBlank() ? "Period " + (built.size() + 1) : title.strip(),
                    List.copyOf(milestones), List.copyOf(reasons)));
        });
        return new FlowDiagram(groups, notes == null ? null : notes.flowUnits(),
                notes == null ? null : notes.recruitment(), notes == null ? null : notes.preAssignment(),
                List.copyOf(built));
    }
}
