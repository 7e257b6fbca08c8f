package com.triallens.results;

import com.triallens.audit.AuditEntry;
import com.triallens.audit.AuditService;
import com.triallens.audit.AuditService.Change;
import com.triallens.base.domain.ArmRole;
import com.triallens.base.domain.ComparisonEdit;
import com.triallens.base.domain.Editable;
import com.triallens.base.domain.FigureEdit;
import com.triallens.base.domain.InvalidEditException;
import com.triallens.base.domain.ReportedDecimal;
import com.triallens.base.domain.ResultStatus;
import com.triallens.results.RegistryResults.Module;
import com.triallens.results.ResultFigures.Analysis;
import com.triallens.results.ResultFigures.Column;
import com.triallens.results.ResultFigures.Row;
import com.triallens.base.domain.Roles;
import com.triallens.trial.TrialService;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A trial's results in the registry's own shape. Imports replace them as a whole (the import writes the
 * audit row); pages read them a module at a time.
 */
@Service
@Transactional(readOnly = true)
public class ResultsService {

    public static final String ENTITY = "registry_results";
    public static final String MEASUREMENT = "result_measurement";
    public static final String ANALYSIS = "result_analysis";

    private final ResultsRepository repository;
    private final AuditService audit;
    private final TrialService trials;

    ResultsService(ResultsRepository repository, AuditService audit, TrialService trials) {
        this.repository = repository;
        this.audit = audit;
        this.trials = trials;
    }

    /** A trial's outcome figures; a figure whose reference is null cites {@code importReference}. */
    public record OutcomeFigures(List<Column> columns, List<Row> rows, List<Analysis> analyses, Long importReference) {

        public Long referenceOf(Long referenceId) {
            return referenceId != null ? referenceId : importReference;
        }

        public Optional<Column> column(long groupId) {
            return columns.stream().filter(c -> c.id() == groupId).findFirst();
        }
    }

    /** The outcome module's groups, measures (efficacy and safety summaries) and analyses, in the source's order. */
    public OutcomeFigures outcomeFigures(long trialId) {
        return new OutcomeFigures(columns(trialId), repository.outcomeRows(trialId, null),
                repository.outcomeAnalyses(trialId), repository.importReference(trialId).orElse(null));
    }

    /** Groups as columns, labelled by their arm where the arm is theirs alone, otherwise by their own title. */
    private List<Column> columns(long trialId) {
        return columns(trialId, Module.OUTCOME);
    }

    private List<Column> columns(long trialId, Module module) {
        var groups = repository.columnGroups(trialId, module);
        var groupsPerArm = groups.stream().filter(g -> g.armId() != null)
                .collect(Collectors.groupingBy(ResultsRepository.ColumnRow::armId, Collectors.counting()));
        return groups.stream().map(g -> {
            var ownArm = g.armId() != null && groupsPerArm.get(g.armId()) == 1;
            return new Column(g.id(), ownArm ? g.armLabel() : g.title(), g.title(), g.armId(),
                    g.armRole() == null ? ArmRole.OTHER : ArmRole.valueOf(g.armRole()));
        }).toList();
    }

    /** A trial's adverse-event module: its groups as columns, the totals, then every term, in the source's order. */
    public record EventFigures(List<Column> columns, List<ResultFigures.EventLine> lines, Long importReference) {
    }

    public EventFigures eventFigures(long trialId) {
        return new EventFigures(columns(trialId, Module.EVENTS), repository.eventLines(trialId),
                repository.importReference(trialId).orElse(null));
    }

    /** Every group's figure of every outcome row, as curators edit them, in the source's order. */
    public List<Editable<FigureEdit>> measurementsForCuration(long trialId, boolean safety) {
        var columns = columns(trialId);
        return repository.outcomeRows(trialId, null).stream().filter(r -> r.safety() == safety)
                .flatMap(row -> row.cells().entrySet().stream().map(cell -> editable(row, cell.getValue(),
                        columnLabel(columns, cell.getKey()))))
                .toList();
    }

    public Optional<Editable<FigureEdit>> measurement(long id) {
        return repository.trialOfMeasurement(id).flatMap(trialId -> {
            var columns = columns(trialId);
            return repository.outcomeRows(trialId, id).stream().flatMap(row -> row.cells().entrySet().stream()
                            .filter(cell -> cell.getValue().id() == id)
                            .map(cell -> editable(row, cell.getValue(), columnLabel(columns, cell.getKey()))))
                    .findFirst();
        });
    }

    private static Editable<FigureEdit> editable(Row row, ResultFigures.Cell cell, String group) {
        var number = cell.number().orElse(null);
        return new Editable<>(cell.id(), cell.version(), row.curationLabel() + " / " + group,
                new FigureEdit(number == null ? ResultStatus.NOT_REPORTED : ResultStatus.REPORTED, number, row.unit(),
                        cell.participants()));
    }

    private static String columnLabel(List<Column> columns, long groupId) {
        return columns.stream().filter(c -> c.id() == groupId).map(Column::label).findFirst()
                .orElse("Group " + groupId);
    }

    /**
     * Saves one group's figure if {@code version} is still current, with one audit row per changed field. The unit
     * belongs to the measure: changing it changes it for every group. Refuses an invalid edit or one without a
     * reason ({@link InvalidEditException}) and a stale one ({@link com.triallens.base.domain.EditConflictException});
     * either way nothing is written.
     */
    @PreAuthorize(Roles.MAY_CURATE)
    @Transactional
    public void updateMeasurement(long id, int version, FigureEdit edit, String reason) {
        InvalidEditException.refuseIfInvalid(edit.violations(), reason);
        var trialId = repository.trialOfMeasurement(id).orElseThrow(() -> audit.conflict(MEASUREMENT, id, "Result " + id));
        changing(trialId);
        audit.lock(MEASUREMENT, id);
        var current = measurement(id).orElseThrow(() -> audit.conflict(MEASUREMENT, id, "Result " + id));
        var row = repository.outcomeRows(trialId, id).getFirst();
        var cell = row.cells().values().stream().filter(c -> c.id() == id).findFirst().orElseThrow();
        // A value the source gave as text ("NA") stays when the curator leaves the figure not reported.
        var value = edit.status() == ResultStatus.REPORTED ? edit.value().toString()
                : cell.number().isPresent() ? null : cell.value();
        audit.saveAndRecord(new Change(MEASUREMENT, id, current.label(), current.values().auditFields(),
                edit.auditFields(), reason), () -> {
            if (!repository.updateMeasurement(id, version, value)) {
                throw new OptimisticLockingFailureException("result_measurement " + id + " is not at version " + version);
            }
            if (!Objects.equals(row.unit(), edit.unit().trim())) {
                repository.updateUnit(row.measureId(), edit.unit().trim());
            }
            if (!Objects.equals(cell.participants(), edit.participants())) {
                repository.replaceDenominator(row.measureId(), id, edit.participants());
            }
        });
    }

    /**
     * Raises the trial's content revision before anything else is locked, so that every writer takes the trial's row
     * first (an import does too) and two writers of one trial wait for each other instead of deadlocking.
     */
    private void changing(long trialId) {
        trials.contentChanged(trialId);
    }

    /** Every analysis of an efficacy measure, as curators edit them, in the source's order. */
    public List<Editable<ComparisonEdit>> analysesForCuration(long trialId, Function<Analysis, String> label) {
        return repository.outcomeAnalyses(trialId).stream()
                .map(a -> new Editable<>(a.id(), a.version(), label.apply(a), toEdit(a))).toList();
    }

    public Optional<Analysis> analysis(long id) {
        return repository.trialOfAnalysis(id).flatMap(trialId -> repository.outcomeAnalyses(trialId).stream()
                .filter(a -> a.id() == id).findFirst());
    }

    public Optional<Long> trialOfAnalysis(long id) {
        return repository.trialOfAnalysis(id);
    }

    public static ComparisonEdit toEdit(Analysis analysis) {
        var figure = analysis.figure(null);
        return new ComparisonEdit(figure.statistic(), figure.estimate(), figure.ciLevel(), figure.ciLower(),
                figure.ciUpper(), figure.pValue(), figure.method());
    }

    /**
     * Saves an analysis as the curator corrected it. A parameter the form cannot name ("LS Mean Difference") and a
     * p-value posted as text ("<0.001") stay as posted unless the curator gives an estimate or p-value instead.
     */
    @PreAuthorize(Roles.MAY_CURATE)
    @Transactional
    public void updateAnalysis(long id, int version, ComparisonEdit edit, String reason, String label) {
        InvalidEditException.refuseIfInvalid(edit.violations(), reason);
        changing(repository.trialOfAnalysis(id).orElseThrow(() -> audit.conflict(ANALYSIS, id, label)));
        audit.lock(ANALYSIS, id);
        var current = analysis(id).orElseThrow(() -> audit.conflict(ANALYSIS, id, label));
        var keepParameter = edit.statistic() == null && edit.estimate() == null && current.statistic().isEmpty();
        var keepP = edit.pValue() == null && ResultFigures.parse(current.pValue()).isEmpty();
        var values = new Analysis(id, version, current.measureId(), current.groupIds(),
                keepParameter ? current.paramType()
                        : edit.statistic() == null ? null : ResultFigures.paramTypeOf(edit.statistic()),
                keepParameter ? current.paramValue() : text(edit.estimate()), text(edit.ciLevel()),
                current.ciSides(), text(edit.ciLower()), text(edit.ciUpper()),
                keepP ? current.pValue() : text(edit.pValue()),
                edit.method() == null || edit.method().isBlank() ? null : edit.method().trim(),
                current.nonInferiority(), current.referenceId());
        audit.saveAndRecord(new Change(ANALYSIS, id, label, toEdit(current).auditFields(), edit.auditFields(), reason),
                () -> {
                    if (!repository.updateAnalysis(id, version, values)) {
                        throw new OptimisticLockingFailureException("result_analysis " + id + " is not at version " + version);
                    }
                });
    }

    /** Deletes an analysis (the source reports none after all), recording each value it had. */
    @PreAuthorize(Roles.MAY_CURATE)
    @Transactional
    public void deleteAnalysis(long id, int version, String reason, String label) {
        InvalidEditException.refuseIfInvalid(List.of(), reason);
        changing(repository.trialOfAnalysis(id).orElseThrow(() -> audit.conflict(ANALYSIS, id, label)));
        audit.lock(ANALYSIS, id);
        var current = analysis(id).orElseThrow(() -> audit.conflict(ANALYSIS, id, label));
        audit.saveAndRecord(Change.deletion(ANALYSIS, id, label, toEdit(current).auditFields(), reason), () -> {
            if (!repository.deleteAnalysis(id, version)) {
                throw new OptimisticLockingFailureException("result_analysis " + id + " is not at version " + version);
            }
        });
    }

    /**
     * Earlier values of the outcome rows' figures (safety summaries or not), newest first, by row id (the row's
     * category); a measure's analyses count to its first row. Two queries, whatever the number of rows.
     */
    public Map<Long, List<AuditEntry>> historyByRow(OutcomeFigures outcome, boolean safety) {
        var rowOfMeasurement = new java.util.HashMap<Long, Long>();
        var firstRowOfMeasure = new java.util.HashMap<Long, Long>();
        for (var row : outcome.rows()) {
            if (row.safety() == safety) {
                row.cells().values().forEach(cell -> rowOfMeasurement.put(cell.id(), row.categoryId()));
                firstRowOfMeasure.putIfAbsent(row.measureId(), row.categoryId());
            }
        }
        var rowOfAnalysis = new java.util.HashMap<Long, Long>();
        outcome.analyses().stream().filter(a -> firstRowOfMeasure.containsKey(a.measureId()))
                .forEach(a -> rowOfAnalysis.put(a.id(), firstRowOfMeasure.get(a.measureId())));
        var entries = new java.util.ArrayList<>(audit.history(MEASUREMENT, rowOfMeasurement.keySet()));
        entries.addAll(audit.history(ANALYSIS, rowOfAnalysis.keySet()));
        entries.sort(java.util.Comparator.comparing(AuditEntry::changedAt).thenComparing(AuditEntry::id).reversed());
        return entries.stream().collect(Collectors.groupingBy(entry -> (entry.entity().equals(MEASUREMENT)
                ? rowOfMeasurement : rowOfAnalysis).get(entry.entityId()), java.util.LinkedHashMap::new, Collectors.toList()));
    }

    private static String text(ReportedDecimal number) {
        return number == null ? null : number.toString();
    }

    /** What is stored for the trial: the digest of the posted results and how many figures they hold. */
    public Optional<StoredResults> stored(long trialId) {
        return repository.stored(trialId).map(s -> new StoredResults(s.digest(), s.figures()));
    }

    public record StoredResults(String digest, int figures) {
    }

    /**
     * Replaces the trial's registry results; every figure cites {@code referenceId}. {@code armIds} maps arm
     * labels to arm ids for the groups' proposed arms. Runs in the caller's transaction.
     */
    @PreAuthorize(Roles.MAY_CURATE)
    @Transactional
    public void replace(long trialId, long referenceId, String digest, RegistryResults results, Map<String, Long> armIds) {
        repository.delete(trialId);
        if (!results.isEmpty()) {
            repository.insert(trialId, referenceId, digest, results, armIds);
        }
    }

    public List<ResultRows.GroupRow> groups(long trialId) {
        return repository.groups(trialId);
    }

    public List<ResultRows.MeasurementRow> outcomeMeasurements(long trialId) {
        return repository.measurements(trialId, Module.OUTCOME);
    }

    public List<ResultRows.MeasurementRow> baselineMeasurements(long trialId) {
        return repository.measurements(trialId, Module.BASELINE);
    }

    public List<ResultRows.AnalysisRow> analyses(long trialId) {
        var groups = repository.analysisGroups(trialId);
        return repository.analyses(trialId).stream().map(a -> a.withGroups(groups.getOrDefault(a.id(), List.of())
                .stream().map(ResultsRepository.GroupRef::title).toList())).toList();
    }

    public List<ResultRows.EventTotalRow> eventTotals(long trialId) {
        return repository.eventTotals(trialId);
    }

    public List<ResultRows.EventRow> events(long trialId) {
        return repository.events(trialId);
    }

    public List<ResultRows.FlowRow> flow(long trialId) {
        return repository.flow(trialId);
    }

    /** The participant flow as a diagram reads it: per period, each group's milestones and reasons (empty if none). */
    public FlowDiagram flowDiagram(long trialId) {
        var groups = GroupLabel.of(repository.columnGroups(trialId, Module.FLOW), ResultsRepository.ColumnRow::id,
                ResultsRepository.ColumnRow::title);
        return FlowDiagram.of(groups, repository.notes(trialId).orElse(null), repository.flowLines(trialId));
    }

    /** The baseline characteristics as tables: overall numbers, then per measure its classes and categories. */
    public BaselineTable baselineTable(long trialId) {
        var groups = GroupLabel.of(repository.columnGroups(trialId, Module.BASELINE), ResultsRepository.ColumnRow::id,
                ResultsRepository.ColumnRow::title);
        return BaselineTable.of(groups, repository.notes(trialId).map(ResultRows.ModuleNotes::baselinePopulation)
                .orElse(null), repository.baselineFigures(trialId), repository.baselineDenominators(trialId));
    }

    public Optional<ResultRows.ModuleNotes> notes(long trialId) {
        return repository.notes(trialId);
    }
}
