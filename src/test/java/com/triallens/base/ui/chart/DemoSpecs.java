package com.triallens.base.ui.chart;

import java.util.List;

/** Illustrative numbers for tests and the demo view; not from a real trial. */
final class DemoSpecs {

    private DemoSpecs() {
    }

    static ChartSpec responseRates() {
        Axis arms = Axis.category("Arm", List.of("Combination", "Eribulin"));
        return ChartSpec.of("Objective response rate", "Bar chart: objective response 13.0 % with the "
                + "combination against 9.8 % with eribulin; complete response not reported for eribulin.",
                "DEMO-response-rate", arms, Axis.linear("Patients (%)").range(0.0, 20.0), List.of(
                        Series.bar("Objective response", List.of(
                                Datum.of("Combination", 13.0, "13.0 %"),
                                Datum.of("Eribulin", 9.8, "9.8 %"))),
                        Series.bar("Complete response", List.of(
                                Datum.of("Combination", 1.5, "1.5 %"),
                                Datum.notReported("Eribulin", "not reported")))));
    }

    static ChartSpec forestPlot() {
        Axis subgroups = Axis.category("Subgroup", List.of("All patients", "HR-positive", "Triple-negative"));
        return ChartSpec.of("Overall survival by subgroup", "Forest plot of hazard ratios on a log scale; "
                + "all subgroups favour the combination, with confidence intervals crossing 1 for triple-negative.",
                "DEMO-forest-plot", Axis.log("Hazard ratio (95 % CI)").range(0.25, 4.0), subgroups, List.of(
                        Series.points("Hazard ratio", List.of(
                                Datum.withInterval("All patients", 0.77, 0.62, 0.95, "0.77 (0.62–0.95)"),
                                Datum.withInterval("HR-positive", 0.71, 0.54, 0.93, "0.71 (0.54–0.93)"),
                                Datum.withInterval("Triple-negative", 0.86, 0.60, 1.24, "0.86 (0.60–1.24)")))))
                .withMarkLines(MarkLine.at(1, "HR 1").sides("favours combination", "favours eribulin"));
    }
}
