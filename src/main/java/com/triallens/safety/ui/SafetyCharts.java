package com.triallens.safety.ui;

import com.triallens.base.ui.ArmCharts;
import com.triallens.base.ui.chart.Axis;
import com.triallens.base.ui.chart.ChartSpec;
import com.triallens.base.ui.chart.Series;
import com.triallens.safety.SafetyRow;
import com.triallens.safety.SafetyTable;

/** The Safety page's picture: a dot per arm for each adverse-event category. */
public final class SafetyCharts {

    private SafetyCharts() {
    }

    /** The summaries and totals; single event terms are the table's (a trial may post thousands). */
    public static ChartSpec comparison(SafetyTable table, String trial) {
        var rows = table.rows().stream().filter(row -> !row.term()).toList();
        return ChartSpec.of("Adverse events by arm",
                "Dot plot: share of patients with each category of adverse event, one dot per arm; "
                        + "a category an arm did not report is marked not reported, not drawn at 0.",
                trial + "-safety",
                Axis.linear("% of patients").range(0.0, 100.0),
                Axis.category("Adverse events", rows.stream().map(SafetyRow::category).toList()),
                ArmCharts.perArm(table.arms(), rows, SafetyRow::category,
                        (arm, data) -> Series.points(arm, data).labelled(true)));
    }
}
