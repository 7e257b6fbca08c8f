package com.triallens.ctgov;

import com.triallens.ctgov.ImportPreview.NotMapped;
import com.triallens.results.RegistryResults;
import com.triallens.results.RegistryResults.Analysis;
import com.triallens.results.RegistryResults.Category;
import com.triallens.results.RegistryResults.Count;
import com.triallens.results.RegistryResults.Event;
import com.triallens.results.RegistryResults.EventStat;
import com.triallens.results.RegistryResults.EventTotals;
import com.triallens.results.RegistryResults.FlowCount;
import com.triallens.results.RegistryResults.FlowStep;
import com.triallens.results.RegistryResults.Group;
import com.triallens.results.RegistryResults.Measure;
import com.triallens.results.RegistryResults.MeasureClass;
import com.triallens.results.RegistryResults.Measurement;
import com.triallens.results.RegistryResults.Module;
import com.triallens.results.RegistryResults.Period;
import tools.jackson.databind.JsonNode;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps a record's results section onto {@link RegistryResults}, keeping every figure as posted under its own
 * reporting group. A figure is left out only when it cannot be stored as posted (text longer than its
 * column), and then it is listed with that reason. Groups are linked to an arm when their titles, compared
 * without case, spaces and punctuation (and without a trailing "(...)"), or their descriptions agree.
 */
final class RegistryResultsMapper {

    /** Caps that keep a record within what the pages can show; a record beyond them is refused. */
    static final int MAX_GROUPS_PER_MODULE = 200;
    static final int MAX_MEASURES = 1_000;
    static final int MAX_EVENT_TERMS = 5_000;
    static final int MAX_FIGURES = 300_000;

    private static final int FIGURE_LENGTH = 200;
    private static final int TITLE_LENGTH = 1000;
    private static final int LONG_TITLE_LENGTH = 2000;
    private static final int TEXT_LENGTH = 20_000;

    private final List<NotMapped> notMapped;
    private final Map<String, String> armsByKey = new HashMap<>();
    private final List<Group> groups = new ArrayList<>();
    /** Outcome groups by title: each measure lists its own, and the same group recurs across measures. */
    private final Map<String, List<Integer>> outcomeGroups = new HashMap<>();
    private int figures;

    private RegistryResultsMapper(List<NotMapped> notMapped, Map<String, String> armDescriptions) {
        this.notMapped = notMapped;
        armDescriptions.forEach((label, description) -> {
            armsByKey.putIfAbsent(normalised(label), label);
            if (description != null && !description.isBlank()) {
                armsByKey.putIfAbsent("description:" + normalised(description), label);
            }
        });
    }

    /**
     * @param armDescriptions the record's arm labels with their descriptions, for proposing links
     * @param notMapped       where items that cannot be kept as posted are listed
     */
    static RegistryResults map(JsonNode results, Map<String, String> armDescriptions, List<NotMapped> notMapped) {
        if (results.isMissingNode() || results.isNull() || results.isEmpty()) {
            return RegistryResults.NONE;
        }
        return new RegistryResultsMapper(notMapped, armDescriptions).map(results);
    }

    private RegistryResults map(JsonNode results) {
        var flowModule = results.path("participantFlowModule");
        var flow = flowModule.isMissingNode() ? null : flow(flowModule);
        var baselineModule = results.path("baselineCharacteristicsModule");
        var baseline = baselineModule.isMissingNode() ? null : baseline(baselineModule);
        var measures = results.path("outcomeMeasuresModule").path("outcomeMeasures");
        refuseBeyond(measures.size() + baselineModule.path("measures").size(), MAX_MEASURES, "outcome and baseline measures");
        var outcomes = new ArrayList<Measure>();
        measures.values().forEach(m -> outcomes.add(measure(m, Module.OUTCOME, localGroups(Module.OUTCOME, m.path("groups")))));
        var eventsModule = results.path("adverseEventsModule");
        var events = eventsModule.isMissingNode() ? null : events(eventsModule);
        refuseBeyond(figures, MAX_FIGURES, "figures");
        return new RegistryResults(List.copyOf(groups), flow, baseline, List.copyOf(outcomes), events);
    }

    static void refuseBeyond(int count, int cap, String what) {
        if (count > cap) {
            throw new ImportRefusedException("This record has " + String.format(Locale.ROOT, "%,d", count) + " " + what
                    + "; TrialLens takes at most " + String.format(Locale.ROOT, "%,d", cap) + " in one trial. "
                    + "Nothing was imported.");
        }
    }

    /** A digest of the results section as posted: a re-import with the same digest changes nothing. */
    static String digest(JsonNode results) {
        return digest(results.toString());
    }

    /** The SHA-256 of a text, in hex. */
    static String digest(String text) {
        try {
            var hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- groups ---

    /** The module's (or one measure's) groups: their registry ids mapped to indexes in {@link #groups}. */
    private Map<String, Integer> localGroups(Module module, JsonNode list) {
        refuseBeyond(list.size(), MAX_GROUPS_PER_MODULE, "reporting groups in one " + module.name().toLowerCase(Locale.ROOT)
                + " table");
        var local = new LinkedHashMap<String, Integer>();
        for (var node : list.values()) {
            var code = text(node.path("id"));
            var title = fitted("Group " + code + " title", text(node.path("title")), TITLE_LENGTH);
            var description = fitted("Group " + code + " description", text(node.path("description")), TEXT_LENGTH);
            var shownTitle = title == null ? code : title;
            if (module == Module.OUTCOME) {
                local.put(code, outcomeGroup(code, shownTitle, description, local));
            } else {
                groups.add(new Group(module, code, shownTitle, description, arm(shownTitle, description)));
                local.put(code, groups.size() - 1);
            }
        }
        return local;
    }

    /**
     * One group for the same title in several measures, unless their descriptions differ (a measure that
     * gives no description agrees with any). Two groups of one measure are never one.
     */
    private int outcomeGroup(String code, String title, String description, Map<String, Integer> measureGroups) {
        var sameTitle = outcomeGroups.computeIfAbsent(title, key -> new ArrayList<>());
        for (int index : sameTitle) {
            var known = groups.get(index);
            if (measureGroups.containsValue(index)) {
                continue;
            }
            if (description == null || known.description() == null || known.description().equals(description)) {
                if (known.description() == null && description != null) {
                    groups.set(index, new Group(known.module(), known.code(), title, description, known.arm()));
                }
                return index;
            }
        }
        groups.add(new Group(Module.OUTCOME, code, title, description, arm(title, description)));
        sameTitle.add(groups.size() - 1);
        return groups.size() - 1;
    }

    private String arm(String title, String description) {
        var key = normalised(title);
        var arm = armsByKey.get(key);
        if (arm == null) {
            arm = armsByKey.get(normalised(title.replaceFirst("\\s*\\([^()]*\\)\\s*$", "")));
        }
        if (arm == null && description != null) {
            arm = armsByKey.get("description:" + normalised(description));
        }
        return arm;
    }

    /** Lower case, letters and digits only, accents removed: "RDV,Cohort 5." and "RDV, Cohort 5" agree. */
    static String normalised(String text) {
        var plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private Integer group(Map<String, Integer> local, String code, String where) {
        var index = local.get(code);
        if (index == null) {
            notMapped.add(new NotMapped(where, "it names group " + code + ", which its table does not list"));
        }
        return index;
    }

    // --- measures (outcome and baseline) ---

    private Measure measure(JsonNode node, Module module, Map<String, Integer> local) {
        var title = fitted("Measure title", text(node.path("title")), LONG_TITLE_LENGTH);
        var where = (module == Module.OUTCOME ? "Outcome measure \"" : "Baseline measure \"") + title + "\"";
        var classes = new ArrayList<MeasureClass>();
        for (var classNode : node.path("classes").values()) {
            var classTitle = fitted(where + " class title", text(classNode.path("title")), LONG_TITLE_LENGTH);
            var categories = new ArrayList<Category>();
            for (var categoryNode : classNode.path("categories").values()) {
                var categoryTitle = fitted(where + " category title", text(categoryNode.path("title")), LONG_TITLE_LENGTH);
                var measurements = new ArrayList<Measurement>();
                for (var m : categoryNode.path("measurements").values()) {
                    var cell = where + (classTitle == null ? "" : " / " + classTitle)
                            + (categoryTitle == null ? "" : " / " + categoryTitle) + " / " + text(m.path("groupId"));
                    var group = group(local, text(m.path("groupId")), cell);
                    if (group != null) {
                        measurements.add(new Measurement(group, figure(cell, "value", m), figure(cell, "spread", m),
                                figure(cell, "lowerLimit", m), figure(cell, "upperLimit", m),
                                fitted(cell + " comment", text(m.path("comment")), TEXT_LENGTH)));
                        figures++;
                    }
                }
                categories.add(new Category(categoryTitle, List.copyOf(measurements)));
            }
            classes.add(new MeasureClass(classTitle, counts(classNode.path("denoms"), local, where + " / " + classTitle),
                    List.copyOf(categories)));
        }
        var analyses = new ArrayList<Analysis>();
        for (var a : node.path("analyses").values()) {
            analyses.add(analysis(a, local, where));
        }
        return new Measure(text(node.path("type")), title == null ? "Untitled measure" : title,
                fitted(where + " description", text(node.path("description")), TEXT_LENGTH),
                fitted(where + " population", text(node.path("populationDescription")), TEXT_LENGTH),
                text(node.path("reportingStatus")), text(node.path("paramType")),
                fitted(where + " dispersion", text(node.path("dispersionType")), FIGURE_LENGTH),
                fitted(where + " unit", text(node.path("unitOfMeasure")), TITLE_LENGTH),
                fitted(where + " time frame", text(node.path("timeFrame")), TEXT_LENGTH),
                counts(node.path("denoms"), local, where), List.copyOf(classes), List.copyOf(analyses));
    }

    private List<Count> counts(JsonNode denoms, Map<String, Integer> local, String where) {
        var counts = new ArrayList<Count>();
        for (var denom : denoms.values()) {
            var units = text(denom.path("units"));
            for (var count : denom.path("counts").values()) {
                var group = group(local, text(count.path("groupId")), where + " number analysed");
                if (group != null) {
                    counts.add(new Count(group, units, figure(where + " number analysed", "value", count)));
                    figures++;
                }
            }
        }
        return List.copyOf(counts);
    }

    private Analysis analysis(JsonNode a, Map<String, Integer> local, String where) {
        var at = where + " analysis";
        var groupIndexes = new ArrayList<Integer>();
        for (var id : a.path("groupIds").values()) {
            var group = group(local, text(id), at);
            if (group != null) {
                groupIndexes.add(group);
            }
        }
        figures++;
        return new Analysis(List.copyOf(groupIndexes), fitted(at, text(a.path("groupDescription")), TEXT_LENGTH),
                text(a.path("nonInferiorityType")), fitted(at, text(a.path("nonInferiorityComment")), TEXT_LENGTH),
                fitted(at + " parameter", text(a.path("paramType")), TITLE_LENGTH), figure(at, "paramValue", a),
                figure(at, "ciPctValue", a), text(a.path("ciNumSides")), figure(at, "ciLowerLimit", a),
                figure(at, "ciUpperLimit", a), fitted(at, text(a.path("ciLowerLimitComment")), TEXT_LENGTH),
                fitted(at, text(a.path("ciUpperLimitComment")), TEXT_LENGTH),
                fitted(at, text(a.path("dispersionType")), FIGURE_LENGTH), figure(at, "dispersionValue", a),
                figure(at, "pValue", a), fitted(at, text(a.path("pValueComment")), TEXT_LENGTH),
                fitted(at + " method", text(a.path("statisticalMethod")), LONG_TITLE_LENGTH),
                fitted(at, text(a.path("statisticalComment")), TEXT_LENGTH),
                fitted(at, text(a.path("estimateComment")), TEXT_LENGTH));
    }

    // --- baseline, flow, adverse events ---

    private RegistryResults.Baseline baseline(JsonNode module) {
        var local = localGroups(Module.BASELINE, module.path("groups"));
        var measures = new ArrayList<Measure>();
        module.path("measures").values().forEach(m -> measures.add(measure(m, Module.BASELINE, local)));
        return new RegistryResults.Baseline(fitted("Baseline population", text(module.path("populationDescription")), TEXT_LENGTH),
                fitted("Baseline units", text(module.path("typeUnitsAnalyzed")), FIGURE_LENGTH),
                counts(module.path("denoms"), local, "Baseline"), List.copyOf(measures));
    }

    private RegistryResults.Flow flow(JsonNode module) {
        var local = localGroups(Module.FLOW, module.path("groups"));
        var periods = new ArrayList<Period>();
        for (var period : module.path("periods").values()) {
            var title = fitted("Flow period title", text(period.path("title")), LONG_TITLE_LENGTH);
            var steps = new ArrayList<FlowStep>();
            for (var milestone : period.path("milestones").values()) {
                steps.add(step(false, milestone, milestone.path("achievements"), local, title));
            }
            for (var drop : period.path("dropWithdraws").values()) {
                steps.add(step(true, drop, drop.path("reasons"), local, title));
            }
            periods.add(new Period(title, List.copyOf(steps)));
        }
        return new RegistryResults.Flow(fitted("Recruitment details", text(module.path("recruitmentDetails")), TEXT_LENGTH),
                fitted("Pre-assignment details", text(module.path("preAssignmentDetails")), TEXT_LENGTH),
                fitted("Flow units", text(module.path("typeUnitsAnalyzed")), FIGURE_LENGTH), List.copyOf(periods));
    }

    private FlowStep step(boolean dropWithdraw, JsonNode node, JsonNode counts, Map<String, Integer> local, String period) {
        var type = fitted("Flow step", text(node.path("type")), LONG_TITLE_LENGTH);
        var where = "Participant flow / " + period + " / " + type;
        var flowCounts = new ArrayList<FlowCount>();
        for (var count : counts.values()) {
            var group = group(local, text(count.path("groupId")), where);
            if (group != null) {
                flowCounts.add(new FlowCount(group, figure(where, "numSubjects", count), figure(where, "numUnits", count),
                        fitted(where + " comment", text(count.path("comment")), TEXT_LENGTH)));
                figures++;
            }
        }
        return new FlowStep(dropWithdraw, type, fitted(where + " comment", text(node.path("comment")), TEXT_LENGTH),
                List.copyOf(flowCounts));
    }

    private RegistryResults.Events events(JsonNode module) {
        var local = localGroups(Module.EVENTS, module.path("eventGroups"));
        var totals = new ArrayList<EventTotals>();
        for (var group : module.path("eventGroups").values()) {
            var where = "Adverse-event totals / " + text(group.path("title"));
            totals.add(new EventTotals(local.get(text(group.path("id"))), count(where, "deathsNumAffected", group),
                    count(where, "deathsNumAtRisk", group), count(where, "seriousNumAffected", group),
                    count(where, "seriousNumAtRisk", group), count(where, "otherNumAffected", group),
                    count(where, "otherNumAtRisk", group)));
            figures += 6;
        }
        var serious = module.path("seriousEvents");
        var other = module.path("otherEvents");
        refuseBeyond(serious.size() + other.size(), MAX_EVENT_TERMS, "adverse-event terms");
        var events = new ArrayList<Event>();
        serious.values().forEach(e -> events.add(event(true, e, local)));
        other.values().forEach(e -> events.add(event(false, e, local)));
        return new RegistryResults.Events(fitted("Frequency threshold", text(module.path("frequencyThreshold")), 40),
                fitted("Adverse-event time frame", text(module.path("timeFrame")), TEXT_LENGTH),
                fitted("Adverse-event description", text(module.path("description")), TEXT_LENGTH),
                fitted("All-cause mortality comment", text(module.path("allCauseMortalityComment")), TEXT_LENGTH),
                List.copyOf(totals), List.copyOf(events));
    }

    private Event event(boolean serious, JsonNode node, Map<String, Integer> local) {
        var term = fitted("Adverse-event term", text(node.path("term")), LONG_TITLE_LENGTH);
        var where = (serious ? "Serious" : "Other") + " adverse event \"" + term + "\"";
        var stats = new ArrayList<EventStat>();
        for (var stat : node.path("stats").values()) {
            var group = group(local, text(stat.path("groupId")), where);
            if (group != null) {
                stats.add(new EventStat(group, count(where, "numEvents", stat), count(where, "numAffected", stat),
                        count(where, "numAtRisk", stat)));
                figures += 3;
            }
        }
        return new Event(serious, term == null ? "Unnamed term" : term,
                fitted(where + " organ system", text(node.path("organSystem")), LONG_TITLE_LENGTH),
                fitted(where + " vocabulary", text(node.path("sourceVocabulary")), FIGURE_LENGTH),
                text(node.path("assessmentType")), fitted(where + " notes", text(node.path("notes")), TEXT_LENGTH),
                List.copyOf(stats));
    }

    // --- values ---

    /** A figure as posted (text); one too long to keep as posted is listed instead of cut. */
    private String figure(String where, String field, JsonNode node) {
        var value = text(node.path(field));
        if (value != null && value.length() > FIGURE_LENGTH) {
            notMapped.add(new NotMapped(where + " " + field, "the posted text is " + value.length()
                    + " characters long; a figure holds at most " + FIGURE_LENGTH));
            return null;
        }
        return value;
    }

    /** A count (adverse events are posted as JSON numbers): a whole number from 0 up, or listed as not imported. */
    private Integer count(String where, String field, JsonNode node) {
        var value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToInt() && value.intValue() >= 0) {
            return value.intValue();
        }
        notMapped.add(new NotMapped(where + " " + field, "\"" + value.asString() + "\" is not a count of participants or events"));
        return null;
    }

    private String fitted(String what, String text, int length) {
        if (text == null || text.length() <= length) {
            return text;
        }
        notMapped.add(new NotMapped(what, "the text is " + text.length() + " characters long; the first " + length
                + " are kept"));
        return text.substring(0, length);
    }

    private static String text(JsonNode node) {
        return StudyMapper.text(node);
    }
}
