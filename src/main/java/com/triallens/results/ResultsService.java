package com.triallens.results;

import com.triallens.results.RegistryResults.Module;
import com.triallens.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A trial's results in the registry's own shape. Imports replace them as a whole (the import writes the
 * audit row); pages read them a module at a time.
 */
@Service
@Transactional(readOnly = true)
public class ResultsService {

    public static final String ENTITY = "registry_results";

    private final ResultsRepository repository;

    ResultsService(ResultsRepository repository) {
        this.repository = repository;
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
        return repository.analyses(trialId).stream()
                .map(a -> a.withGroups(groups.getOrDefault(a.id(), List.of()))).toList();
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

    public Optional<ResultRows.ModuleNotes> notes(long trialId) {
        return repository.notes(trialId);
    }
}
