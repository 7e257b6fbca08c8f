package com.triallens.trial;

import com.triallens.audit.AuditService;
import com.triallens.audit.AuditService.Change;
import com.triallens.base.domain.Editable;
import com.triallens.base.domain.InvalidEditException;
import com.triallens.base.domain.RecordInUseException;
import com.triallens.base.domain.Violation;
import com.triallens.base.domain.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Curation of the protocol: trial facts, references, arms and their dosing, populations and endpoints.
 * Each save is checked against the same rules as its form, based on the version the curator saw, and
 * audited field by field in its transaction.
 */
@Service
@Transactional(readOnly = true)
public class ProtocolService {

    public static final String TRIAL = "trial";
    public static final String REFERENCE = "reference";
    public static final String ARM = "arm";
    public static final String INTERVENTION = "intervention";
    public static final String POPULATION = "analysis_population";
    public static final String ENDPOINT = "endpoint";

    private final TrialRepository trials;
    private final ReferenceRepository references;
    private final ArmRepository arms;
    private final AnalysisPopulationRepository populations;
    private final EndpointRepository endpoints;
    private final AuditService audit;
    private final TrialDirectory directory;

    ProtocolService(TrialRepository trials, ReferenceRepository references, ArmRepository arms,
                    AnalysisPopulationRepository populations, EndpointRepository endpoints, AuditService audit,
                    TrialDirectory directory) {
        this.directory = directory;
        this.trials = trials;
        this.references = references;
        this.arms = arms;
        this.populations = populations;
        this.endpoints = endpoints;
        this.audit = audit;
    }

    static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    // --- reading, as curators edit ---

    public Optional<Editable<TrialEdit>> trial(long id) {
        return trials.findById(id).map(Trial::editable);
    }

    public List<Editable<ReferenceEdit>> referencesForCuration(long trialId) {
        return references.findByTrialIdOrderByRefNumber(trialId).stream().map(Reference::editable).toList();
    }

    public Optional<Editable<ReferenceEdit>> reference(long id) {
        return references.findById(id).map(Reference::editable);
    }

    public List<Editable<ArmEdit>> armsForCuration(long trialId) {
        return arms.findByTrialIdOrderByOrdinal(trialId).stream().map(Arm::editable).toList();
    }

    public Optional<Editable<ArmEdit>> arm(long id) {
        return arms.findById(id).map(Arm::editable);
    }

    public List<Editable<InterventionEdit>> interventionsForCuration(long trialId) {
        return arms.findByTrialIdOrderByOrdinal(trialId).stream()
                .flatMap(arm -> arm.interventions.stream().map(i -> new ArmIntervention(arm, i).editable()))
                .toList();
    }

    public Optional<Editable<InterventionEdit>> intervention(long id) {
        return armIntervention(id).map(ArmIntervention::editable);
    }

    public List<Editable<PopulationEdit>> populationsForCuration(long trialId) {
        return populations.findByTrialId(trialId).stream().map(AnalysisPopulation::editable).toList();
    }

    public Optional<Editable<PopulationEdit>> population(long id) {
        return populations.findById(id).map(AnalysisPopulation::editable);
    }

    public List<Editable<EndpointEdit>> endpointsForCuration(long trialId) {
        return endpoints.findByTrialIdOrderByOrdinal(trialId).stream().map(Endpoint::editable).toList();
    }

    public Optional<Editable<EndpointEdit>> endpoint(long id) {
        return endpoints.findById(id).map(Endpoint::editable);
    }

    // --- writing ---

    @PreAuthorize(Roles.MAY_CURATE)
    @Transactional
    public void updateTrial(long id, int version, TrialEdit edit, String reason) {
        update(TRIAL, id, version, edit, reason, trials.findById(id), noMoreRules(), trials::save);
    }

    @PreAuthorize(Roles.MAY_CURATE)
    @Transactional
    public void updateReference(long id, int version, ReferenceEdit edit, String reason) {
        update(REFERENCE, id, version, edit, reason, references.findById(id),
                ref -> numberTaken(ref.trialId, edit.number(), ref.id), references::save);
    }

    /** Adds a reference to the trial's list; its values are audited as set from nothing. Returns its id. */
    @PreAuthorize(Roles.MAY_CURATE)
    @Transactional
    public long createReference(long trialId, ReferenceEdit edit, String reason) {
        refuse(edit, reason, numberTaken(trialId, edit.number(), null));
        directory.contentChanged(trialId);
        var reference = new Reference();
        reference.trialId = trialId;
        reference.apply(edit);
        var saved = references.save(reference);
        audit.record(new Change(REFERENCE, saved.id, saved.recordLabel(), Map.of(), saved.toEdit().auditFields(), reason));
        return saved.id;
    }

    /**
     * Deletes a reference nothing cites any more. One still cited by a figure, a statement or a link is
     * refused with a {@link RecordInUseException} saying how many cite it; nothing is deleted then.
     */
    @PreAuthorize(Roles.MAY_CURATE)
    @Transactional
    public void deleteReference(long id, int version, String reason) {
        InvalidEditException.refuseIfInvalid(List.of(), reason);
        var reference = references.findById(id).orElseThrow(() -> audit.conflict(REFERENCE, id, "Reference " + id));
        long citing = references.citationCount(id);
        if (citing > 0) {
            throw new RecordInUseException(reference.recordLabel() + " is cited by " + citing
                    + (citing == 1 ? " figure" : " figures") + "; change those first.");
        }
        directory.contentChanged(reference.trialId);
        reference.basedOn(version);
        audit.saveAndRecord(Change.deletion(REFERENCE, id, reference.recordLabel(), reference.toEdit().auditFields(),
                reason), () -> references.delete(reference));
    }

    @PreAuthorize(Roles.MAY_CURATE)
    @Transactional
    public void updateArm(long id, int version, ArmEdit edit, String reason) {
        update(ARM, id, version, edit, reason, arms.findById(id), noMoreRules(), arms::save);
    }

    /** Saves one drug's dosing; {@code armVersion} is the version of its arm, the aggregate that is saved. */
    @PreAuthorize(Roles.MAY_CURATE)
    @Transactional
    public void updateIntervention(long id, int armVersion, InterventionEdit edit, String reason) {
        update(INTERVENTION, id, armVersion, edit, reason, armIntervention(id), noMoreRules(),
                armIntervention -> arms.save(armIntervention.arm()));
    }

    @PreAuthorize(Roles.MAY_CURATE)
    @Transactional
    public void updatePopulation(long id, int version, PopulationEdit edit, String reason) {
        update(POPULATION, id, version, edit, reason, populations.findById(id), noMoreRules(), populations::save);
    }

    @PreAuthorize(Roles.MAY_CURATE)
    @Transactional
    public void updateEndpoint(long id, int version, EndpointEdit edit, String reason) {
        update(ENDPOINT, id, version, edit, reason, endpoints.findById(id),
                endpoint -> populationOfOtherTrial(edit.populationId(), endpoint.trialId),
                endpoints::save);
    }

    /**
     * The one way protocol records change: the edit must meet its rules and {@code moreRules} (which need
     * the stored record), the record must still be at {@code version}, and each changed field is audited.
     */
    private <E extends ProtocolEdit, R extends Curated<E>> void update(
            String entity, long id, int version, E edit, String reason, Optional<R> found,
            Function<R, List<Violation>> moreRules, Consumer<R> save) {
        refuse(edit, reason, found.map(moreRules).orElse(List.of()));
        var record = found.orElseThrow(() -> audit.conflict(entity, id, entity + " " + id));
        directory.contentChanged(record.trial());
        var before = record.toEdit().auditFields();
        var label = record.recordLabel();
        record.apply(edit);
        record.basedOn(version);
        audit.saveAndRecord(new Change(entity, id, label, before, record.toEdit().auditFields(), reason),
                () -> save.accept(record));
    }

    private static <R> Function<R, List<Violation>> noMoreRules() {
        return record -> List.of();
    }

    private static void refuse(ProtocolEdit edit, String reason, List<Violation> more) {
        var all = new ArrayList<>(edit.violations());
        more.stream().filter(v -> all.stream().noneMatch(found -> found.field().equals(v.field()))).forEach(all::add);
        InvalidEditException.refuseIfInvalid(all, reason);
    }

    private List<Violation> numberTaken(long trialId, Integer number, Long ownId) {
        return Optional.ofNullable(number)
                .flatMap(n -> references.findByTrialIdAndRefNumber(trialId, n))
                .filter(other -> !other.id.equals(ownId))
                .map(other -> List.of(new Violation("number", "Reference [" + number
                        + "] already exists; choose another number.")))
                .orElse(List.of());
    }

    private List<Violation> populationOfOtherTrial(Long populationId, long trialId) {
        return populationId == null || populations.findById(populationId).filter(p -> p.trialId == trialId).isPresent()
                ? List.of() : List.of(new Violation("populationId", "Choose a population of this trial."));
    }

    private Optional<ArmIntervention> armIntervention(long interventionId) {
        return arms.armOfIntervention(interventionId).flatMap(arms::findById)
                .flatMap(arm -> arm.interventions.stream().filter(i -> i.id == interventionId).findFirst()
                        .map(i -> new ArmIntervention(arm, i)));
    }
}
