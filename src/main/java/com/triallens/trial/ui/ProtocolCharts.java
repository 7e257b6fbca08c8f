package com.triallens.trial.ui;

import com.triallens.base.ui.chart.ChartSpec;
import com.triallens.base.ui.chart.Diagram;
import com.triallens.base.ui.chart.TableView;
import com.triallens.trial.Dosing;
import com.triallens.trial.EndpointDefinition;
import com.triallens.trial.EndpointKind;
import com.triallens.trial.MechanismRelation;
import com.triallens.trial.TrialOverview;
import tools.jackson.databind.node.JsonNodeFactory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The Overview's pictures: dosing calendar, trial workflow and mechanism, drawn from the protocol data. */
final class ProtocolCharts {

    private ProtocolCharts() {
    }

    static String lane(Dosing dosing) {
        return dosing.arm() + ": " + dosing.drug();
    }

    /** One lane per drug per arm, one column per day of the cycle, a mark on each administration day. */
    static ChartSpec dosingSchedule(TrialOverview overview) {
        var dosing = overview.dosing();
        int cycle = dosing.stream().mapToInt(Dosing::cycleLengthDays).max().orElse(0);
        var json = JsonNodeFactory.instance;
        var option = json.objectNode();
        option.putObject("grid").put("left", 16).put("right", 16).put("top", 36).put("bottom", 44)
                .put("containLabel", true);
        option.putObject("legend").put("top", 0);
        var x = option.putObject("xAxis").put("type", "category").put("name", "Day of the " + cycle + "-day cycle")
                .put("nameLocation", "middle").put("nameGap", 28);
        IntStream.rangeClosed(1, cycle).forEach(day -> x.withArray("data").add(String.valueOf(day)));
        x.putObject("splitArea").put("show", true);
        x.putObject("axisLabel").put("interval", 0);
        var y = option.putObject("yAxis").put("type", "category").put("inverse", true);
        dosing.forEach(d -> y.withArray("data").add(lane(d)));
        var series = option.putArray("series");
        var drugs = dosing.stream().map(Dosing::drug).collect(Collectors.toCollection(LinkedHashSet::new));
        for (var drug : drugs) {
            var points = series.addObject().put("type", "scatter").put("name", drug).put("symbol", "roundRect")
                    .put("symbolSize", 18).putArray("data");
            for (int lane = 0; lane < dosing.size(); lane++) {
                var d = dosing.get(lane);
                if (d.drug().equals(drug)) {
                    for (int day : d.days()) {
                        points.addArray().add(String.valueOf(day)).add(lane(d))
                                .add(d.doseText() + " " + d.route() + ", day " + day);
                    }
                }
            }
        }
        var rows = dosing.stream().map(d -> List.of(lane(d), d.doseText() + " " + d.route(), d.daysText())).toList();
        return ChartSpec.raw("Dosing schedule",
                "Administration days within each " + cycle + "-day cycle, one lane per drug per arm.",
                fileName(overview, "dosing-schedule"), option.toString(),
                new TableView(List.of("Arm: drug", "Dose", "Days of the cycle"), rows));
    }

    /**
     * Enrolment, randomisation (or assignment, for a trial not randomised), the arms with curated dosing, then the
     * endpoints every arm is measured on. Drawn only for a trial with curated dosing.
     */
    static ChartSpec workflow(TrialOverview overview) {
        var diagram = new Diagram();
        String enrolled = overview.enrolment() == null ? "Enrolled (number not reported)"
                : "Enrolled: " + overview.enrolmentText();
        String randomised = randomised(overview.design()) ? "Randomisation" : "Assignment to arms";
        diagram.node(enrolled, 0, 150).node(randomised, 250, 150);
        diagram.edge(enrolled, randomised, Diagram.Relation.LEADS_TO);
        var arms = overview.dosing().stream().map(Dosing::arm).distinct().toList();
        var endpointNodes = new ArrayList<String>();
        for (var kind : List.of(EndpointKind.PRIMARY, EndpointKind.SECONDARY)) {
            var names = overview.endpoints().stream().filter(e -> e.kind() == kind)
                    .map(ProtocolCharts::shortName).distinct().collect(Collectors.joining(", "));
            if (!names.isEmpty()) {
                endpointNodes.add((kind == EndpointKind.PRIMARY ? "Primary: " : "Secondary: ") + names);
            }
        }
        for (int i = 0; i < arms.size(); i++) {
            diagram.node(arms.get(i), 500, spread(i, arms.size()));
            diagram.edge(randomised, arms.get(i), Diagram.Relation.LEADS_TO);
        }
        for (int i = 0; i < endpointNodes.size(); i++) {
            diagram.node(endpointNodes.get(i), 750, spread(i, endpointNodes.size()));
            for (var arm : arms) {
                diagram.edge(arm, endpointNodes.get(i), Diagram.Relation.LEADS_TO);
            }
        }
        return diagram.toSpec("Trial workflow",
                "From enrolment through " + randomised.toLowerCase(java.util.Locale.ROOT)
                        + " to the arms and the endpoints measured in each.",
                fileName(overview, "workflow"));
    }

    /** The drug's target and what blocking it is meant to stop, as the sources state it. */
    static ChartSpec mechanism(TrialOverview overview) {
        var diagram = new Diagram();
        var steps = overview.mechanismSteps();
        var targets = steps.stream().filter(s -> s.relation() == MechanismRelation.DRIVES).map(s -> s.target()).toList();
        var placed = new LinkedHashSet<String>();
        for (var step : steps) {
            switch (step.relation()) {
                case BINDS -> place(diagram, placed, step.source(), 0, 80, false);
                case BLOCKS -> place(diagram, placed, step.source(), 0, 220, true);
                case DRIVES -> place(diagram, placed, step.target(), 500, spread(targets.indexOf(step.target()), targets.size()), false);
            }
            place(diagram, placed, step.relation() == MechanismRelation.DRIVES ? step.source() : step.target(), 250, 150, false);
            diagram.edge(step.source(), step.target(), Diagram.Relation.valueOf(step.relation().name()));
        }
        return diagram.toSpec("Mechanism of action",
                steps.stream().map(s -> s.source() + " " + s.relation().name().toLowerCase() + " " + s.target())
                        .collect(Collectors.joining("; ")) + ".",
                fileName(overview, "mechanism"));
    }

    private static void place(Diagram diagram, LinkedHashSet<String> placed, String name, double x, double y,
                              boolean emphasised) {
        if (placed.add(name)) {
            if (emphasised) {
                diagram.emphasisedNode(name, x, y);
            } else {
                diagram.node(name, x, y);
            }
        }
    }

    private static double spread(int index, int count) {
        return count == 1 ? 150 : index * 300.0 / (count - 1);
    }

    private static boolean randomised(String design) {
        var text = design == null ? "" : design.toLowerCase(java.util.Locale.ROOT);
        return text.contains("randomi") && !text.contains("non-randomi") && !text.contains("non randomi");
    }

    /**
     * A curated endpoint's abbreviation (ORR, PFS, Safety); an imported endpoint, whose code is only its kind's
     * initial and its name, goes by its name, shortened.
     */
    static String shortName(EndpointDefinition endpoint) {
        var code = endpoint.code().split("[_ ]")[0];
        if (code.length() < 2) {
            var name = endpoint.name();
            if (name.length() <= 40) {
                return name;
            }
            var cut = name.substring(0, 39);
            var space = cut.lastIndexOf(' ');
            return (space > 20 ? cut.substring(0, space) : cut).strip() + "…";
        }
        return code.length() <= 3 ? code : code.charAt(0) + code.substring(1).toLowerCase();
    }

    static String fileName(TrialOverview overview, String chart) {
        return overview.header().acronym() + "-" + chart;
    }
}
