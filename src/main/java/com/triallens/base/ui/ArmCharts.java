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

    /** A reported figure plots its number with its reported label; a missing one stays empty, never 0. */
    public static Datum datum(String category, ArmFigure figure) {
        return figure.value() == null ? Datum.notReported(category, figure.display())
                : Datum.of(category, figure.value().value().doubleValue(), figure.display());
    }

    public static <T extends ArmFigures> List<Series> perArm(List<ArmSummary> arms, List<T> rows,
                                                             Function<T, String> category,
                                                             BiFunction<String, List<Datum>, Series> kind) {
        return arms.stream().map(arm -> kind.apply(arm.label(), rows.stream()
                .map(row -> datum(category.apply(row), row.figure(arm.id()))).toList())).toList();
    }
}
