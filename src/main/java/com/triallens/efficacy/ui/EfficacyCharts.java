package com.triallens.efficacy.ui;

import com.triallens.base.domain.ArmRole;
import com.triallens.base.domain.ComparisonFigure;
import com.triallens.base.domain.ReportedDecimal;
import com.triallens.base.domain.Statistic;
import com.triallens.base.ui.ArmCharts;
import com.triallens.base.ui.chart.Axis;
import com.triallens.base.ui.chart.ChartSpec;
import com.triallens.base.ui.chart.Datum;
import com.triallens.base.ui.chart.MarkLine;
import com.triallens.base.ui.chart.Series;
import com.triallens.efficacy.EfficacyRow;
import com.triallens.efficacy.EfficacyTable;
import com.triallens.trial.MeasureType;

import java.util.List;
import java.util.function.Function;

/** The Efficacy page's pictures, built from the same rows as its grid. */
public final class EfficacyCharts {

    private EfficacyCharts() {
    }

    /** A category label that carries the p-value where the source gives one. */
    static String responseCategory(EfficacyRow row) {
        return row.comparison().flatMap(ComparisonFigure::pValueDisplay)
                .map(p -> row.endpoint().displayName() + " (" + p + ")")
                .orElse(row.endpoint().displayName());
    }

    /** Percentages as reported; a count of a known number of participants is drawn as its share. */
    public static ChartSpec responseRates(EfficacyTable table, String trial) {
        var rows = table.rows().stream().filter(r -> r.endpoint().measureType() == MeasureType.PERCENT_OF_PARTICIPANTS
                || (r.endpoint().measureType() == MeasureType.COUNT_OF_PARTICIPANTS && !r.figures().isEmpty()
                    && r.figures().values().stream().allMatch(figure -> figure.counts().isPresent()))).toList();
        return ChartSpec.of("Response rates",
                "Share of patients responding, per arm, for each response endpoint, with the p-value where reported.",
                trial + "-response-rates",
                Axis.category("Endpoint", rows.stream().map(EfficacyCharts::responseCategory).toList()),
                Axis.linear("% of patients").range(0.0, null),
                armSeries(table, rows, EfficacyCharts::responseCategory));
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

    /** Each hazard ratio with its interval at its own confidence level, on a log axis around HR = 1. */
    public static ChartSpec forestPlot(EfficacyTable table, String trial) {
        var rows = table.rows().stream()
                .filter(r -> r.comparison().filter(c -> c.statistic() == Statistic.HAZARD_RATIO && c.hasEstimate()
                        && c.hasInterval()).isPresent())
                .toList();
        Function<EfficacyRow, String> category = row -> row.endpoint().displayName();
        var data = rows.stream().map(row -> {
            var c = row.comparison().orElseThrow();
            return Datum.withInterval(category.apply(row), number(c.estimate()), number(c.ciLower()),
                    number(c.ciUpper()), row.comparisonText());
        }).toList();
        var experimental = table.arms().stream().filter(a -> a.role() == ArmRole.EXPERIMENTAL).findFirst()
                .or(() -> table.arms().stream().findFirst());
        // With more than two groups each comparison names its own pair, first against second.
        var twoGroups = table.arms().size() == 2;
        var favoursLeft = twoGroups ? experimental.map(a -> a.label().toLowerCase()).orElse("the experimental arm")
                : "the first group named";
        var favoursRight = twoGroups ? table.arms().stream().filter(a -> experimental.filter(a::equals).isEmpty())
                .findFirst().map(a -> a.label().toLowerCase()).orElse("the comparator") : "the second";
        return ChartSpec.of("Hazard ratios",
                "Forest plot on a logarithmic axis: each hazard ratio with its confidence interval at the level "
                        + "the source reports; left of 1 favours " + favoursLeft + ", right of 1 favours " + favoursRight + ".",
                trial + "-forest-plot",
                Axis.log("Hazard ratio (log scale)").range(0.25, 4.0),
                Axis.category("Endpoint", rows.stream().map(category).toList()),
                List.of(Series.points("Hazard ratio", data).labelled(true)))
                .withMarkLines(MarkLine.at(1, "HR = 1").sides("favours " + favoursLeft, "favours " + favoursRight));
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
