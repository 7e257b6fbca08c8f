package com.triallens.ctgov;

import com.triallens.base.domain.ArmRole;
import com.triallens.base.domain.ReportedDecimal;
import com.triallens.base.domain.Statistic;
import com.triallens.ctgov.ImportPreview.NotMapped;
import com.triallens.ctgov.StudyPlan.AeCategoryPlan;
import com.triallens.ctgov.StudyPlan.AeResultPlan;
import com.triallens.ctgov.StudyPlan.ArmPlan;
import com.triallens.ctgov.StudyPlan.ComparisonPlan;
import com.triallens.ctgov.StudyPlan.EndpointPlan;
import com.triallens.ctgov.StudyPlan.PopulationPlan;
import com.triallens.ctgov.StudyPlan.ResultPlan;
import com.triallens.ctgov.StudyPlan.TrialFacts;
import com.triallens.trial.EndpointKind;
import com.triallens.trial.MeasureType;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Maps one ClinicalTrials.gov API v2 study record onto TrialLens's model. Figures keep the decimal places
 * the registry printed; what the model cannot hold is listed with the reason instead of being guessed.
 */
final class StudyMapper {

    static final String AS_POSTED = "As posted on ClinicalTrials.gov";
    static final String AE_POPULATION = "Adverse-event population as posted";

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    /** The figure columns are numeric(14, 6): eight digits before the point, six after. */
    private static final int MAX_PLACES = 6;
    private static final BigDecimal MAX_FIGURE = new BigDecimal("100000000");
    private static final int MAX_P_PLACES = 10;
    private static final int UNIT_LENGTH = 40;
    private static final int MAX_ARMS = 500;
    private static final Set<String> PERCENT_UNITS = Set.of("%", "percent", "percentage", "percentage of participants",
            "percent of participants", "percentage of patients", "percent of patients");
    private static final Set<String> TIME_UNITS = Set.of("months", "weeks", "days", "years", "hours", "month", "week",
            "day", "year", "hour");

    private final String fileName;
    private final List<NotMapped> notMapped = new ArrayList<>();
    private final Map<String, ArmPlan> arms = new LinkedHashMap<>();
    private final Map<String, PopulationPlan> populations = new LinkedHashMap<>();
    private final Map<String, EndpointPlan> endpoints = new LinkedHashMap<>();
    private final List<ResultPlan> results = new ArrayList<>();
    private final Map<String, ComparisonPlan> comparisons = new LinkedHashMap<>();
    private final Map<String, AeCategoryPlan> aeCategories = new LinkedHashMap<>();
    private final List<AeResultPlan> aeResults = new ArrayList<>();
    /** Results groups with no arm of the same title, by title, with how many measures they appear in. */
    private final Map<String, Integer> unmatchedGroups = new TreeMap<>();

    private StudyMapper(String fileName) {
        this.fileName = fileName;
    }

    static StudyPlan map(String fileName, JsonNode study) {
        return new StudyMapper(fileName).map(study);
    }

    private StudyPlan map(JsonNode study) {
        var protocol = study.path("protocolSection");
        var trial = trial(protocol);
        var versionDate = versionDate(protocol.path("statusModule"));
        arms(protocol.path("armsInterventionsModule"));
        var results = study.path("resultsSection");
        var registry = RegistryResultsMapper.map(results, armDescriptions(protocol.path("armsInterventionsModule")),
                notMapped);
        populations.put(asPosted().key(), asPosted());
        results.path("outcomeMeasuresModule").path("outcomeMeasures").values().forEach(this::outcomeMeasure);
        protocolOutcomes(protocol.path("outcomesModule"));
        adverseEvents(results.path("adverseEventsModule"));
        unmatchedGroups.forEach((title, measures) -> notMapped.add(new NotMapped("Results group \"" + title + "\"",
                "no arm is labelled so (groups are matched to arm labels, ignoring case and spaces); its figures in "
                        + measures + (measures == 1 ? " table are" : " tables are") + " not imported")));
        return new StudyPlan(fileName, versionDate, trial, List.copyOf(arms.values()), List.copyOf(populations.values()),
                List.copyOf(endpoints.values()), List.copyOf(this.results), List.copyOf(comparisons.values()),
                List.copyOf(aeCategories.values()), List.copyOf(aeResults), List.copyOf(notMapped), registry,
                RegistryResultsMapper.digest(results));
    }

    // --- protocol ---

    private TrialFacts trial(JsonNode protocol) {
        var identification = protocol.path("identificationModule");
        var nctId = text(identification.path("nctId"));
        var briefTitle = text(identification.path("briefTitle"));
        var acronym = Optional.ofNullable(text(identification.path("acronym")))
                .map(a -> fitted("Acronym", a, 60))
                .orElseGet(() -> shortForm(briefTitle == null ? nctId : briefTitle, 60));
        var title = fitted("Title", Optional.ofNullable(text(identification.path("officialTitle")))
                .or(() -> Optional.ofNullable(briefTitle)).orElse(nctId), 1000);
        var design = protocol.path("designModule");
        var enrolment = design.path("enrollmentInfo");
        if ("ESTIMATED".equals(text(enrolment.path("type")))) {
            notMapped.add(new NotMapped("Enrolment type ESTIMATED",
                    "the planned count is stored as the enrolment; TrialLens does not mark it as an estimate"));
        }
        var conditions = protocol.path("conditionsModule").path("conditions").values().stream()
                .map(StudyMapper::text).filter(c -> c != null).collect(Collectors.joining("; "));
        return new TrialFacts(nctId, acronym, title, phase(design.path("phases")),
                status(text(protocol.path("statusModule").path("overallStatus"))), design(design.path("designInfo")),
                conditions.isEmpty() ? "Not stated on ClinicalTrials.gov" : fitted("Conditions", conditions, 1000),
                integer(enrolment.path("count")));
    }

    private LocalDate versionDate(JsonNode status) {
        var date = text(status.path("lastUpdatePostDateStruct").path("date"));
        if (date == null) {
            notMapped.add(new NotMapped("Version date", "the record has no lastUpdatePostDate"));
            return null;
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException notADay) {
            notMapped.add(new NotMapped("Version date \"" + date + "\"", "not a full date (YYYY-MM-DD)"));
            return null;
        }
    }

    /** PHASE2 → "2", [PHASE1, PHASE2] → "1/2", EARLY_PHASE1 → "Early 1", NA → "Not applicable". */
    static String phase(JsonNode phases) {
        var parts = phases.values().stream().map(StudyMapper::text).filter(p -> p != null).map(p -> switch (p) {
            case "NA" -> "Not applicable";
            case "EARLY_PHASE1" -> "Early 1";
            default -> p.replace("PHASE", "");
        }).toList();
        return parts.isEmpty() ? "Not stated" : String.join("/", parts);
    }

    /** COMPLETED → "Completed", ACTIVE_NOT_RECRUITING → "Active, not recruiting". */
    static String status(String overallStatus) {
        if (overallStatus == null) {
            return "Not stated";
        }
        if (overallStatus.equals("ACTIVE_NOT_RECRUITING")) {
            return "Active, not recruiting";
        }
        return sentence(overallStatus);
    }

    /** "Randomized, parallel assignment, open label; primary purpose: treatment". */
    static String design(JsonNode info) {
        var parts = new ArrayList<String>();
        Optional.ofNullable(text(info.path("allocation"))).filter(a -> !a.equals("NA")).map(StudyMapper::sentence)
                .map(a -> a.replace("Non randomized", "Non-randomized")).ifPresent(parts::add);
        Optional.ofNullable(text(info.path("interventionModel")))
                .map(m -> sentence(m).toLowerCase(Locale.ROOT) + " assignment").ifPresent(parts::add);
        var masking = info.path("maskingInfo");
        Optional.ofNullable(text(masking.path("masking"))).map(m -> {
            if (m.equals("NONE")) {
                return "open label";
            }
            var who = masking.path("whoMasked").values().stream().map(StudyMapper::text).filter(w -> w != null)
                    .map(w -> sentence(w).toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
            return m.toLowerCase(Locale.ROOT) + " masking" + (who.isEmpty() ? "" : " (" + who + ")");
        }).ifPresent(parts::add);
        var text = String.join(", ", parts);
        var purpose = text(info.path("primaryPurpose"));
        if (purpose != null) {
            text += (text.isEmpty() ? "" : "; ") + "primary purpose: " + sentence(purpose).toLowerCase(Locale.ROOT);
        }
        text = text.isEmpty() ? "Not stated on ClinicalTrials.gov" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    private static Map<String, String> armDescriptions(JsonNode module) {
        var descriptions = new LinkedHashMap<String, String>();
        for (var group : module.path("armGroups").values()) {
            var label = text(group.path("label"));
            if (label != null) {
                descriptions.putIfAbsent(label.length() > 300 ? label.substring(0, 300) : label,
                        text(group.path("description")));
            }
        }
        return descriptions;
    }

    private void arms(JsonNode module) {
        RegistryResultsMapper.refuseBeyond(module.path("armGroups").size(), MAX_ARMS, "arm groups");
        for (var group : module.path("armGroups").values()) {
            var label = text(group.path("label"));
            if (label == null) {
                notMapped.add(new NotMapped("Arm without a label", "an arm needs a label to be matched to results"));
                continue;
            }
            label = fitted("Arm label", label, 300);
            var arm = new ArmPlan(label, shortForm(label, 80), role(label, text(group.path("type"))));
            if (arms.putIfAbsent(arm.key(), arm) != null) {
                notMapped.add(new NotMapped("Arm \"" + label + "\" (second time)", "two arms with one label cannot be told apart"));
            }
        }
        for (var intervention : module.path("interventions").values()) {
            var type = text(intervention.path("type"));
            notMapped.add(new NotMapped("Intervention " + (type == null ? "" : sentence(type).toLowerCase(Locale.ROOT) + " ")
                    + "\"" + text(intervention.path("name")) + "\"",
                    "ClinicalTrials.gov has no structured dose, route or schedule; enter dosing on the Curation page"));
        }
    }

    private ArmRole role(String label, String type) {
        if (type == null) {
            notMapped.add(new NotMapped("Arm type of \"" + label + "\"", "not given; stored as Other"));
            return ArmRole.OTHER;
        }
        return switch (type) {
            case "EXPERIMENTAL" -> ArmRole.EXPERIMENTAL;
            case "ACTIVE_COMPARATOR" -> ArmRole.ACTIVE_COMPARATOR;
            case "PLACEBO_COMPARATOR" -> ArmRole.PLACEBO_COMPARATOR;
            case "NO_INTERVENTION" -> ArmRole.NO_INTERVENTION;
            case "SHAM_COMPARATOR" -> {
                notMapped.add(new NotMapped("Arm type SHAM_COMPARATOR of \"" + label + "\"",
                        "TrialLens has no sham role; stored as Placebo comparator"));
                yield ArmRole.PLACEBO_COMPARATOR;
            }
            case "OTHER" -> ArmRole.OTHER;
            default -> {
                notMapped.add(new NotMapped("Arm type " + type + " of \"" + label + "\"", "unknown type; stored as Other"));
                yield ArmRole.OTHER;
            }
        };
    }

    /** Registered outcomes without posted results become endpoints without figures. */
    private void protocolOutcomes(JsonNode module) {
        protocolOutcomes(module.path("primaryOutcomes"), EndpointKind.PRIMARY);
        protocolOutcomes(module.path("secondaryOutcomes"), EndpointKind.SECONDARY);
        protocolOutcomes(module.path("otherOutcomes"), EndpointKind.EXPLORATORY);
    }

    private void protocolOutcomes(JsonNode outcomes, EndpointKind kind) {
        for (var outcome : outcomes.values()) {
            var measure = text(outcome.path("measure"));
            if (measure == null || endpoints.containsKey(StudyPlan.normalized(measure))) {
                continue;
            }
            var name = fitted("Outcome \"" + measure + "\"", measure, 300);
            endpoint(new EndpointPlan(name, kind, MeasureType.OTHER, null,
                    fitted("Time frame of \"" + name + "\"", text(outcome.path("timeFrame")), 1000),
                    fitted("Description of \"" + name + "\"", text(outcome.path("description")), 2000), asPosted().key()));
        }
    }

    private String endpoint(EndpointPlan endpoint) {
        var plan = endpoint;
        for (int n = 2; endpoints.containsKey(plan.key()); n++) {
            plan = new EndpointPlan(endpoint.name() + " [" + n + "]", endpoint.kind(), endpoint.measureType(),
                    endpoint.paramType(), endpoint.timeFrame(), endpoint.description(), endpoint.populationKey());
        }
        endpoints.put(plan.key(), plan);
        return plan.key();
    }

    private static PopulationPlan asPosted() {
        return new PopulationPlan(AS_POSTED, "Participants as the ClinicalTrials.gov record describes them");
    }

    // --- outcome measures with results ---

    private void outcomeMeasure(JsonNode measure) {
        var title = text(measure.path("title"));
        if (title == null) {
            notMapped.add(new NotMapped("Outcome measure without a title", "an endpoint needs a name"));
            return;
        }
        title = fitted("Outcome measure title", title, 300);
        var paramType = text(measure.path("paramType"));
        var postedUnit = text(measure.path("unitOfMeasure"));
        var unit = unit(paramType, postedUnit);
        var populationKey = population(text(measure.path("populationDescription")));
        var endpointKey = endpoint(new EndpointPlan(title, kind(text(measure.path("type"))), measureType(paramType, unit),
                paramType, fitted("Time frame of \"" + title + "\"", text(measure.path("timeFrame")), 1000),
                fitted("Description of \"" + title + "\"", text(measure.path("description")), 2000), populationKey));
        var endpointName = endpoints.get(endpointKey).name();
        var groups = groups(measure.path("groups"), "OG");
        var measurements = measurements(endpointName, measure.path("classes"));
        if (measurements != null) {
            if (unit == null || unit.length() > UNIT_LENGTH) {
                notMapped.add(new NotMapped("Figures of \"" + endpointName + "\"", unit == null
                        ? "the measure has no unit of measure" : "its unit \"" + unit + "\" is longer than " + UNIT_LENGTH + " characters"));
            } else {
                var denominators = denominators(endpointName, measure.path("denoms"));
                for (var measurement : measurements.values()) {
                    var armKey = groups.get(text(measurement.path("groupId")));
                    if (armKey != null) {
                        result(endpointKey, endpointName, armKey, measurement, unit, denominators,
                                text(measure.path("dispersionType")));
                    }
                }
            }
        }
        for (var analysis : measure.path("analyses").values()) {
            analysis(endpointKey, endpointName, groups, analysis);
        }
    }

    /** Group id → arm key for groups whose title is an arm's label; the others are counted as unmatched. */
    private Map<String, String> groups(JsonNode groups, String kind) {
        var byId = new LinkedHashMap<String, String>();
        for (var group : groups.values()) {
            var title = text(group.path("title"));
            var key = StudyPlan.normalized(title);
            if (arms.containsKey(key)) {
                byId.put(text(group.path("id")), key);
            } else {
                unmatchedGroups.merge(title == null ? "(" + kind + " group without a title)" : title, 1, Integer::sum);
            }
        }
        return byId;
    }

    /** The measurements of a measure with one class and one category; otherwise null and listed. */
    private Map<String, JsonNode> measurements(String endpointName, JsonNode classes) {
        var categories = classes.values().stream().mapToInt(c -> c.path("categories").size()).sum();
        if (classes.size() == 0 || categories == 0) {
            return null;
        }
        if (classes.size() > 1 || categories > 1) {
            var titles = classes.values().stream()
                    .flatMap(c -> c.path("categories").values().stream().map(cat -> Optional.ofNullable(text(cat.path("title")))
                            .or(() -> Optional.ofNullable(text(c.path("title")))).orElse("untitled")))
                    .collect(Collectors.joining(", "));
            notMapped.add(new NotMapped("Figures of \"" + endpointName + "\" (" + titles + ")", classes.size() + " classes × "
                    + categories + " categories: TrialLens keeps one figure per arm and endpoint"));
            return null;
        }
        var byGroup = new LinkedHashMap<String, JsonNode>();
        classes.path(0).path("categories").path(0).path("measurements").values()
                .forEach(m -> byGroup.put(text(m.path("groupId")), m));
        return byGroup;
    }

    private Map<String, Integer> denominators(String endpointName, JsonNode denoms) {
        for (var denom : denoms.values()) {
            var units = text(denom.path("units"));
            if ("participants".equalsIgnoreCase(units)) {
                var counts = new LinkedHashMap<String, Integer>();
                denom.path("counts").values().forEach(c -> counts.put(text(c.path("groupId")), integer(c.path("value"))));
                return counts;
            }
            notMapped.add(new NotMapped("Denominator in " + units + " of \"" + endpointName + "\"",
                    "only counts of participants are kept as the number analysed"));
        }
        return Map.of();
    }

    private void result(String endpointKey, String endpointName, String armKey, JsonNode measurement, String unit,
                        Map<String, Integer> denominators, String dispersionType) {
        var label = endpointName + " / " + arms.get(armKey).shortLabel();
        var notes = new ArrayList<String>();
        var value = figure(label, "value", text(measurement.path("value")), notes);
        var spread = figure(label, "spread", text(measurement.path("spread")), notes);
        var lower = figure(label, "lower limit", text(measurement.path("lowerLimit")), notes);
        var upper = figure(label, "upper limit", text(measurement.path("upperLimit")), notes);
        Optional.ofNullable(text(measurement.path("comment"))).ifPresent(comment -> notes.add("comment: " + comment));
        var note = notes.isEmpty() ? null : fitted("Note on " + label, String.join("; ", notes), 1000);
        results.add(new ResultPlan(endpointKey, armKey, label, value, unit, denominators.get(text(measurement.path("groupId"))),
                fitted("Dispersion of \"" + endpointName + "\"", dispersionType, 60), spread, lower, upper, note));
    }

    /** A posted figure: a number keeps its places; "NA" and other text become a note and are listed. */
    private ReportedDecimal figure(String label, String what, String posted, List<String> notes) {
        if (posted == null) {
            return null;
        }
        var number = decimal(posted);
        if (number.isPresent() && fits(number.get())) {
            return number.get();
        }
        notes.add(what + " " + posted);
        notMapped.add(new NotMapped(label + ": " + what + " \"" + posted + "\"", number.isPresent()
                ? "more than " + MAX_PLACES + " decimal places or too large for TrialLens's figures; kept as a note"
                : "not a number; kept as a note" + (what.equals("value") ? " and shown as not reported" : "")));
        return null;
    }

    private String unit(String paramType, String posted) {
        if ("COUNT_OF_PARTICIPANTS".equals(paramType)) {
            return AeResultPlan.UNIT;
        }
        if (posted == null) {
            return null;
        }
        if (PERCENT_UNITS.contains(StudyPlan.normalized(posted))) {
            return "%";
        }
        return posted.matches("[A-Za-z]+") ? posted.toLowerCase(Locale.ROOT) : posted;
    }

    static MeasureType measureType(String paramType, String unit) {
        if (paramType == null) {
            return MeasureType.OTHER;
        }
        return switch (paramType) {
            case "COUNT_OF_PARTICIPANTS" -> MeasureType.COUNT_OF_PARTICIPANTS;
            case "NUMBER" -> "%".equals(unit) ? MeasureType.PERCENT_OF_PARTICIPANTS : MeasureType.OTHER;
            case "MEDIAN" -> unit != null && TIME_UNITS.contains(unit) ? MeasureType.MEDIAN_TIME : MeasureType.OTHER;
            case "MEAN" -> MeasureType.MEAN;
            default -> MeasureType.OTHER;
        };
    }

    private static EndpointKind kind(String type) {
        if (type == null) {
            return EndpointKind.EXPLORATORY;
        }
        return switch (type) {
            case "PRIMARY" -> EndpointKind.PRIMARY;
            case "SECONDARY" -> EndpointKind.SECONDARY;
            default -> EndpointKind.EXPLORATORY;
        };
    }

    private String population(String description) {
        if (description == null) {
            return asPosted().key();
        }
        var population = new PopulationPlan(fitted("Population name", shortForm(firstSentence(description), 200), 200),
                fitted("Population description", description, 1000));
        populations.putIfAbsent(population.key(), population);
        return population.key();
    }

    // --- analyses ---

    private void analysis(String endpointKey, String endpointName, Map<String, String> groups, JsonNode analysis) {
        var paramType = text(analysis.path("paramType"));
        var label = endpointName + ": " + (paramType == null ? "analysis" : paramType);
        var groupIds = analysis.path("groupIds").values().stream().map(StudyMapper::text).toList();
        if (groupIds.size() != 2) {
            notMapped.add(new NotMapped(label + " over " + groupIds.size() + " groups",
                    "TrialLens compares two arms at a time"));
            return;
        }
        var first = groups.get(groupIds.get(0));
        var second = groups.get(groupIds.get(1));
        if (first == null || second == null) {
            notMapped.add(new NotMapped(label, "a group it compares is not an imported arm"));
            return;
        }
        if (arms.get(first).role() != ArmRole.EXPERIMENTAL && arms.get(second).role() == ArmRole.EXPERIMENTAL) {
            var swap = first;
            first = second;
            second = swap;
        }
        var statistic = statistic(paramType);
        var estimate = decimal(text(analysis.path("paramValue"))).filter(StudyMapper::fits);
        if (statistic == null || estimate.isEmpty()) {
            if (paramType != null || analysis.has("paramValue")) {
                notMapped.add(new NotMapped(label + " " + Optional.ofNullable(text(analysis.path("paramValue"))).orElse(""),
                        statistic == null ? "not one of hazard ratio, odds ratio, risk ratio, risk difference, mean difference; only its p-value is kept"
                                : "the estimate is not a number TrialLens can hold"));
            }
            statistic = null;
        }
        var level = decimal(text(analysis.path("ciPctValue")));
        var lower = decimal(text(analysis.path("ciLowerLimit"))).filter(StudyMapper::fits);
        var upper = decimal(text(analysis.path("ciUpperLimit"))).filter(StudyMapper::fits);
        var interval = statistic != null && level.isPresent() && lower.isPresent() && upper.isPresent()
                && level.get().value().signum() > 0 && level.get().value().compareTo(BigDecimal.valueOf(100)) < 0
                && lower.get().value().compareTo(upper.get().value()) <= 0;
        if (!interval && (analysis.has("ciLowerLimit") || analysis.has("ciUpperLimit"))) {
            notMapped.add(new NotMapped(label + " confidence interval " + text(analysis.path("ciLowerLimit")) + " to "
                    + text(analysis.path("ciUpperLimit")), "needs a level and two numeric limits with an estimate"));
        }
        var pText = fitted("p-value of " + label, text(analysis.path("pValue")), 40);
        var p = decimal(pText).filter(v -> v.places() <= MAX_P_PLACES && v.value().signum() >= 0
                && v.value().compareTo(BigDecimal.ONE) <= 0);
        if (p.isEmpty() && decimal(pText).isPresent()) {
            notMapped.add(new NotMapped("p-value of " + label + " \"" + pText + "\"",
                    "not between 0 and 1, or more than " + MAX_P_PLACES + " decimal places; not imported"));
            pText = null;
        }
        if (statistic == null && pText == null) {
            notMapped.add(new NotMapped(label, "neither an estimate TrialLens knows nor a p-value"));
            return;
        }
        var comparison = new ComparisonPlan(endpointKey, first, second,
                endpointName + " / " + arms.get(first).shortLabel() + " vs " + arms.get(second).shortLabel(),
                statistic, statistic == null ? null : estimate.get(), interval ? level.get() : null,
                interval ? lower.get() : null, interval ? upper.get() : null, text(analysis.path("ciNumSides")),
                p.orElse(null), pText, fitted("Estimate type of " + label, paramType, 100),
                fitted("Method of " + label, text(analysis.path("statisticalMethod")), 300),
                text(analysis.path("nonInferiorityType")));
        if (comparisons.putIfAbsent(comparison.key(), comparison) != null) {
            notMapped.add(new NotMapped(label + " (a further analysis)",
                    "the same estimate for the same two arms is already imported from this table; the first is kept"));
        }
    }

    /** "Hazard Ratio (HR)" or HAZARD_RATIO → HAZARD_RATIO; "Log Hazard Ratio", "Median Difference" ... → null. */
    static Statistic statistic(String paramType) {
        if (paramType == null) {
            return null;
        }
        var words = paramType.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", "_");
        if (words.startsWith("HAZARD_RATIO")) {
            return Statistic.HAZARD_RATIO;
        }
        if (words.startsWith("ODDS_RATIO")) {
            return Statistic.ODDS_RATIO;
        }
        if (words.startsWith("RISK_RATIO") || words.startsWith("RELATIVE_RISK")) {
            return Statistic.RISK_RATIO;
        }
        if (words.startsWith("RISK_DIFFERENCE")) {
            return Statistic.RISK_DIFFERENCE;
        }
        return words.startsWith("MEAN_DIFFERENCE") ? Statistic.MEAN_DIFFERENCE : null;
    }

    // --- adverse events ---

    private void adverseEvents(JsonNode module) {
        if (module.isMissingNode()) {
            return;
        }
        var description = java.util.stream.Stream.of(
                        Optional.ofNullable(text(module.path("timeFrame"))).map(t -> "Time frame: " + t).orElse(null),
                        text(module.path("description")))
                .filter(t -> t != null).collect(Collectors.joining(". "));
        var population = new PopulationPlan(AE_POPULATION, description.isEmpty() ? null
                : fitted("Adverse-event population description", description, 1000));
        populations.put(population.key(), population);
        var groups = groups(module.path("eventGroups"), "EG");
        total(module, groups, "SERIOUS", "Any serious adverse event", "serious");
        total(module, groups, "OTHER", "Any other (not serious) adverse event", "other");
        total(module, groups, null, "Deaths (all causes)", "deaths");
        events(module.path("seriousEvents"), groups, "SERIOUS");
        events(module.path("otherEvents"), groups, "OTHER");
    }

    private void total(JsonNode module, Map<String, String> groups, String seriousness, String name, String prefix) {
        var category = new AeCategoryPlan(seriousness, name, null);
        for (var group : module.path("eventGroups").values()) {
            var armKey = groups.get(text(group.path("id")));
            var affected = integer(group.path(prefix + "NumAffected"));
            if (armKey != null && (affected != null || group.has(prefix + "NumAtRisk"))) {
                aeCategories.putIfAbsent(category.key(), category);
                aeResults.add(AeResultPlan.counted(category.key(), armKey, category.label() + " / " + arms.get(armKey).shortLabel(),
                        affected, integer(group.path(prefix + "NumAtRisk")), null));
            }
        }
    }

    private void events(JsonNode events, Map<String, String> groups, String seriousness) {
        for (var event : events.values()) {
            var term = text(event.path("term"));
            if (term == null) {
                notMapped.add(new NotMapped("Adverse event without a term", "a category needs a name"));
                continue;
            }
            var category = new AeCategoryPlan(seriousness, fitted("Adverse-event term", term, 300),
                    fitted("Organ system", text(event.path("organSystem")), 200));
            if (aeCategories.putIfAbsent(category.key(), category) != null) {
                notMapped.add(new NotMapped(category.label() + " (listed again)", "kept once: the first listing's figures are imported"));
                continue;
            }
            for (var stat : event.path("stats").values()) {
                var armKey = groups.get(text(stat.path("groupId")));
                if (armKey != null) {
                    aeResults.add(AeResultPlan.counted(category.key(), armKey, category.label() + " / " + arms.get(armKey).shortLabel(),
                            integer(stat.path("numAffected")), integer(stat.path("numAtRisk")), integer(stat.path("numEvents"))));
                }
            }
        }
    }

    // --- values ---

    /** A value node as text: strings trimmed (blank is null), numbers written out in full. */
    static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.isIntegralNumber() ? node.asString() : node.decimalValue().toPlainString();
        }
        if (!node.isValueNode()) {
            return null;
        }
        var text = node.asString().trim();
        return text.isEmpty() ? null : text;
    }

    private static Integer integer(JsonNode node) {
        var text = text(node);
        return text != null && text.matches("\\d{1,9}") ? Integer.valueOf(text) : null;
    }

    static Optional<ReportedDecimal> decimal(String text) {
        return text != null && PLAIN_NUMBER.matcher(text).matches()
                ? Optional.of(ReportedDecimal.parse(text.startsWith("+") ? text.substring(1) : text))
                : Optional.empty();
    }

    private static boolean fits(ReportedDecimal figure) {
        return figure.places() <= MAX_PLACES && figure.value().abs().compareTo(MAX_FIGURE) < 0;
    }

    /** The text if it fits its column; otherwise cut, and the cut is listed. */
    private String fitted(String what, String text, int length) {
        if (text == null || text.length() <= length) {
            return text;
        }
        notMapped.add(new NotMapped(what, "longer than " + length + " characters; cut to fit"));
        return text.substring(0, length - 1) + "…";
    }

    /** Up to {@code length} characters, cut at a word with "…" when longer. */
    static String shortForm(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        var cut = text.substring(0, length - 1);
        var space = cut.lastIndexOf(' ');
        return (space > length / 2 ? cut.substring(0, space) : cut).strip() + "…";
    }

    private static String firstSentence(String text) {
        var end = text.indexOf(". ");
        return end > 0 ? text.substring(0, end) : text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    /** ACTIVE_COMPARATOR → "Active comparator". */
    static String sentence(String constant) {
        var words = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
