package com.triallens.efficacy.ui;

import com.triallens.base.domain.ArmRole;
import com.triallens.base.domain.ComparisonFigure;
import com.triallens.base.domain.ReportedDecimal;
import com.triallens.base.domain.Statistic;
import com.triallens.base.ui.ArmCharts;
import com.triallens.base.ui.ChartGallery;
import com.triallens.base.domain.ShortLabels;
import com.triallens.base.ui.chart.ChartCard;
import com.triallens.base.ui.chart.Axis;
import com.triallens.base.ui.chart.ChartSpec;
import com.triallens.base.ui.chart.Datum;
import com.triallens.base.ui.chart.MarkLine;
import com.triallens.base.ui.chart.Series;
import com.triallens.efficacy.EfficacyRow;
import com.triallens.efficacy.EfficacyTable;
import com.triallens.trial.MeasureType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The Efficacy page's pictures, built from the same rows as its grid. */
public final class EfficacyCharts {

    static final int MOST_CHARTS = 2;
    static final int SHORT_NAME = 60;
    /** A row that is a time point and nothing else: "Week 4", "Day 10", "Baseline", "Month 6 (end of treatment)". */
    private static final java.util.regex.Pattern TIME_POINT = java.util.regex.Pattern.compile(
            "(?i)(baseline|(day|week|month|year|hour|visit|cycle)s?\\s*-?\\d+(\\.\\d+)?)(\\s*\\(.*\\))?");

    private EfficacyCharts() {
    }

    /** A category label that carries the p-value where the source gives one. */
    static String responseCategory(EfficacyRow row) {
        var name = shortName(row.endpoint().displayName());
        return row.comparison().flatMap(ComparisonFigure::pValueDisplay).map(p -> name + " (" + p + ")").orElse(name);
    }

    /**
     * Shares of participants per group, as bars: percentages as reported ("13.0 % of 46" where the number analysed
     * is posted), and a count of a known number of participants as its share.
     */
    public static ChartSpec responseRates(EfficacyTable table, String trial) {
        var all = table.rows().stream().filter(r -> r.endpoint().measureType() == MeasureType.PERCENT_OF_PARTICIPANTS
                || (r.endpoint().measureType() == MeasureType.COUNT_OF_PARTICIPANTS && !r.figures().isEmpty()
                    && r.figures().values().stream().allMatch(figure -> figure.counts().isPresent()))).toList();
        var rows = all.stream().limit(categoriesFor(table)).toList();
        return ChartSpec.of(table.arms().size() == 2 && all.stream().allMatch(r -> r.endpoint().name()
                        .toLowerCase(Locale.ROOT).matches(".*(response|benefit).*")) ? "Response rates" : "Shares of participants",
                "Share of participants per group for each measure posted as a percentage or count of participants, "
                        + "with the number analysed and the p-value where reported"
                        + (rows.size() < all.size() ? "; the first " + rows.size() + " of " + all.size()
                        + " such measures (all are in the table)" : "") + ".",
                trial + "-response-rates",
                Axis.category("Endpoint", rows.stream().map(EfficacyCharts::responseCategory).toList()),
                Axis.linear("% of participants").range(0.0, null),
                groupSeries(table, rows, EfficacyCharts::responseCategory, Series::bar));
    }

    public static ChartSpec medianSurvival(EfficacyTable table, String trial) {
        var rows = rows(table, MeasureType.MEDIAN_TIME);
        Function<EfficacyRow, String> category = row -> row.endpoint().displayName();
        return ChartSpec.of("Median survival",
                "Median progression-free and overall survival in months, per arm.",
                trial + "-median-survival",
                Axis.category("Endpoint", rows.stream().map(category).toList()),
                Axis.linear("Months").range(0.0, null),
                armSeries(table, rows, category));
    }

    /**
     * The charts the trial's measures allow, each only when it has something to draw: shares of participants as
     * bars, ratios on a log axis, differences on a linear one, measures over time points as lines, and means or
     * medians as points with their posted interval or spread. Nothing when no measure can be drawn truthfully.
     */
    public static Optional<ChartGallery> chartsFor(EfficacyTable table, String trial) {
        var specs = new ArrayList<ChartSpec>();
        var shares = responseRates(table, trial);
        if (!shares.x().categories().isEmpty()) {
            specs.add(shares);
        }
        if (!estimates(table, true).isEmpty()) {
            specs.add(forestPlot(table, trial));
        }
        specs.addAll(differences(table, trial));
        var overTime = timeCourses(table);
        overTime.stream().limit(MOST_CHARTS).forEach(measure -> specs.add(timeCourse(table, measure, trial)));
        specs.addAll(groupEstimates(table, trial, overTime.stream().map(r -> r.measure().id()).toList()));
        return specs.isEmpty() ? Optional.empty()
                : Optional.of(new ChartGallery(specs.stream().map(ChartCard::new).toArray(ChartCard[]::new)));
    }

    /** Means, medians and other central estimates per group as points with their range, per kind and unit. */
    static List<ChartSpec> groupEstimates(EfficacyTable table, String trial, List<Long> drawnOverTime) {
        var byKind = new LinkedHashMap<String, List<EfficacyRow>>();
        table.rows().stream().filter(r -> isCentral(r.measure().paramType()) && !drawnOverTime.contains(r.measure().id())
                        && r.figures().values().stream().anyMatch(f -> f.value() != null))
                .forEach(r -> byKind.computeIfAbsent(r.measure().describe(), k -> new ArrayList<>()).add(r));
        var charts = new ArrayList<ChartSpec>();
        int index = 0;
        for (var entry : byKind.entrySet()) {
            if (charts.size() == MOST_CHARTS) {
                break;
            }
            var rows = entry.getValue();
            var shown = rows.stream().limit(categoriesFor(table)).toList();
            var measure = shown.getFirst().measure();
            var unit = measure.unit() == null || measure.unit().isBlank() ? "Value" : capitalised(measure.unit());
            var param = measure.paramType() == null ? "Estimates" : capitalised(measure.describe().split(" \\(|,")[0]);
            Function<EfficacyRow, String> category = row -> shortName(row.endpoint().displayName());
            // Without a posted interval or spread a point says no more than a bar, and a bar is easier to compare.
            var withIntervals = shown.stream().anyMatch(r -> !r.intervals().isEmpty());
            var survival = shown.stream().allMatch(r -> r.endpoint().measureType() == MeasureType.MEDIAN_TIME
                    && r.endpoint().name().toLowerCase(Locale.ROOT).contains("survival"));
            charts.add(ChartSpec.of(survival ? "Median survival" : param + " per group"
                            + (unit.equals("Value") ? "" : " (" + measure.unit().strip() + ")"),
                    (withIntervals ? "Points: " : "Bars: ") + entry.getKey() + " per group for each measure"
                            + (measure.dispersionType() == null ? "" : "; the whiskers are the posted "
                            + measure.dispersionType().toLowerCase(Locale.ROOT) + " where given")
                            + (shown.size() < rows.size() ? "; the first " + shown.size() + " of " + rows.size()
                            + " measures of this kind (all are in the table)" : "") + ".",
                    trial + "-estimates-" + (++index),
                    Axis.category("Measure", shown.stream().map(category).distinct().toList()),
                    Axis.linear(unit),
                    groupSeries(table, shown, category, withIntervals ? Series::points : Series::bar)));
        }
        return charts;
    }

    /** Measures whose rows are three or more time points with numbers: drawn as lines over time. */
    static List<EfficacyRow> timeCourses(EfficacyTable table) {
        return table.measures().stream().filter(m -> {
            var parts = table.parts(m);
            return parts.size() >= 3 && parts.stream().allMatch(p -> TIME_POINT.matcher(p.part().strip()).matches())
                    && (isCentral(m.measure().paramType()) || "NUMBER".equalsIgnoreCase(m.measure().paramType()))
                    && parts.stream().allMatch(p -> p.figures().values().stream().anyMatch(f -> f.value() != null));
        }).toList();
    }

    static ChartSpec timeCourse(EfficacyTable table, EfficacyRow measure, String trial) {
        var parts = table.parts(measure);
        var unit = measure.measure().unit() == null ? "Value" : capitalised(measure.measure().unit());
        return ChartSpec.of(shortName(measure.endpoint().displayName()),
                "Lines: " + measure.measure().describe() + " per group at each time point"
                        + (measure.measure().dispersionType() == null ? "" : ", with the posted "
                        + measure.measure().dispersionType().toLowerCase(Locale.ROOT) + " where given") + ".",
                trial + "-over-time-" + Math.abs(measure.id()),
                Axis.category("Time point", parts.stream().map(EfficacyRow::part).toList()),
                Axis.linear(unit),
                groupSeries(table, parts, EfficacyRow::part, Series::line));
    }

    /** One series per group that reports in the rows, with each figure's interval where it has one. */
    private static List<Series> groupSeries(EfficacyTable table, List<EfficacyRow> rows,
                                            Function<EfficacyRow, String> category,
                                            java.util.function.BiFunction<String, List<Datum>, Series> kind) {
        var labels = ShortLabels.of(table.arms().stream().map(a -> a.label()).toList());
        var series = new ArrayList<Series>();
        for (int i = 0; i < table.arms().size(); i++) {
            var group = table.arms().get(i).id();
            if (rows.stream().noneMatch(r -> r.figures().containsKey(group))) {
                continue;
            }
            series.add(kind.apply(labels.get(i), rows.stream().map(row -> {
                var figure = row.figure(group);
                var interval = row.intervals().get(group);
                if (figure.value() != null && figure.counts().isEmpty() && figure.participants() != null
                        && figure.unit() != null && figure.unit().strip().toLowerCase(Locale.ROOT)
                        .matches("%|percentage.*") && interval == null) {
                    return Datum.of(category.apply(row), figure.value().value().doubleValue(),
                            figure.display() + " of " + figure.participants());
                }
                return figure.value() == null || interval == null ? ArmCharts.datum(category.apply(row), figure)
                        : Datum.withInterval(category.apply(row), figure.value().value().doubleValue(), interval.low(),
                        interval.high(), figure.display());
            }).toList()).labelled(rows.size() * table.arms().size() <= 12));
        }
        return series;
    }

    private static boolean isCentral(String paramType) {
        var param = paramType == null ? "" : paramType.toUpperCase(Locale.ROOT);
        return param.contains("MEAN") || param.contains("MEDIAN");
    }

    /** Categories per chart: fewer when each carries many groups, so bars and points stay readable. */
    private static int categoriesFor(EfficacyTable table) {
        return Math.max(3, 24 / Math.max(1, table.arms().size()));
    }

    private static String capitalised(String text) {
        var t = text.strip();
        return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    /** An analysis to draw: the measure it is of, what it compares, and its figure. */
    record Estimate(String category, ComparisonFigure figure, double value, String unit) {
    }

    /**
     * Each ratio (hazard, odds, risk or any parameter named a ratio) with its interval at its own confidence level,
     * on a log axis around 1.
     */
    public static ChartSpec forestPlot(EfficacyTable table, String trial) {
        var estimates = estimates(table, true);
        var onlyHazards = estimates.stream().allMatch(e -> e.figure().statistic() == Statistic.HAZARD_RATIO);
        var data = estimates.stream().map(e -> Datum.withInterval(e.category(), e.value(), number(e.figure().ciLower()),
                number(e.figure().ciUpper()), e.figure().display())).toList();
        var experimental = table.arms().stream().filter(a -> a.role() == ArmRole.EXPERIMENTAL).findFirst()
                .or(() -> table.arms().stream().findFirst());
        // With more than two groups each comparison names its own pair, first against second.
        var twoGroups = table.arms().size() == 2;
        var favoursLeft = twoGroups ? experimental.map(a -> a.label().toLowerCase()).orElse("the experimental arm")
                : "the first group named";
        var favoursRight = twoGroups ? table.arms().stream().filter(a -> experimental.filter(a::equals).isEmpty())
                .findFirst().map(a -> a.label().toLowerCase()).orElse("the comparator") : "the second";
        var name = onlyHazards ? "Hazard ratio" : "Ratio";
        var sides = onlyHazards ? MarkLine.at(1, "HR = 1").sides("favours " + favoursLeft, "favours " + favoursRight)
                : MarkLine.at(1, "Ratio = 1");
        var low = estimates.stream().mapToDouble(e -> number(e.figure().ciLower())).min().orElse(1);
        var high = estimates.stream().mapToDouble(e -> number(e.figure().ciUpper())).max().orElse(1);
        return ChartSpec.of(onlyHazards ? "Hazard ratios" : "Ratios between groups",
                "Forest plot on a logarithmic axis: each " + name.toLowerCase() + " with its confidence interval at "
                        + "the level the source reports" + (onlyHazards ? "; left of 1 favours " + favoursLeft
                        + ", right of 1 favours " + favoursRight + "." : "; 1 means no difference. Which side "
                        + "favours which group depends on the measure: see each analysis in the table."),
                trial + "-forest-plot",
                Axis.log(name + " (log scale)").range(Math.min(0.25, powerOfTwoBelow(low)),
                        Math.max(4.0, 1 / powerOfTwoBelow(1 / high))),
                Axis.category("Analysis", estimates.stream().map(Estimate::category).toList()),
                List.of(Series.points(name, data).labelled(true)))
                .withMarkLines(sides);
    }

    /**
     * Differences between groups (of means, percentages, risks) with their intervals on a linear axis around 0,
     * one chart per unit of measure so that no axis mixes units; at most {@value #MOST_CHARTS}.
     */
    static List<ChartSpec> differences(EfficacyTable table, String trial) {
        var byUnit = new LinkedHashMap<String, List<Estimate>>();
        estimates(table, false).forEach(e -> byUnit.computeIfAbsent(e.unit(), u -> new ArrayList<>()).add(e));
        return byUnit.entrySet().stream().limit(MOST_CHARTS).map(entry -> {
            var unit = entry.getKey();
            var data = entry.getValue().stream().map(e -> Datum.withInterval(e.category(), e.value(),
                    number(e.figure().ciLower()), number(e.figure().ciUpper()), e.figure().display())).toList();
            var suffix = unit.isEmpty() ? "" : " (" + unit + ")";
            return ChartSpec.of("Differences between groups" + suffix,
                    "Forest plot on a linear axis: each difference between groups as posted, with its confidence "
                            + "interval at the level the source reports; 0 means no difference." + (unit.isEmpty()
                            ? "" : " Unit of the measures: " + unit + "."),
                    trial + "-differences" + (byUnit.size() > 1 ? "-" + (List.copyOf(byUnit.keySet()).indexOf(unit) + 1) : ""),
                    Axis.linear("Difference" + suffix),
                    Axis.category("Analysis", entry.getValue().stream().map(Estimate::category).toList()),
                    List.of(Series.points("Difference", data).labelled(true)))
                    .withMarkLines(MarkLine.at(0, "No difference"));
        }).toList();
    }

    /** Analyses with a number and a two-limit interval: ratios ({@code ratios}) or differences. */
    private static List<Estimate> estimates(EfficacyTable table, boolean ratios) {
        var estimates = new ArrayList<Estimate>();
        for (var row : table.measures()) {
            for (var compared : row.comparisons()) {
                var figure = compared.figure();
                var value = figure.hasEstimate() ? figure.estimate().value()
                        : figure.parameterValue() == null || !figure.parameterValue().strip().matches("[-+]?\\d+(\\.\\d+)?")
                        ? null : new java.math.BigDecimal(figure.parameterValue().strip());
                if (value == null || !figure.hasInterval() || isRatio(figure) != ratios
                        || (!ratios && !isDifference(figure))
                        || (ratios && (value.signum() <= 0 || figure.ciLower().value().signum() <= 0))) {
                    continue;
                }
                var category = shortName(row.endpoint().displayName())
                        + (compared.groups().isEmpty() ? "" : " · " + compared.groups());
                estimates.add(new Estimate(unique(category, estimates), figure, value.doubleValue(),
                        row.measure().unit() == null ? "" : row.measure().unit().strip()));
            }
        }
        return estimates;
    }

    private static boolean isRatio(ComparisonFigure figure) {
        return figure.statistic() == Statistic.HAZARD_RATIO || figure.statistic() == Statistic.ODDS_RATIO
                || figure.statistic() == Statistic.RISK_RATIO
                || (figure.parameter() != null && figure.parameter().toLowerCase(Locale.ROOT).contains("ratio"));
    }

    private static boolean isDifference(ComparisonFigure figure) {
        return figure.statistic() == Statistic.MEAN_DIFFERENCE || figure.statistic() == Statistic.RISK_DIFFERENCE
                || (figure.parameter() != null && figure.parameter().toLowerCase(Locale.ROOT).contains("difference"));
    }

    private static String unique(String category, List<Estimate> earlier) {
        var taken = earlier.stream().map(Estimate::category).toList();
        var candidate = category;
        for (int i = 2; taken.contains(candidate); i++) {
            candidate = category + " (" + i + ")";
        }
        return candidate;
    }

    /** A measure's name cut after a whole word, so that an axis label stays within two or three lines. */
    static String shortName(String name) {
        if (name.length() <= SHORT_NAME) {
            return name;
        }
        var end = name.lastIndexOf(' ', SHORT_NAME - 1);
        return (end < SHORT_NAME / 2 ? name.substring(0, SHORT_NAME - 1) : name.substring(0, end)).strip() + "…";
    }

    private static double powerOfTwoBelow(double value) {
        return Math.pow(2, Math.floor(Math.log(value) / Math.log(2)));
    }

    private static List<EfficacyRow> rows(EfficacyTable table, MeasureType type) {
        return table.rows().stream().filter(r -> r.endpoint().measureType() == type).toList();
    }

    private static List<Series> armSeries(EfficacyTable table, List<EfficacyRow> rows,
                                          Function<EfficacyRow, String> category) {
        var drawn = table.arms().stream()
                .filter(arm -> rows.stream().anyMatch(row -> row.figures().containsKey(arm.id()))).toList();
        return ArmCharts.perArm(drawn, rows, category, Series::bar);
    }

    private static double number(ReportedDecimal decimal) {
        return decimal.value().doubleValue();
    }
}
