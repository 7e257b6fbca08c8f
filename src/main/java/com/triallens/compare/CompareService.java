package com.triallens.compare;

import com.triallens.base.domain.ArmFigure;
import com.triallens.efficacy.EfficacyService;
import com.triallens.safety.SafetyService;
import com.triallens.trial.TrialService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Arms from any trials side by side. A measure is lined up only where the arms report it the same way: the
 * same endpoint or adverse event, the same kind of figure and unit, in the same kind of population.
 * Everything else is listed as not compared, with the reason.
 */
@Service
@Transactional(readOnly = true)
public class CompareService {

    private final ArmDirectory arms;
    private final EfficacyService efficacy;
    private final SafetyService safety;
    private final TrialService trials;

    CompareService(ArmDirectory arms, EfficacyService efficacy, SafetyService safety, TrialService trials) {
        this.trials = trials;
        this.arms = arms;
        this.efficacy = efficacy;
        this.safety = safety;
    }

    /** Arms whose trial acronym, registry id or label contains {@code filter}, by trial, a page at a time. */
    public List<ArmChoice> arms(String filter, int offset, int limit) {
        return arms.page(filter, offset, limit);
    }

    public int countArms(String filter) {
        return arms.count(filter);
    }

    /** A trial's arms in the trial's order, the experimental ones first: what Compare opens with for that trial. */
    public List<ArmChoice> armsOf(String registryId) {
        var ofTrial = arms.ofTrial(registryId);
        return java.util.stream.Stream.concat(ofTrial.stream().filter(a -> a.role() == com.triallens.base.domain.ArmRole.EXPERIMENTAL),
                ofTrial.stream().filter(a -> a.role() != com.triallens.base.domain.ArmRole.EXPERIMENTAL)).toList();
    }

    /** The arm a URL names as {@code NCT03786094:CONTROL}, if there is one. */
    public Optional<ArmChoice> arm(String reference) {
        var separator = reference.lastIndexOf(':');
        return separator <= 0 ? Optional.empty()
                : arms.find(reference.substring(0, separator), reference.substring(separator + 1));
    }

    /** The chosen arms compared; computed differences are against the first arm. */
    public ArmComparison compare(List<ArmChoice> chosen) {
        var trialIds = chosen.stream().map(ArmChoice::trialId).distinct().toList();
        var efficacyEntries = new ArrayList<Entry>();
        var safetyEntries = new ArrayList<Entry>();
        for (var trialId : trialIds) {
            var trialArms = chosen.stream().filter(arm -> arm.trialId() == trialId).toList();
            var trial = trials.trial(trialId).orElseThrow();
            var efficacyTable = efficacy.page(trial).table();
            for (var row : efficacyTable.rows()) {
                var endpoint = row.endpoint();
                trialArms.forEach(arm -> entry(arm, Concepts.endpoint(endpoint.name()), endpoint.displayName(),
                        endpoint.interim(), endpoint.measureType().name(), endpoint.population(),
                        efficacyTable.figureOfArm(row, arm.armId())).ifPresent(efficacyEntries::add));
            }
            var safetyTable = safety.safetyTable(trial);
            for (var row : safetyTable.rows()) {
                trialArms.forEach(arm -> entry(arm, Concepts.adverseEvent(row.category()), row.category(), false, null,
                        row.population(), safetyTable.figureOfArm(row, arm.armId())).ifPresent(safetyEntries::add));
            }
        }
        var notCompared = new ArrayList<NotCompared>();
        return new ArmComparison(chosen,
                lineUp(chosen, efficacyEntries, notCompared), lineUp(chosen, safetyEntries, notCompared),
                notCompared);
    }

    /** One arm's figure for a measure, as found in its trial's results. */
    private record Entry(ArmChoice arm, String concept, String name, boolean interim, Measure measure,
                         String population, String populationName, ArmFigure figure) {

        String describe() {
            return arm.label() + ": " + name + ", " + measure.describe() + ", " + populationName;
        }
    }

    private static Optional<Entry> entry(ArmChoice arm, String concept, String name, boolean interim,
                                         String measureType, String populationName, ArmFigure figure) {
        return Optional.ofNullable(figure).map(f -> new Entry(arm, concept, name, interim, Measure.of(measureType, f),
                Concepts.population(populationName), populationName == null ? "population not stated" : populationName,
                f));
    }

    private static List<CompareRow> lineUp(List<ArmChoice> chosen, List<Entry> entries, List<NotCompared> notCompared) {
        var byConcept = entries.stream().collect(Collectors.groupingBy(e -> Concepts.key(e.concept()),
                LinkedHashMap::new, Collectors.toList()));
        var rows = new ArrayList<CompareRow>();
        byConcept.values().forEach(group -> {
            var concept = group.getFirst().concept();
            var perArm = group.stream().collect(Collectors.groupingBy(Entry::arm));
            var ambiguous = perArm.entrySet().stream().filter(e -> e.getValue().size() > 1).findFirst();
            if (ambiguous.isPresent()) {
                notCompared.add(new NotCompared(concept, ambiguous.get().getKey().label() + " reports it more than once ("
                        + ambiguous.get().getValue().stream().map(Entry::name).collect(Collectors.joining("; "))
                        + "); a curator has to say which one is comparable."));
                return;
            }
            if (perArm.size() < 2) {
                var only = group.getFirst();
                notCompared.add(new NotCompared(concept, "Only " + only.arm().label() + " has this measure."));
                return;
            }
            var reference = chosen.stream().map(perArm::get).filter(Objects::nonNull).map(List::getFirst).findFirst()
                    .orElseThrow();
            var alike = group.stream().filter(e -> e.measure().equals(reference.measure())
                    && Concepts.key(e.population()).equals(Concepts.key(reference.population()))).toList();
            group.stream().filter(e -> !alike.contains(e)).forEach(e -> notCompared.add(new NotCompared(concept,
                    difference(reference, e))));
            if (alike.size() >= 2) {
                rows.add(row(concept, reference, alike));
            }
        });
        return rows;
    }

    private static String difference(Entry reference, Entry other) {
        var what = !other.measure().equals(reference.measure())
                ? "a different kind of figure (" + other.measure().describe() + " against " + reference.measure().describe() + ")"
                : "a different population (" + other.populationName() + " against " + reference.populationName() + ")";
        return other.arm().label() + " reports it as " + what + ". " + reference.describe() + "; " + other.describe() + ".";
    }

    private static CompareRow row(String concept, Entry reference, List<Entry> alike) {
        Map<Long, ArmFigure> figures = alike.stream().collect(Collectors.toMap(e -> e.arm().armId(), Entry::figure,
                (a, b) -> a, LinkedHashMap::new));
        Map<Long, String> names = alike.stream().collect(Collectors.toMap(e -> e.arm().armId(),
                e -> e.arm().acronym() + ": " + e.name() + " (" + e.populationName() + ")", (a, b) -> a, LinkedHashMap::new));
        Map<Long, Derived> derived = reference.measure().equals(Measure.PROPORTION)
                ? alike.stream().filter(e -> e != reference).collect(Collectors.toMap(e -> e.arm().armId(),
                        e -> derive(e.figure(), reference.figure()), (a, b) -> a, LinkedHashMap::new))
                : Map.of();
        return new CompareRow(concept, alike.stream().anyMatch(Entry::interim), reference.measure().describe(),
                reference.population(), figures, names, derived);
    }

    private static Derived derive(ArmFigure arm, ArmFigure reference) {
        var armPercent = Measure.percent(arm);
        var referencePercent = Measure.percent(reference);
        if (armPercent.isEmpty() || referencePercent.isEmpty()) {
            return Derived.notComputable("Not computable: a figure is not reported");
        }
        return Derived.of(armPercent.get(), referencePercent.get(), arm.counts(), reference.counts());
    }
}
