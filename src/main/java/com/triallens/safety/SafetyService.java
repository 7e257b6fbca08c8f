package com.triallens.safety;

import com.triallens.trial.TrialService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.stream.Collectors;

/** Adverse-event categories and each arm's figure for them. */
@Service
@Transactional(readOnly = true)
public class SafetyService {

    private final TrialService trials;
    private final AdverseEventCategoryRepository categories;
    private final AdverseEventResultRepository results;

    SafetyService(TrialService trials, AdverseEventCategoryRepository categories, AdverseEventResultRepository results) {
        this.trials = trials;
        this.categories = categories;
        this.results = results;
    }

    public SafetyTable safetyTable(long trialId) {
        var citations = trials.citations(trialId);
        var populations = trials.populationNames(trialId);
        var resultsByCategory = results.findByTrialId(trialId).stream()
                .collect(Collectors.groupingBy(r -> r.categoryId,
                        Collectors.toMap(r -> r.armId, r -> r.toFigure(citations))));
        var rows = categories.findByTrialIdOrderByOrdinal(trialId).stream()
                .map(c -> new SafetyRow(c.name, populations.get(c.populationId),
                        resultsByCategory.getOrDefault(c.id, Map.of())))
                .toList();
        return new SafetyTable(trials.arms(trialId), rows);
    }
}
