package com.triallens.efficacy;

import com.triallens.audit.AuditEntry;
import com.triallens.audit.AuditService;
import com.triallens.audit.AuditService.Change;
import com.triallens.base.domain.ComparisonEdit;
import com.triallens.base.domain.ArmResult;
import com.triallens.base.domain.Editable;
import com.triallens.base.domain.FigureEdit;
import com.triallens.base.domain.InvalidEditException;
import com.triallens.security.Roles;
import com.triallens.trial.TrialService;
import org.springframework.security.access.prepost.PreAuthorize;
import com.triallens.base.domain.ArmFigure;
import com.triallens.base.domain.Statistic;
import com.triallens.base.stats.Consistency;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Endpoint results per arm and the comparisons between arms. */
@Service
@Transactional(readOnly = true)
public class EfficacyService {

    public static final String RESULT = "endpoint_result";
    public static final String COMPARISON = "comparison";

    private final TrialService trials;
    private final EndpointResultRepository results;
    private final ComparisonRepository comparisons;
    private final AuditService audit;

    EfficacyService(TrialService trials, EndpointResultRepository results, ComparisonRepository comparisons,
                    AuditService audit) {
        this.trials = trials;
        this.results = results;
        this.comparisons = comparisons;
        this.audit = audit;
    }

    /** The endpoints that have results, one row each, in protocol order. */
    public EfficacyTable efficacyTable(long trialId) {
        var citations = trials.citations(trialId);
        var resultsByEndpoint = results.findByTrialId(trialId).stream()
                .collect(Collectors.groupingBy(r -> r.endpointId,
                        Collectors.toMap(ArmResult::armId, r -> r.toFigure(citations))));
        var comparisonByEndpoint = comparisons.findByTrialId(trialId).stream()
                .collect(Collectors.toMap(c -> c.endpointId, c -> c.toFigure(citations), (first, second) -> first));
        var rows = trials.endpoints(trialId).stream()
                .filter(e -> resultsByEndpoint.containsKey(e.id()) || comparisonByEndpoint.containsKey(e.id()))
                .map(e -> new EfficacyRow(e, resultsByEndpoint.getOrDefault(e.id(), Map.of()),
                        Optional.ofNullable(comparisonByEndpoint.get(e.id()))))
                .toList();
        return new EfficacyTable(trials.arms(trialId), rows);
    }

    /**
     * Reported p-values and risk-difference intervals that clearly contradict the two arms' counts (see
     * {@link Consistency}), one message per figure, for curators to check against the source.
     */
    public List<String> figuresToCheck(long trialId) {
        var citations = trials.citations(trialId);
        var figures = results.findByTrialId(trialId).stream().collect(Collectors.toMap(
                r -> List.of(r.endpointId, r.armId()), r -> r.toFigure(citations)));
        var checks = new ArrayList<String>();
        for (var comparison : comparisons.findByTrialId(trialId)) {
            var experimental = Optional.ofNullable(figures.get(List.of(comparison.endpointId, comparison.experimentalArmId)))
                    .flatMap(ArmFigure::counts);
            var comparator = Optional.ofNullable(figures.get(List.of(comparison.endpointId, comparison.comparatorArmId)))
                    .flatMap(ArmFigure::counts);
            if (experimental.isEmpty() || comparator.isEmpty()) {
                continue;
            }
            var e = experimental.get();
            var c = comparator.get();
            var figure = comparison.toFigure(citations);
            var found = new ArrayList<Consistency>();
            if (figure.pValue() != null && figure.pValue().value().signum() > 0) {
                found.add(Consistency.ofPValue(e.events(), e.participants(), c.events(), c.participants(),
                        figure.pValue().value().doubleValue()));
            }
            if (figure.statistic() == Statistic.RISK_DIFFERENCE && figure.hasInterval()) {
                // Risk differences are posted as fractions or as percentage points; the check takes fractions.
                var scale = figure.ciLower().value().abs().doubleValue() > 1 || figure.ciUpper().value().abs().doubleValue() > 1
                        ? 100.0 : 1.0;
                found.add(Consistency.ofRiskDifferenceInterval(e.events(), e.participants(), c.events(),
                        c.participants(), figure.ciLevel().value().doubleValue(),
                        figure.ciLower().value().doubleValue() / scale, figure.ciUpper().value().doubleValue() / scale));
            }
            found.stream().filter(check -> !check.consistent())
                    .forEach(check -> checks.add(label(comparison) + ": " + check.message()));
        }
        return checks;
    }

    /** Earlier values of each endpoint's results and comparison, newest first, by endpoint id. */
    public Map<Long, List<AuditEntry>> historyByEndpoint(long trialId) {
        var endpointOfResult = results.findByTrialId(trialId).stream()
                .collect(Collectors.toMap(ArmResult::id, r -> r.endpointId));
        var endpointOfComparison = comparisons.findByTrialId(trialId).stream()
                .collect(Collectors.toMap(c -> c.id, c -> c.endpointId));
        return Stream.concat(
                        history(RESULT, endpointOfResult),
                        history(COMPARISON, endpointOfComparison))
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private Stream<Map.Entry<Long, AuditEntry>> history(String entity, Map<Long, Long> endpointOf) {
        return audit.history(entity, endpointOf.keySet()).stream()
                .map(entry -> Map.entry(endpointOf.get(entry.entityId()), entry));
    }

    /** Every arm's result for every endpoint, as curators edit them, in protocol and arm order. */
    public List<Editable<FigureEdit>> resultsForCuration(long trialId) {
        var order = endpointOrder(trialId);
        return results.findByTrialId(trialId).stream()
                .sorted(Comparator.comparing((EndpointResult r) -> order.get(r.endpointId))
                        .thenComparing(ArmResult::armId))
                .map(r -> new Editable<>(r.id(), r.version(), label(r), r.toEdit()))
                .toList();
    }

    public List<Editable<ComparisonEdit>> comparisonsForCuration(long trialId) {
        var order = endpointOrder(trialId);
        return comparisons.findByTrialId(trialId).stream()
                .sorted(Comparator.comparing(c -> order.get(c.endpointId)))
                .map(c -> new Editable<>(c.id, c.version, label(c), c.toEdit()))
                .toList();
    }

    public Optional<Editable<FigureEdit>> result(long id) {
        return results.findById(id).map(r -> new Editable<>(r.id(), r.version(), label(r), r.toEdit()));
    }

    public Optional<Editable<ComparisonEdit>> comparison(long id) {
        return comparisons.findById(id).map(c -> new Editable<>(c.id, c.version, label(c), c.toEdit()));
    }

    /**
     * Saves one arm's result if {@code version} is still current, with one audit row per changed field.
     * Refuses an invalid edit or one without a reason ({@link InvalidEditException}) and a stale one
     * ({@link com.triallens.base.domain.EditConflictException}); either way nothing is written.
     */
    @PreAuthorize(Roles.MAY_CURATE)
    @Transactional
    public void updateResult(long id, int version, FigureEdit edit, String reason) {
        audit.updateResult(RESULT, results, id, version, edit, reason, this::label);
    }

    @PreAuthorize(Roles.MAY_CURATE)
    @Transactional
    public void updateComparison(long id, int version, ComparisonEdit edit, String reason) {
        InvalidEditException.refuseIfInvalid(edit.violations(), reason);
        var comparison = comparisons.findById(id).orElseThrow(() -> audit.conflict(COMPARISON, id, "Comparison " + id));
        var before = comparison.toEdit().auditFields();
        comparison.apply(edit);
        comparison.version = version;
        audit.saveAndRecord(new Change(COMPARISON, id, label(comparison), before, edit.auditFields(), reason),
                () -> comparisons.save(comparison));
    }

    /** Deletes a comparison (the source reports none after all), recording each value it had. */
    @PreAuthorize(Roles.MAY_CURATE)
    @Transactional
    public void deleteComparison(long id, int version, String reason) {
        InvalidEditException.refuseIfInvalid(List.of(), reason);
        var comparison = comparisons.findById(id).orElseThrow(() -> audit.conflict(COMPARISON, id, "Comparison " + id));
        var before = comparison.toEdit().auditFields();
        comparison.version = version;
        audit.saveAndRecord(Change.deletion(COMPARISON, id, label(comparison), before, reason),
                () -> comparisons.delete(comparison));
    }

    private Map<Long, Integer> endpointOrder(long trialId) {
        var endpoints = trials.endpoints(trialId);
        return endpoints.stream().collect(Collectors.toMap(e -> e.id(), endpoints::indexOf));
    }

    private String label(EndpointResult result) {
        return trials.endpointLabel(result.endpointId) + " / " + trials.armLabel(result.armId());
    }

    private String label(Comparison comparison) {
        return trials.endpointLabel(comparison.endpointId) + " / " + trials.armLabel(comparison.experimentalArmId)
                + " vs " + trials.armLabel(comparison.comparatorArmId);
    }
}
