package com.triallens.efficacy;

import com.triallens.trial.TrialService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Endpoint results per arm and the comparisons between arms. */
@Service
@Transactional(readOnly = true)
public class EfficacyService {

    private final TrialService trials;
    private final EndpointResultRepository results;
    private final ComparisonRepository comparisons;

    EfficacyService(TrialService trials, EndpointResultRepository results, ComparisonRepository comparisons) {
        this.trials = trials;
        this.results = results;
        this.comparisons = comparisons;
    }

    /** The endpoints that have results, one row each, in protocol order. */
    public EfficacyTable efficacyTable(long trialId) {
        var citations = trials.citations(trialId);
        var resultsByEndpoint = results.findByTrialId(trialId).stream()
                .collect(Collectors.groupingBy(r -> r.endpointId,
                        Collectors.toMap(r -> r.armId, r -> r.toFigure(citations))));
        var comparisonByEndpoint = comparisons.findByTrialId(trialId).stream()
                .collect(Collectors.toMap(c -> c.endpointId, c -> c.toFigure(citations), (first, second) -> first));
        var rows = trials.endpoints(trialId).stream()
                .filter(e -> resultsByEndpoint.containsKey(e.id()) || comparisonByEndpoint.containsKey(e.id()))
                .map(e -> new EfficacyRow(e, resultsByEndpoint.getOrDefault(e.id(), Map.of()),
                        Optional.ofNullable(comparisonByEndpoint.get(e.id()))))
                .toList();
        return new EfficacyTable(trials.arms(trialId), rows);
    }
}
