package com.triallens.results.ui;

import com.triallens.trial.ui.TrialPage;
import com.triallens.results.ResultRows.AnalysisRow;
import com.triallens.results.ResultRows.EventRow;
import com.triallens.results.ResultRows.EventTotalRow;
import com.triallens.results.ResultRows.FlowRow;
import com.triallens.results.ResultRows.GroupRow;
import com.triallens.results.ResultRows.MeasurementRow;
import com.triallens.results.ResultsService;
import com.triallens.trial.TrialHeader;
import com.triallens.trial.TrialService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/**
 * A trial's results as the registry posts them, one plain grid per module: reporting groups, outcome
 * measures (every class × category × group), analyses, adverse events (totals, then every term), participant
 * flow and baseline. Each figure is shown as posted, under its own group.
 */
@Route("results")
@PageTitle("Registry results | TrialLens")
@PermitAll
class RegistryResultsView extends TrialPage {

    private final ResultsService results;
    Grid<GroupRow> groups;
    Grid<MeasurementRow> outcomes;
    Grid<AnalysisRow> analyses;
    Grid<EventTotalRow> eventTotals;
    Grid<EventRow> events;
    Grid<FlowRow> flow;
    Grid<MeasurementRow> baseline;

    RegistryResultsView(TrialService trials, ResultsService results) {
        super(trials);
        this.results = results;
    }

    @Override
    protected void show(TrialHeader trial) {
        add(new H2("Registry results"));
        var notes = results.notes(trial.id());
        if (notes.isEmpty()) {
            add(new Paragraph("No results from ClinicalTrials.gov are stored for " + trial.acronym()
                    + ". Its curated results are on the Efficacy and Safety pages."));
            return;
        }
        var moduleNotes = notes.get();
        add(new Paragraph("As posted on ClinicalTrials.gov (" + moduleNotes.figures() + " figures), each under the "
                + "reporting group that the registry lists it for. See References for the record and its version."));

        groups = grid(results.groups(trial.id()));
        column(groups, "module", "Module", g -> g.module().name().charAt(0) + g.module().name().substring(1).toLowerCase());
        column(groups, "code", "Code", GroupRow::code);
        column(groups, "title", "Group", GroupRow::title).setFlexGrow(2);
        column(groups, "description", "Description", GroupRow::description).setFlexGrow(4);
        column(groups, "arm", "Arm", g -> g.arm() == null ? "No arm of this title" : g.arm());
        section("Reporting groups", groups);

        outcomes = measurementGrid(results.outcomeMeasurements(trial.id()));
        section("Outcome measures", outcomes);

        analyses = grid(results.analyses(trial.id()));
        column(analyses, "measure", "Outcome measure", AnalysisRow::measure).setFlexGrow(3);
        column(analyses, "groups", "Groups compared", AnalysisRow::comparedGroups).setFlexGrow(2);
        column(analyses, "estimate", "Estimate", AnalysisRow::estimate).setFlexGrow(3);
        column(analyses, "p", "p-value", AnalysisRow::p);
        column(analyses, "method", "Method", AnalysisRow::method).setFlexGrow(2);
        column(analyses, "nonInferiority", "Hypothesis", AnalysisRow::nonInferiority);
        column(analyses, "notes", "Notes", AnalysisRow::notes).setFlexGrow(3);
        section("Statistical analyses", analyses);

        eventTotals = grid(results.eventTotals(trial.id()));
        column(eventTotals, "group", "Group", EventTotalRow::group).setFlexGrow(2);
        column(eventTotals, "deaths", "Deaths (all causes)", EventTotalRow::deaths);
        column(eventTotals, "serious", "Serious adverse events", EventTotalRow::serious);
        column(eventTotals, "other", "Other adverse events", EventTotalRow::other);
        if (!section("Adverse events", eventTotals).isEmpty()) {
            add(new Paragraph(join("Time frame: " + nullToDash(moduleNotes.eventsTimeFrame()),
                    moduleNotes.eventsThreshold() == null ? null
                            : "Other events are listed from a frequency of " + moduleNotes.eventsThreshold() + " %",
                    moduleNotes.eventsDescription())));
        }
        events = grid(results.events(trial.id()));
        column(events, "kind", "Serious or other", EventRow::kind);
        column(events, "organSystem", "Organ system", EventRow::organSystem).setFlexGrow(2);
        column(events, "term", "Term", EventRow::term).setFlexGrow(2);
        column(events, "group", "Group", EventRow::group).setFlexGrow(2);
        column(events, "incidence", "Affected / at risk", EventRow::incidence);
        column(events, "events", "Events", EventRow::eventCount);
        column(events, "vocabulary", "Vocabulary", EventRow::vocabulary);
        section("Adverse events by term", events);

        flow = grid(results.flow(trial.id()));
        column(flow, "period", "Period", FlowRow::period);
        column(flow, "step", "Milestone or reason", FlowRow::step).setFlexGrow(2);
        column(flow, "kind", "Kind", FlowRow::kind);
        column(flow, "group", "Group", FlowRow::group).setFlexGrow(2);
        column(flow, "count", "Participants", FlowRow::count);
        column(flow, "comment", "Comment", FlowRow::comment).setFlexGrow(2);
        if (!section("Participant flow", flow).isEmpty() && moduleNotes.recruitment() != null) {
            add(new Paragraph(join(moduleNotes.recruitment(), moduleNotes.preAssignment())));
        }

        baseline = measurementGrid(results.baselineMeasurements(trial.id()));
        if (!section("Baseline characteristics", baseline).isEmpty() && moduleNotes.baselinePopulation() != null) {
            add(new Paragraph(moduleNotes.baselinePopulation()));
        }
    }

    private Grid<MeasurementRow> measurementGrid(List<MeasurementRow> rows) {
        var grid = grid(rows);
        column(grid, "measure", "Measure", r -> r.measure() + (r.type() == null ? "" : " (" + r.type().toLowerCase() + ")"))
                .setFlexGrow(3);
        column(grid, "row", "Time point, subgroup or category", MeasurementRow::row).setFlexGrow(2);
        column(grid, "group", "Group", MeasurementRow::group).setFlexGrow(2);
        column(grid, "value", "Value as posted", MeasurementRow::display).setFlexGrow(2);
        column(grid, "analysed", "Analysed", r -> r.analysed() == null ? "Not posted" : r.analysed());
        column(grid, "comment", "Comment", MeasurementRow::comment).setFlexGrow(2);
        return grid;
    }

    private static <T> Grid<T> grid(List<T> rows) {
        var grid = new Grid<T>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setItems(rows);
        grid.setHeight(Math.min(36, Math.max(4, rows.size() + 2)) * 2 + "rem");
        return grid;
    }

    private static <T> Grid.Column<T> column(Grid<T> grid, String key, String header, ValueProvider<T, String> value) {
        return grid.addColumn(value).setKey(key).setHeader(header).setResizable(true);
    }

    /** Adds the grid under its heading when it has rows; a module the record does not post is left out. */
    private List<?> section(String title, Grid<?> grid) {
        var items = grid.getGenericDataView().getItems().toList();
        if (!items.isEmpty()) {
            add(new H3(title), grid);
        }
        return items;
    }

    private static String nullToDash(String text) {
        return text == null ? "not posted" : text;
    }

    private static String join(String... parts) {
        return String.join(". ", java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
    }
}
