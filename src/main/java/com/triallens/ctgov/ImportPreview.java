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

    /** How many records of each kind the import creates (new trial) or adds (stored trial). */
    public record Counts(int arms, int populations, int endpoints, int results, int comparisons,
                         int adverseEventCategories, int adverseEventRows, int registryFigures) {
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
