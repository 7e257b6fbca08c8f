package com.triallens.safety.ui;

import com.triallens.audit.AuditEntry;
import com.triallens.audit.ui.HistoryButton;
import com.triallens.base.ui.ArmFigureGrid;
import com.triallens.base.ui.ChartGallery;
import com.triallens.base.ui.ExportMenu;
import com.triallens.base.ui.Sources;
import com.triallens.base.domain.Citation;
import com.triallens.base.ui.chart.ChartCard;
import com.triallens.safety.AdverseEvents;
import com.triallens.safety.AdverseEvents.Kind;
import com.triallens.safety.SafetyRow;
import com.triallens.safety.SafetyService;
import com.triallens.trial.ui.TrialPage;
import com.triallens.trial.TrialHeader;
import com.triallens.trial.TrialService;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.Map;

/**
 * Safety: the curated adverse-event summaries (FORTRESS's), the registry's totals, every event term by organ system
 * with a serious/other filter and a search, and the incidence / risk-difference chart. Each part only where the trial
 * has its data.
 */
@Route("safety")
@PageTitle("Safety | TrialLens")
@PermitAll
class SafetyView extends TrialPage {

    private final SafetyService safety;
    /** The curated summaries; null for a trial without them. */
    ArmFigureGrid<SafetyRow> grid;
    /** Deaths, serious and other adverse events in all, per group; null when none are posted. */
    Grid<AdverseEvents.Total> totals;
    /** Every term by organ system; null when no term is posted. */
    EventTermsGrid terms;
    RadioButtonGroup<Kind> kind;
    TextField search;
    Paragraph shown;
    /** Incidence beside risk difference; null when no term can be drawn. */
    AdverseEventChart chart;

    SafetyView(TrialService trials, SafetyService safety) {
        super(trials);
        this.safety = safety;
    }

    @Override
    protected void show(TrialHeader trial) {
        grid = null;
        totals = null;
        terms = null;
        chart = null;
        var page = safety.safetyPage(trial);
        var export = new ExportMenu(trial.acronym() + "-safety",
                () -> SafetyExport.of(safety.safetyTable(trial.id()), trial.label()));
        add(new H2("Safety"), export);
        if (!page.summaries().rows().isEmpty()) {
            summaries(trial, page.summaries(), page.history());
        }
        var events = page.events();
        if (!events.totals().isEmpty()) {
            totals(events, page.eventsSource());
        }
        if (!events.terms().isEmpty()) {
            terms(events);
        }
        AdverseEventChart.of(events, trial.acronym()).ifPresent(found -> {
            chart = found;
            add(chart);
        });
        if (page.summaries().rows().isEmpty() && events.totals().isEmpty() && events.terms().isEmpty()) {
            add(new Paragraph("No adverse events are stored for " + trial.acronym() + "."));
        }
    }

    private void summaries(TrialHeader trial, com.triallens.safety.SafetyTable table,
                           Map<Long, List<AuditEntry>> history) {
        grid = new ArmFigureGrid<>();
        grid.addColumn(SafetyRow::category).setHeader("Adverse events").setKey("category").setFlexGrow(2);
        grid.addArmColumns(table.arms(), com.triallens.base.domain.ArmFigure.NOT_IN_MEASURE);
        grid.addColumn(SafetyRow::population).setHeader("Population").setKey("population");
        grid.addSourcesColumn();
        grid.addComponentColumn(row -> HistoryButton.of(row.category(), history.get(row.categoryId())))
                .setHeader("History").setKey("history").setAutoWidth(true).setFlexGrow(0);
        grid.showRows(table.rows());
        add(grid, new Paragraph("Share of patients with at least one event in the category. "
                        + "\"Not reported\" means the source gives no figure for that arm."),
                new ChartGallery(new ChartCard(SafetyCharts.comparison(table, trial.acronym()))));
    }

    private void totals(AdverseEvents events, Citation source) {
        totals = new Grid<>();
        totals.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        totals.addColumn(AdverseEvents.Total::label).setHeader("Participants with").setKey("total").setWidth("14rem")
                .setFlexGrow(2).setFrozen(true);
        for (var group : events.groups()) {
            totals.addColumn(total -> total.incidence(group.id())).setHeader(new GroupHeader(group))
                    .setKey("group-" + group.id()).setWidth(GroupHeader.WIDTH).setTextAlign(ColumnTextAlign.END)
                    .setTooltipGenerator(total -> group.title());
        }
        totals.setItems(events.totals());
        totals.setAllRowsVisible(true);
        var note = new Paragraph("Participants affected of those at risk, as posted. ");
        if (source != null) {
            note.add(new Sources(List.of(source)));
        }
        add(new H3("All adverse events"), totals, note);
    }

    private void terms(AdverseEvents events) {
        terms = new EventTermsGrid(events.groups());
        kind = new RadioButtonGroup<>("Events", Kind.values());
        kind.setItemLabelGenerator(Kind::label);
        kind.setValue(Kind.ALL);
        search = new TextField("Search");
        search.setPlaceholder("Term or organ system");
        search.setWidth("18rem");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setAriaLabel("Search adverse events by term or organ system");
        shown = new Paragraph();
        shown.getElement().setAttribute("aria-live", "polite");
        kind.addValueChangeListener(e -> filter(events));
        search.addValueChangeListener(e -> filter(events));
        var filters = new HorizontalLayout(kind, search);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H3("Adverse events by organ system"), filters, shown, terms);
        filter(events);
    }

    private void filter(AdverseEvents events) {
        var found = events.terms(kind.getValue() == null ? Kind.ALL : kind.getValue(), search.getValue());
        terms.show(found);
        terms.setVisible(!found.isEmpty());
        var systems = AdverseEvents.byOrganSystem(found).size();
        var all = events.terms().size();
        shown.setText(found.isEmpty() ? "No adverse event matches."
                : (found.size() == all ? plural(all, "term") : found.size() + " of " + plural(all, "term"))
                        + " in " + plural(systems, "organ system") + ". Per group: participants affected of those "
                        + "at risk, and the number of events where posted.");
    }

    private static String plural(int n, String one) {
        return n + " " + (n == 1 ? one : one + "s");
    }
}
