package com.triallens.safety.ui;

import com.triallens.base.ui.ArmCharts;
import com.triallens.base.ui.chart.Axis;
import com.triallens.base.ui.chart.ChartSpec;
import com.triallens.base.ui.chart.Datum;
import com.triallens.base.ui.chart.MarkLine;
import com.triallens.base.ui.chart.Series;
import com.triallens.base.ui.chart.SideBySide;
import com.triallens.base.ui.chart.TableView;
import com.triallens.safety.AdverseEvents;
import com.triallens.safety.SafetyRow;
import com.triallens.safety.SafetyTable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** The Safety page's pictures: a dot per arm for each adverse-event summary; incidence beside risk difference. */
public final class SafetyCharts {

    /** Said wherever TrialLens shows a risk difference: the trial did not post it. */
    public static final String RISK_DIFFERENCE = "Risk difference (95 % CI), computed by TrialLens, not posted";
    static final String INCIDENCE_AXIS = "% of participants at risk";

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

    /**
     * The adverse-event chart safety reviewers read: left, each term's incidence in the two groups; right, the risk
     * difference between them with its 95 % interval, computed by TrialLens, sorted by risk difference.
     */
    public static ChartSpec riskDifference(AdverseEvents.RiskPlot plot, String trial) {
        var first = plot.first().label();
        var second = plot.second().label();
        var labels = plot.rows().stream().map(AdverseEvents.Difference::label).toList();
        var incidence = ChartSpec.of("Incidence", "Incidence per group", "incidence",
                Axis.linear(INCIDENCE_AXIS).range(0.0, null), Axis.category("Adverse event", labels),
                List.of(Series.points(first, plot.rows().stream()
                                .map(d -> Datum.of(d.label(), percent(d.first()), d.first().incidence())).toList()),
                        Series.points(second, plot.rows().stream()
                                .map(d -> Datum.of(d.label(), percent(d.second()), d.second().incidence())).toList())));
        var table = new ArrayList<List<String>>();
        plot.rows().forEach(d -> table.add(List.of(d.label(), d.term().organSystemOrNote(), d.first().incidence(),
                d.second().incidence())));
        incidence = incidence.withTable(new TableView(List.of("Adverse event", "Organ system", first, second), table));
        var difference = ChartSpec.of("Risk difference", RISK_DIFFERENCE, "risk-difference",
                Axis.linear(RISK_DIFFERENCE + "\n" + (first.length() + second.length() <= 48
                        ? first + " − " + second : "First minus second group of the legend") + ", percentage points"),
                Axis.category("Adverse event", labels),
                List.of(Series.points(RISK_DIFFERENCE, plot.rows().stream().map(d -> Datum.withInterval(d.label(),
                        100 * d.difference().estimate(), 100 * d.difference().lower(), 100 * d.difference().upper(),
                        points(d.difference().estimate()) + " (" + points(d.difference().lower()) + " to "
                                + points(d.difference().upper()) + ")")).toList())))
                .withMarkLines(MarkLine.at(0, null));
        var shown = "Of the " + terms(plot.compared()) + " with participants at risk in both groups and at least "
                + "one participant affected, shows " + (plot.rows().size() == plot.compared() ? "all"
                : "the " + plot.rows().size() + " with the highest incidence in either group") + ", sorted by risk "
                + "difference, largest first.";
        return SideBySide.of("Adverse events: incidence and risk difference",
                "Two panels. Left: share of participants at risk with each adverse event in " + first + " and in "
                        + second + ", as posted (affected of at risk). Right: risk difference, " + first + " minus "
                        + second + ", in percentage points with its 95 % confidence interval, computed by TrialLens "
                        + "from the posted counts with the " + plot.method() + " method; the trial did not post it. "
                        + shown,
                trial + "-adverse-events", incidence, difference, 0.58);
    }

    /** A one-group trial's most frequent adverse events: incidence only, there is nothing to compare. */
    public static ChartSpec incidence(AdverseEvents.IncidencePlot plot, String trial) {
        var group = plot.group().label();
        var labels = plot.rows().stream().map(AdverseEvents.Share::label).toList();
        var shown = plot.rows().size() == plot.compared() ? "all " + terms(plot.compared())
                : "the " + plot.rows().size() + " most frequent of " + terms(plot.compared());
        var table = plot.rows().stream().map(s -> List.of(s.label(), s.term().organSystemOrNote(),
                s.counts().incidence())).toList();
        return ChartSpec.of("Most frequent adverse events",
                        "Dot plot: share of participants at risk in " + group + " with each adverse event, as posted "
                                + "(affected of at risk); " + shown + " with at least one participant affected, "
                                + "most frequent first. One group: no difference is computed.",
                        trial + "-adverse-events", Axis.linear(INCIDENCE_AXIS).range(0.0, null),
                        Axis.category("Adverse event", labels),
                        List.of(Series.points(group, plot.rows().stream()
                                .map(s -> Datum.of(s.label(), s.percent(), s.counts().incidence())).toList())))
                .withTable(new TableView(List.of("Adverse event", "Organ system", group), table));
    }

    /** Room for every row of a chart of {@code rows} terms, its axes and legend. */
    static String height(int rows) {
        return Math.max(360, 140 + 30 * rows) + "px";
    }

    private static double percent(com.triallens.results.ResultFigures.Counts counts) {
        return 100.0 * counts.affected() / counts.atRisk();
    }

    /** A difference of proportions in percentage points, one decimal: "12.3", "-4.0", "0.0". */
    static String points(double difference) {
        var rounded = BigDecimal.valueOf(100 * difference).setScale(1, RoundingMode.HALF_UP);
        return rounded.signum() == 0 ? "0.0" : rounded.toPlainString();
    }

    private static String terms(int n) {
        return n + (n == 1 ? " term" : " terms");
    }
}
