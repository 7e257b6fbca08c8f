package com.triallens.compare.ui;

import com.triallens.base.domain.ArmSummary;
import com.triallens.base.ui.ArmCharts;
import com.triallens.base.ui.chart.Axis;
import com.triallens.base.ui.chart.ChartSpec;
import com.triallens.base.ui.chart.Datum;
import com.triallens.base.ui.chart.Series;
import com.triallens.compare.ArmComparison;
import com.triallens.compare.CompareRow;

import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The Compare page's pictures: the lined-up shares of participants, and medians in months. */
final class CompareCharts {

    static final String MONTHS = "Median, months";

    private CompareCharts() {
    }

    static Optional<ChartSpec> shares(ArmComparison comparison) {
        var rows = Stream.concat(comparison.efficacy().stream(), comparison.safety().stream())
                .filter(CompareRow::isShare).toList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(ChartSpec.of("Shares of participants",
                "Share of participants per arm for each measure that lines up across the chosen arms; a count of "
                        + "participants is drawn as its share of the participants analysed.",
                "TrialLens-compare-shares",
                Axis.category("Measure", rows.stream().map(CompareRow::measure).toList()),
                Axis.linear("% of participants").range(0.0, null),
                series(comparison.arms(), rows, CompareCharts::share)));
    }

    static Optional<ChartSpec> medians(ArmComparison comparison) {
        var rows = comparison.efficacy().stream().filter(row -> row.unit().equals(MONTHS)).toList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(ChartSpec.of("Medians in months",
                "Median times in months per arm for each endpoint that lines up across the chosen arms.",
                "TrialLens-compare-medians",
                Axis.category("Endpoint", rows.stream().map(CompareRow::measure).toList()),
                Axis.linear("Months").range(0.0, null),
                series(comparison.arms(), rows, (row, arm) -> ArmCharts.datum(row.measure(), row.figure(arm.id())))));
    }

    private interface Point {
        Datum of(CompareRow row, ArmSummary arm);
    }

    private static List<Series> series(List<ArmSummary> arms, List<CompareRow> rows, Point point) {
        return arms.stream().map(arm -> Series.bar(arm.label(), rows.stream()
                .map(row -> row.figures().containsKey(arm.id()) ? point.of(row, arm)
                        : Datum.notReported(row.measure(), "not lined up"))
                .toList())).toList();
    }

    /** A reported percentage as reported; a count as {@code 25 participants (25.0 %)}. */
    private static Datum share(CompareRow row, ArmSummary arm) {
        var figure = row.figure(arm.id());
        return row.percent(arm.id()).map(percent -> {
            var label = figure.unit().equals("%") ? figure.display()
                    : figure.display() + " (" + percent.setScale(1, RoundingMode.HALF_UP).toPlainString() + " %)";
            return Datum.of(row.measure(), percent.doubleValue(), label);
        }).orElseGet(() -> ArmCharts.datum(row.measure(), figure));
    }
}
