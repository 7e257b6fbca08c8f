package com.triallens.safety;

import com.triallens.audit.AuditEntry;
import com.triallens.audit.AuditService;
import com.triallens.base.domain.ArmResult;
import com.triallens.base.domain.Editable;
import com.triallens.base.domain.FigureEdit;
import com.triallens.security.Roles;
import com.triallens.trial.TrialService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Adverse-event categories and each arm's figure for them. */
@Service
@Transactional(readOnly = true)
public class SafetyService {

    public static final String RESULT = "adverse_event_result";

    private final TrialService trials;
    private final AdverseEventCategoryRepository categories;
    private final AdverseEventResultRepository results;
    private final AuditService audit;

    SafetyService(TrialService trials, AdverseEventCategoryRepository categories, AdverseEventResultRepository results,
                  AuditService audit) {
        this.trials = trials;
        this.categories = categories;
        this.results = results;
        this.audit = audit;
    }

    public SafetyTable safetyTable(long trialId) {
        var citations = trials.citations(trialId);
        var populations = trials.populationNames(trialId);
        var resultsByCategory = results.findByTrialId(trialId).stream()
                .collect(Collectors.groupingBy(r -> r.categoryId,
                        Collectors.toMap(ArmResult::armId, r -> r.toFigure(citations))));
        var rows = categories.findByTrialIdOrderByOrdinal(trialId).stream()
                .map(c -> new SafetyRow(c.name, populations.get(c.populationId),
                        resultsByCategory.getOrDefault(c.id, Map.of()), c.id))
                .toList();
        return new SafetyTable(trials.arms(trialId), rows);
    }

    /** Earlier values of each category's results, newest first, by category id. */
    public Map<Long, List<AuditEntry>> historyByCategory(long trialId) {
        var categoryOfResult = results.findByTrialId(trialId).stream()
                .collect(Collectors.toMap(ArmResult::id, r -> r.categoryId));
        return audit.history(RESULT, categoryOfResult.keySet()).stream()
                .collect(Collectors.groupingBy(entry -> categoryOfResult.get(entry.entityId())));
    }

    /** Every arm's figure for every category, as curators edit them, in source and arm order. */
    public List<Editable<FigureEdit>> resultsForCuration(long trialId) {
        var order = categories.findByTrialIdOrderByOrdinal(trialId).stream()
                .collect(Collectors.toMap(c -> c.id, c -> c.ordinal));
        return results.findByTrialId(trialId).stream()
                .sorted(Comparator.comparing((AdverseEventResult r) -> order.get(r.categoryId)).thenComparing(ArmResult::armId))
                .map(r -> new Editable<>(r.id(), r.version(), label(r), r.toEdit()))
                .toList();
    }

    public Optional<Editable<FigureEdit>> result(long id) {
        return results.findById(id).map(r -> new Editable<>(r.id(), r.version(), label(r), r.toEdit()));
    }

    /** Saves one arm's figure for a category; the rules and refusals are those of endpoint results. */
    @PreAuthorize(Roles.MAY_CURATE)
    @Transactional
    public void updateResult(long id, int version, FigureEdit edit, String reason) {
        audit.updateResult(RESULT, results, id, version, edit, reason, this::label);
    }

    private String label(AdverseEventResult result) {
        var category = categories.findById(result.categoryId).map(c -> c.name).orElse("Category " + result.categoryId);
        return category + " / " + trials.armLabel(result.armId());
    }
}
