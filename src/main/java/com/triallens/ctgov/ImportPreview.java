package com.triallens.ctgov;

import java.time.LocalDate;
import java.util.List;

/**
 * What importing a study record would do, shown before anything is written: the trial and its records
 * to be created (or, for a trial already stored, the differences), and what cannot be mapped and why.
 * Hand it back to {@link CtgovImportService#importRecord} to write it.
 */
public final class ImportPreview {

    /** Something in the record TrialLens does not take over, and why. */
    public record NotMapped(String item, String reason) {
    }

    /** One changed value of a stored record: {@code old → new}. */
    public record Difference(String record, String field, String oldValue, String newValue) {
        public String display() {
            return record + " · " + field + ": " + (oldValue == null ? "—" : oldValue) + " → "
                    + (newValue == null ? "—" : newValue);
        }
    }

    /**
     * What the record holds: the protocol records the import creates or adds, and the registry results it keeps
     * whole (reporting groups of every module, outcome measures, analyses, adverse-event terms, figures in all).
     */
    public record Counts(int arms, int populations, int endpoints, int reportingGroups, int outcomeMeasures,
                         int analyses, int eventTerms, int registryFigures) {
    }

    /**
     * A reporting group of the record and the arm it will be shown as ({@code arm} null: a group of its own).
     * {@code module} names the results section it comes from.
     */
    public record GroupLink(int index, String module, String title, String arm) {
    }

    private final StudyPlan plan;
    private final boolean trialExists;
    private final List<String> lines;
    private final Counts counts;
    private final List<Difference> differences;
    private final List<String> added;
    private final List<String> missing;

    ImportPreview(StudyPlan plan, boolean trialExists, List<String> lines, Counts counts, List<Difference> differences,
                  List<String> added, List<String> missing) {
        this.plan = plan;
        this.trialExists = trialExists;
        this.lines = List.copyOf(lines);
        this.counts = counts;
        this.differences = List.copyOf(differences);
        this.added = List.copyOf(added);
        this.missing = List.copyOf(missing);
    }

    StudyPlan plan() {
        return plan;
    }

    /** The record's reporting groups with the arm each is linked to, as proposed or as the curator chose. */
    public List<GroupLink> groupLinks() {
        var groups = plan.registry().groups();
        return java.util.stream.IntStream.range(0, groups.size()).mapToObj(i -> new GroupLink(i,
                moduleName(groups.get(i).module()), groups.get(i).title(), groups.get(i).arm())).toList();
    }

    /** The arms a group can be linked to: the record's arms, by label. */
    public List<String> armLabels() {
        return plan.arms().stream().map(StudyPlan.ArmPlan::label).toList();
    }

    /** The same preview with one group linked to the arm labelled {@code arm}, or to none (null). */
    public ImportPreview withArm(int group, String arm) {
        if (arm != null && !armLabels().contains(arm)) {
            throw new IllegalArgumentException("No arm is labelled " + arm);
        }
        return new ImportPreview(plan.withRegistry(plan.registry().withArm(group, arm)), trialExists, lines, counts,
                differences, added, missing);
    }

    private static String moduleName(com.triallens.results.RegistryResults.Module module) {
        return switch (module) {
            case FLOW -> "Participant flow";
            case BASELINE -> "Baseline characteristics";
            case OUTCOME -> "Outcome measures";
            case EVENTS -> "Adverse events";
        };
    }

    public String registryId() {
        return plan.trial().registryId();
    }

    public String acronym() {
        return plan.trial().acronym();
    }

    public String title() {
        return plan.trial().title();
    }

    public String fileName() {
        return plan.fileName();
    }

    /** The record's lastUpdatePostDate, or null when the record has none. */
    public LocalDate versionDate() {
        return plan.versionDate();
    }

    /** True when a trial with this registry id is stored: importing then updates it. */
    public boolean trialExists() {
        return trialExists;
    }

    /** Readable lines of what will be created or added, one per record kind. */
    public List<String> lines() {
        return lines;
    }

    public Counts counts() {
        return counts;
    }

    public List<NotMapped> notMapped() {
        return plan.notMapped();
    }

    /** For a stored trial: each changed value. Empty for a new trial. */
    public List<Difference> differences() {
        return differences;
    }

    /** For a stored trial: records in the file that it does not have yet. */
    public List<String> added() {
        return added;
    }

    /** For a stored trial: its records the file no longer has; an update keeps them. */
    public List<String> missing() {
        return missing;
    }

    /** Whether importing would change anything: always for a new trial. */
    public boolean hasChanges() {
        return !trialExists || !differences.isEmpty() || !added.isEmpty();
    }
}
