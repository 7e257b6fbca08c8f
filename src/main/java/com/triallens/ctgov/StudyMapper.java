package com.triallens.ctgov;

import com.triallens.base.domain.ArmRole;
import com.triallens.base.domain.ReportedDecimal;
import com.triallens.base.domain.Statistic;
import com.triallens.ctgov.ImportPreview.NotMapped;
import com.triallens.ctgov.StudyPlan.ArmGroupPlan;
import com.triallens.ctgov.StudyPlan.ArmPlan;
import com.triallens.ctgov.StudyPlan.EndpointPlan;
import com.triallens.ctgov.StudyPlan.InterventionPlan;
import com.triallens.ctgov.StudyPlan.PopulationPlan;
import com.triallens.ctgov.StudyPlan.ProtocolFacts;
import com.triallens.ctgov.StudyPlan.ProtocolPlan;
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

    private static final Pattern REGISTRY_DATE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");
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
        var registryProtocol = protocol(protocol, trial.registryId());
        var results = study.path("resultsSection");
        var registry = RegistryResultsMapper.map(results, armDescriptions(protocol.path("armsInterventionsModule")),
                notMapped);
        populations.put(asPosted().key(), asPosted());
        results.path("outcomeMeasuresModule").path("outcomeMeasures").values().forEach(this::outcomeMeasure);
        protocolOutcomes(protocol.path("outcomesModule"));
        return new StudyPlan(fileName, versionDate, trial, List.copyOf(arms.values()), List.copyOf(populations.values()),
                List.copyOf(endpoints.values()), List.copyOf(notMapped), registry, RegistryResultsMapper.digest(results),
                registryProtocol);
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
        Optional.ofNullable(text(info.path("observationalModel")))
                .map(m -> sentence(m).toLowerCase(Locale.ROOT) + " model").ifPresent(parts::add);
        Optional.ofNullable(text(info.path("timePerspective")))
                .map(t -> sentence(t).toLowerCase(Locale.ROOT)).ifPresent(parts::add);
        var text = String.join(", ", parts);
        var purpose = text(info.path("primaryPurpose"));
        if (purpose != null) {
            text += (text.isEmpty() ? "" : "; ") + "primary purpose: " + sentence(purpose).toLowerCase(Locale.ROOT);
        }
        text = text.isEmpty() ? "Not stated on ClinicalTrials.gov" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    /** The record's protocol as the registry lists it: facts, arm groups and interventions, codes as posted. */
    private ProtocolPlan protocol(JsonNode protocol, String nctId) {
        var status = protocol.path("statusModule");
        var design = protocol.path("designModule");
        var start = status.path("startDateStruct");
        var primaryCompletion = status.path("primaryCompletionDateStruct");
        var completion = status.path("completionDateStruct");
        var facts = new ProtocolFacts(nctId, fitted("Study type", text(design.path("studyType")), 40),
                fitted("Sponsor", text(protocol.path("sponsorCollaboratorsModule").path("leadSponsor").path("name")), 1000),
                date("Start date", start), dateType("Start date", start),
                date("Primary completion date", primaryCompletion), dateType("Primary completion date", primaryCompletion),
                date("Completion date", completion), dateType("Completion date", completion),
                fitted("Enrolment type", text(design.path("enrollmentInfo").path("type")), 20),
                fitted("Brief summary", text(protocol.path("descriptionModule").path("briefSummary")), 20000));
        var module = protocol.path("armsInterventionsModule");
        var groups = new LinkedHashMap<String, ArmGroupPlan>();
        for (var group : module.path("armGroups").values()) {
            var label = text(group.path("label"));
            if (label != null) {
                var plan = new ArmGroupPlan(fitted("Arm group label", label, 300),
                        fitted("Type of arm group \"" + label + "\"", text(group.path("type")), 40),
                        fitted("Description of arm group \"" + label + "\"", text(group.path("description")), 20000));
                groups.putIfAbsent(plan.key(), plan);
            }
        }
        var interventions = new LinkedHashMap<String, InterventionPlan>();
        for (var intervention : module.path("interventions").values()) {
            var name = text(intervention.path("name"));
            if (name == null) {
                notMapped.add(new NotMapped("Intervention without a name", "left out of the interventions"));
                continue;
            }
            var type = text(intervention.path("type"));
            var plan = new InterventionPlan(fitted("Intervention name", name, 300),
                    fitted("Type of intervention \"" + name + "\"", type, 40),
                    fitted("Description of intervention \"" + name + "\"", text(intervention.path("description")), 20000),
                    receivingGroups(intervention, name, module.path("armGroups")));
            interventions.putIfAbsent(plan.key(), plan);
        }
        return new ProtocolPlan(facts, List.copyOf(groups.values()), List.copyOf(interventions.values()));
    }

    /**
     * The arm groups that receive an intervention, in the order of armGroups[]: those its armGroupLabels name and
     * those whose interventionNames name it ("Drug: Remdesivir"); labels no arm group has come last.
     */
    private List<String> receivingGroups(JsonNode intervention, String name, JsonNode armGroups) {
        var named = new LinkedHashMap<String, String>();
        intervention.path("armGroupLabels").values().stream().map(StudyMapper::text).filter(l -> l != null)
                .forEach(l -> named.putIfAbsent(StudyPlan.normalized(l), l));
        var receiving = new LinkedHashMap<String, String>();
        for (var group : armGroups.values()) {
            var label = text(group.path("label"));
            if (label == null) {
                continue;
            }
            boolean namesIt = group.path("interventionNames").values().stream().map(StudyMapper::text)
                    .filter(n -> n != null)
                    .anyMatch(n -> StudyPlan.normalized(n.substring(n.indexOf(':') + 1)).equals(StudyPlan.normalized(name)));
            if (namesIt || named.containsKey(StudyPlan.normalized(label))) {
                receiving.putIfAbsent(StudyPlan.normalized(label), label);
            }
        }
        named.forEach(receiving::putIfAbsent);
        return receiving.values().stream().map(l -> fitted("Arm group label", l, 300)).toList();
    }

    private String date(String what, JsonNode struct) {
        var date = text(struct.path("date"));
        if (date != null && !REGISTRY_DATE.matcher(date).matches()) {
            notMapped.add(new NotMapped(what + " \"" + date + "\"", "not a date (YYYY-MM or YYYY-MM-DD); left out"));
            return null;
        }
        return date;
    }

    private String dateType(String what, JsonNode struct) {
        var date = text(struct.path("date"));
        return date == null || !REGISTRY_DATE.matcher(date).matches() ? null
                : fitted(what + " type", text(struct.path("type")), 20);
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
                    "kept as the registry lists it (name, type, description, arm groups), but ClinicalTrials.gov has "
                            + "no structured dose, route or schedule; enter dosing on the Curation page"));
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

    // --- outcome measures: their definitions (the figures are the registry results') ---

    private void outcomeMeasure(JsonNode measure) {
        var title = text(measure.path("title"));
        if (title == null) {
            return;
        }
        title = fitted("Outcome measure title", title, 300);
        var paramType = text(measure.path("paramType"));
        var unit = unit(paramType, text(measure.path("unitOfMeasure")));
        var populationKey = population(text(measure.path("populationDescription")));
        endpoint(new EndpointPlan(title, kind(text(measure.path("type"))), measureType(paramType, unit),
                paramType, fitted("Time frame of \"" + title + "\"", text(measure.path("timeFrame")), 1000),
                fitted("Description of \"" + title + "\"", text(measure.path("description")), 2000), populationKey));
    }

    private String unit(String paramType, String posted) {
        if ("COUNT_OF_PARTICIPANTS".equals(paramType)) {
            return "participants";
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
