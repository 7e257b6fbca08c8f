package com.triallens.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A trial's baseline characteristics as tables: the overall number of baseline participants, then per measure its
 * classes (as headers) and categories (nested), one column per baseline group ("Total" included when posted).
 * Every figure is the text the registry posted; a figure it does not give reads "Not posted".
 */
public record BaselineTable(List<GroupLabel> groups, String population, List<Line> overall, List<Measure> measures) {

    public static final String NOT_POSTED = "Not posted";

    public boolean isEmpty() {
        return overall.isEmpty() && measures.isEmpty();
    }

    /** Every measure's rows nested under a heading row of its own, for one grid that holds all measures. */
    public List<Line> allLines() {
        var lines = new ArrayList<Line>();
        for (var measure : measures) {
            lines.add(new Line(Kind.HEADING, 0, measure.heading(), Map.of()));
            measure.lines().forEach(l -> lines.add(new Line(l.kind(), l.level() + 1, l.label(), l.cells())));
        }
        return lines;
    }

    /** What a row is: a class heading (no figures), a number analysed, or figures. */
    public enum Kind { HEADING, ANALYSED, FIGURES }

    /** One row: its label, its depth under a class heading, and each group's figure as shown. */
    public record Line(Kind kind, int level, String label, Map<Long, String> cells) {

        /** The group's figure; a heading has none, a missing figure reads "Not posted". */
        public String cell(long groupId) {
            return kind == Kind.HEADING ? "" : cells.getOrDefault(groupId, NOT_POSTED);
        }
    }

    public record Measure(String title, String description, String population, String paramType,
                          String dispersionType, String unit, List<Line> lines) {

        /** "Age, Continuous — Mean (Standard Deviation), years": what the figures are, as the registry says. */
        public String heading() {
            var kind = term(paramType);
            var spread = term(dispersionType);
            var what = kind == null ? "" : kind + (spread == null ? "" : " (" + spread + ")");
            var unitText = unit == null || unit.isBlank() ? "" : unit.strip();
            var detail = what.isEmpty() ? unitText : unitText.isEmpty() ? what : what + ", " + unitText;
            return detail.isEmpty() ? title : title + " — " + detail;
        }
    }

    private static final Pattern CONSTANT = Pattern.compile("[A-Z0-9_]+");
    private static final Pattern CONFIDENCE = Pattern.compile("CONFIDENCE_(\\d+)");

    /** A registry constant in words ("STANDARD_DEVIATION" → "Standard Deviation"); free text as posted; "NA" none. */
    static String term(String posted) {
        if (posted == null || posted.isBlank() || posted.strip().equals("NA")) {
            return null;
        }
        var text = posted.strip();
        if (!CONSTANT.matcher(text).matches()) {
            return text;
        }
        var confidence = CONFIDENCE.matcher(text);
        if (confidence.matches()) {
            var level = confidence.group(1);
            return (level.length() > 2 ? level.substring(0, 2) + "." + level.substring(2) : level)
                    + "% Confidence Interval";
        }
        switch (text) {
            case "CONFIDENCE_OTHER":
                return "Confidence Interval";
            case "INTER_QUARTILE_RANGE":
                return "Inter-Quartile Range";
            case "GEOMETRIC_COEFFICIENT":
                return "Geometric Coefficient of Variation";
            default:
                break;
        }
        var words = new ArrayList<String>();
        for (var word : text.toLowerCase(Locale.ROOT).split("_")) {
            words.add(word.equals("of") || word.equals("and") || word.isEmpty() ? word
                    : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return String.join(" ", words);
    }

    // --- building the tables from the rows read ---

    /** A baseline figure as read: its measure, class, category and (unless none) group. */
    record Figure(long measureId, String measure, String description, String population, String paramType,
                  String dispersionType, String unit, Long classId, String classTitle, Long categoryId,
                  String categoryTitle, Long groupId, String value, String spread, String lower, String upper,
                  String comment) {
    }

    /** A number analysed as read: for the whole module (measure and class null), a measure, or a class. */
    record Denominator(long groupId, Long measureId, Long classId, String units, String count) {
    }

    static BaselineTable of(List<GroupLabel> groups, String population, List<Figure> figures,
                            List<Denominator> denominators) {
        var overall = analysedLines(denominators, null, null, Map.of(), 0, true);
        var overallCounts = counts(denominators, null, null);
        var measures = new ArrayList<Measure>();
        var byMeasure = new LinkedHashMap<Long, List<Figure>>();
        figures.forEach(f -> byMeasure.computeIfAbsent(f.measureId(), k -> new ArrayList<>()).add(f));
        byMeasure.forEach((measureId, rows) -> {
            var first = rows.getFirst();
            var lines = new ArrayList<>(analysedLines(denominators, measureId, null, overallCounts, 0, false));
            var byClass = new LinkedHashMap<Long, List<Figure>>();
            rows.stream().filter(f -> f.classId() != null)
                    .forEach(f -> byClass.computeIfAbsent(f.classId(), k -> new ArrayList<>()).add(f));
            byClass.forEach((classId, classRows) -> lines.addAll(classLines(classId, classRows, denominators,
                    overallCounts, first)));
            if (lines.isEmpty()) {
                return;
            }
            measures.add(new Measure(first.measure(), first.description(), first.population(), first.paramType(),
                    first.dispersionType(), first.unit(), List.copyOf(lines)));
        });
        return new BaselineTable(groups, population, overall, List.copyOf(measures));
    }

    /**
     * A class: under its title (a heading) its number analysed if that differs from the overall one, then each
     * category. A titled class of one untitled category is a single row of figures unless it has its own number
     * analysed.
     */
    private static List<Line> classLines(long classId, List<Figure> rows, List<Denominator> denominators,
                                         Map<String, Map<Long, String>> overallCounts, Figure measure) {
        var title = blankToNull(rows.getFirst().classTitle());
        var analysed = analysedLines(denominators, measure.measureId(), classId, overallCounts,
                title == null ? 0 : 1, false);
        var byCategory = new LinkedHashMap<Long, List<Figure>>();
        rows.stream().filter(f -> f.categoryId() != null)
                .forEach(f -> byCategory.computeIfAbsent(f.categoryId(), k -> new ArrayList<>()).add(f));
        var lines = new ArrayList<Line>();
        var single = byCategory.size() == 1 && blankToNull(byCategory.values().iterator().next().getFirst()
                .categoryTitle()) == null;
        if (title != null && single && analysed.isEmpty()) {
            lines.add(figures(title, 0, byCategory.values().iterator().next()));
            return lines;
        }
        if (title != null) {
            lines.add(new Line(Kind.HEADING, 0, title, Map.of()));
        }
        lines.addAll(analysed);
        var level = title == null ? 0 : 1;
        byCategory.values().forEach(category -> {
            var label = blankToNull(category.getFirst().categoryTitle());
            lines.add(figures(label != null ? label : valueLabel(measure), level, category));
        });
        return lines;
    }

    /** A row label for figures that the registry does not name: what they are ("Mean (Standard Deviation)"). */
    private static String valueLabel(Figure measure) {
        var kind = term(measure.paramType());
        var spread = term(measure.dispersionType());
        return kind == null ? "Value" : kind + (spread == null ? "" : " (" + spread + ")");
    }

    private static Line figures(String label, int level, List<Figure> category) {
        var cells = new LinkedHashMap<Long, String>();
        category.stream().filter(f -> f.groupId() != null).forEach(f -> cells.put(f.groupId(), display(f)));
        return new Line(Kind.FIGURES, level, label, Map.copyOf(cells));
    }

    /** "54.2 (9.10)", "37 (18 to 80)", "NA (not available) — too few participants"; the heading names the spread. */
    static String display(Figure f) {
        var value = f.value() == null ? NOT_POSTED : f.value().strip().equalsIgnoreCase("NA") ? "NA (not available)"
                : f.value().strip();
        if (f.spread() != null) {
            value += " (" + f.spread().strip() + ")";
        } else if (f.lower() != null || f.upper() != null) {
            value += " (" + orNotPosted(f.lower()) + " to " + orNotPosted(f.upper()) + ")";
        }
        return f.comment() == null || f.comment().isBlank() ? value : value + " — " + f.comment().strip();
    }

    /**
     * Rows of numbers analysed at one level (module, measure or class), one per unit counted. Below the module they
     * are kept only where some group's count differs from the overall one, as the registry shows them.
     */
    private static List<Line> analysedLines(List<Denominator> denominators, Long measureId, Long classId,
                                            Map<String, Map<Long, String>> overallCounts, int level, boolean overall) {
        var lines = new ArrayList<Line>();
        counts(denominators, measureId, classId).forEach((units, counts) -> {
            if (!overall && counts.equals(overallCounts.get(units))) {
                return;
            }
            var participants = isParticipants(units);
            var label = overall ? (participants ? "Overall number of baseline participants"
                    : "Overall number of baseline " + units.strip())
                    : participants ? "Number analysed" : "Number analysed (" + units.strip() + ")";
            var cells = new LinkedHashMap<Long, String>();
            counts.forEach((group, count) -> cells.put(group, count == null ? NOT_POSTED : PostedCount.of(count, units)));
            lines.add(new Line(Kind.ANALYSED, level, label, Map.copyOf(cells)));
        });
        return lines;
    }

    /** Counts by unit and group at one level, in the posted order. */
    private static Map<String, Map<Long, String>> counts(List<Denominator> denominators, Long measureId, Long classId) {
        var counts = new LinkedHashMap<String, Map<Long, String>>();
        denominators.stream()
                .filter(d -> Objects.equals(d.measureId(), measureId) && Objects.equals(d.classId(), classId))
                .forEach(d -> counts.computeIfAbsent(d.units() == null ? "Participants" : d.units(),
                        k -> new LinkedHashMap<>()).put(d.groupId(), d.count()));
        return counts;
    }

    private static boolean isParticipants(String units) {
        return units == null || units.strip().equalsIgnoreCase("participants");
    }

    private static String orNotPosted(String text) {
        return text == null ? "not posted" : text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
