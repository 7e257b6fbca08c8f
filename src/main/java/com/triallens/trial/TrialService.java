package com.triallens.trial;

import com.triallens.base.domain.ArmSummary;
import com.triallens.base.domain.Citation;
import com.triallens.base.domain.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The trial's protocol: identity, arms and dosing, populations, endpoints and its reference list. */
@Service
@Transactional(readOnly = true)
public class TrialService {

    private final TrialRepository trials;
    private final ArmRepository arms;
    private final ReferenceRepository references;
    private final AnalysisPopulationRepository populations;
    private final EndpointRepository endpoints;
    private final TrialDirectory directory;
    private final RegistryProtocolRepository registry;
    private final EndpointQueries endpointQueries;

    TrialService(TrialRepository trials, ArmRepository arms, ReferenceRepository references,
                 AnalysisPopulationRepository populations, EndpointRepository endpoints, TrialDirectory directory,
                 RegistryProtocolRepository registry, EndpointQueries endpointQueries) {
        this.endpointQueries = endpointQueries;
        this.trials = trials;
        this.registry = registry;
        this.directory = directory;
        this.arms = arms;
        this.references = references;
        this.populations = populations;
        this.endpoints = endpoints;
    }

    /** The trial the pages open on: the first one entered. */
    public Optional<TrialHeader> defaultTrial() {
        return directory.first();
    }

    /** The trial with this registry id (for example NCT03786094), as links and the trial picker name it. */
    public Optional<TrialHeader> trial(String registryId) {
        return directory.byRegistryId(registryId);
    }

    /** The trial with this id, as the pages name it, at its current content revision. */
    public Optional<TrialHeader> trial(long id) {
        return directory.byId(id);
    }

    /** Trials whose acronym, registry id or title contains {@code filter}, by acronym, a page at a time. */
    public List<TrialHeader> trials(String filter, int offset, int limit) {
        return directory.page(filter, offset, limit);
    }

    /**
     * Marks that what the trial's pages show has changed (a save, a deletion, an import), in the caller's transaction:
     * pages built at an earlier revision are built again on their next view, on every instance, once it commits.
     */
    @PreAuthorize(Roles.MAY_CURATE)
    @Transactional(propagation = Propagation.MANDATORY)
    public void contentChanged(long trialId) {
        directory.contentChanged(trialId);
    }

    public int countTrials(String filter) {
        return directory.count(filter);
    }

    public TrialOverview overview(long trialId) {
        var trial = trials.findById(trialId).orElseThrow(() -> new TrialNotFoundException(trialId));
        var citations = citations(trialId);
        var byFact = new EnumMap<TrialFact, List<Citation>>(TrialFact.class);
        trial.citations.stream()
                .collect(Collectors.groupingBy(TrialCitation::field))
                .forEach((fact, links) -> byFact.put(fact, sorted(links.stream().map(TrialCitation::referenceId).toList(), citations)));
        return new TrialOverview(header(trial), trial.title, TrialOverview.stated(trial.design),
                TrialOverview.stated(trial.conditionText), trial.enrolment, TrialOverview.stated(trial.priorTherapy),
                TrialOverview.stated(trial.mechanism), TrialOverview.stated(trial.outcomeSummary), byFact,
                dosing(trialId, citations), endpoints(trialId, citations), trial.mechanismLinks.stream()
                        .map(m -> new MechanismStep(m.sourceNode(), m.targetNode(), m.relation(), citations.get(m.referenceId())))
                        .toList(), registry.imported(trialId), registry.find(trialId, citations));
    }

    public List<ArmSummary> arms(long trialId) {
        return arms.findByTrialIdOrderByOrdinal(trialId).stream()
                .map(arm -> new ArmSummary(arm.id, arm.shortLabel, arm.role))
                .toList();
    }

    /** The trial's reference list in source order. */
    public List<Citation> references(long trialId) {
        return references.findByTrialIdOrderByRefNumber(trialId).stream().map(Reference::toCitation).toList();
    }

    /** The trial's references by their id, for features that link a figure to its source. */
    public Map<Long, Citation> citations(long trialId) {
        return references(trialId).stream().collect(Collectors.toMap(Citation::id, Function.identity()));
    }

    /** How curation and the audit trail name an arm: its short label. */
    public String armLabel(long armId) {
        return arms.findById(armId).map(arm -> arm.shortLabel).orElse("Arm " + armId);
    }

    /** How curation and the audit trail name an endpoint: as the results table does. */
    public String endpointLabel(long endpointId) {
        return endpoints.findById(endpointId).map(e -> e.interim ? e.name + " (interim)" : e.name)
                .orElse("Endpoint " + endpointId);
    }

    public Map<Long, String> populationNames(long trialId) {
        return populations.findByTrialId(trialId).stream().collect(Collectors.toMap(p -> p.id, p -> p.name));
    }

    public List<EndpointDefinition> endpoints(long trialId) {
        return endpoints(trialId, citations(trialId));
    }

    /** The trial's endpoints, their sources taken from {@code citations} (the trial's, by id). */
    public List<EndpointDefinition> endpoints(long trialId, Map<Long, Citation> citations) {
        var sources = endpointQueries.citations(trialId).stream().collect(Collectors.groupingBy(
                EndpointQueries.CitationRow::endpointId,
                Collectors.mapping(EndpointQueries.CitationRow::referenceId, Collectors.toList())));
        return endpointQueries.endpoints(trialId).stream()
                .map(e -> new EndpointDefinition(e.id(), e.code(), e.name(), e.kind(), e.measureType(), e.population(),
                        e.interim(), sorted(sources.getOrDefault(e.id(), List.of()), citations)))
                .toList();
    }

    private List<Dosing> dosing(long trialId, Map<Long, Citation> citations) {
        return arms.findByTrialIdOrderByOrdinal(trialId).stream()
                .flatMap(arm -> arm.interventions.stream().map(i -> new Dosing(arm.shortLabel, arm.role, i.drug,
                        i.dose, i.doseUnit, i.route, i.cycleLengthDays, i.days(), citations.get(i.referenceId))))
                .toList();
    }

    private static List<Citation> sorted(Collection<Long> referenceIds, Map<Long, Citation> citations) {
        return referenceIds.stream().map(citations::get).sorted(Comparator.comparingInt(Citation::number)).toList();
    }

    private static TrialHeader header(Trial trial) {
        return new TrialHeader(trial.id, trial.acronym, trial.registryId, trial.phase, trial.status,
                trial.contentRevision);
    }
}
