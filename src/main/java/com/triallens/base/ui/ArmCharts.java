package com.triallens.base.ui;

import com.triallens.base.domain.ArmFigure;
import com.triallens.base.domain.ArmFigures;
import com.triallens.base.domain.ArmSummary;
import com.triallens.base.ui.chart.Datum;
import com.triallens.base.ui.chart.Series;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Turns results rows into chart series: one series per arm, labelled as the grid shows the figure. */
public final class ArmCharts {

    private ArmCharts() {
    }

    /**
     * A reported figure plots its number, labelled as reported without its spread (the grid has that); a count
     * of known participants plots as its share; a missing figure stays empty, never 0.
     */
    public static Datum datum(String category, ArmFigure figure) {
        if (figure.value() == null) {
            return Datum.notReported(category, figure.display());
        }
        var label = figure.value() + " " + figure.unit();
        return figure.counts().map(counts -> {
            double percent = 100.0 * counts.events() / counts.participants();
            return Datum.of(category, percent, label + " of " + counts.participants()
                    + " (" + String.format(java.util.Locale.ROOT, "%.1f", percent) + " %)");
        }).orElseGet(() -> Datum.of(category, figure.value().value().doubleValue(), label));
    }

    public static <T extends ArmFigures> List<Series> perArm(List<ArmSummary> arms, List<T> rows,
                                                             Function<T, String> category,
                                                             BiFunction<String, List<Datum>, Series> kind) {
        return arms.stream().map(arm -> kind.apply(arm.label(), rows.stream()
                .map(row -> datum(category.apply(row), row.figure(arm.id()))).toList())).toList();
    }
}
