package com.triallens.results.ui;

import com.triallens.results.BaselineTable;
import com.triallens.results.BaselineTable.Kind;
import com.triallens.results.BaselineTable.Line;
import com.triallens.results.GroupLabel;
import com.triallens.results.ResultsService;
import com.triallens.trial.TrialService;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.stream.Stream;

/**
 * A trial's baseline characteristics as posted on ClinicalTrials.gov: the overall number of baseline participants,
 * then a table per measure (classes as headings, categories under them) with one column per baseline group. With
 * many measures they share one grid, each under its own heading row, so the page stays fast.
 */
@Route("baseline")
@PageTitle("Baseline characteristics | TrialLens")
@PermitAll
class BaselineView extends RegistryModulePage<BaselineTable> {

    /** Measures up to which each has its own grid. */
    static final int GRID_PER_MEASURE_UP_TO = 30;

    BaselineView(TrialService trials, ResultsService results) {
        super(trials, "Baseline characteristics", "No baseline characteristics from ClinicalTrials.gov are stored for",
                results::baselineTable, BaselineTable::isEmpty);
    }

    @Override
    protected void show(BaselineTable baseline) {
        if (baseline.population() != null && !baseline.population().isBlank()) {
            add(new Paragraph(baseline.population().strip()));
        }
        GroupColumns.legend(baseline.groups()).ifPresent(legend -> add(new H3("Groups"), legend));
        if (!baseline.overall().isEmpty()) {
            section("Overall number of baseline participants", null, baseline.overall(), baseline.groups());
        }
        if (baseline.measures().size() <= GRID_PER_MEASURE_UP_TO) {
            baseline.measures().forEach(m -> section(m.heading(), note(m), m.lines(), baseline.groups()));
        } else {
            section(baseline.measures().size() + " measures", null, baseline.allLines(), baseline.groups());
        }
    }

    private static String note(BaselineTable.Measure measure) {
        var parts = Stream.of(measure.description(), measure.population())
                .filter(t -> t != null && !t.isBlank()).map(String::strip).toList();
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    private void section(String heading, String note, List<Line> lines, List<GroupLabel> groups) {
        add(new H3(heading));
        if (note != null) {
            var paragraph = new Paragraph(note);
            paragraph.addClassName("measure-note");
            add(paragraph);
        }
        var grid = GroupColumns.grid(heading, lines, "Characteristic", Line::label);
        GroupColumns.add(grid, groups, Line::cell);
        grid.setPartNameGenerator(line -> (line.kind() == Kind.HEADING ? "row-heading " : "")
                + "row-level-" + Math.min(line.level(), 2));
        tables.add(grid);
        add(grid);
    }
}
