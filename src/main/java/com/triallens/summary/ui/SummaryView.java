package com.triallens.summary.ui;

import com.triallens.base.ui.FigureTable;
import com.triallens.trial.ui.TrialPage;
import com.triallens.base.ui.chart.ChartCard;
import com.triallens.efficacy.EfficacyRow;
import com.triallens.efficacy.EfficacyService;
import com.triallens.efficacy.ui.EfficacyCharts;
import com.triallens.safety.SafetyRow;
import com.triallens.safety.SafetyService;
import com.triallens.safety.ui.SafetyCharts;
import com.triallens.trial.TrialHeader;
import com.triallens.trial.TrialService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** The trial on one printed page: design, efficacy and safety tables, the key charts and the references. */
@Route("summary")
@PageTitle("Summary | TrialLens")
@PermitAll
class SummaryView extends TrialPage {

    private final TrialService trials;
    private final EfficacyService efficacy;
    private final SafetyService safety;

    SummaryView(TrialService trials, EfficacyService efficacy, SafetyService safety) {
        super(trials);
        this.trials = trials;
        this.efficacy = efficacy;
        this.safety = safety;
        addClassName("summary");
    }

    @Override
    protected void show(TrialHeader trial) {
        var overview = trials.overview(trial.id());
        var efficacyTable = efficacy.efficacyTable(trial.id());
        var safetyTable = safety.safetyTable(trial.id());

        var print = new Button("Print or save as PDF", VaadinIcon.PRINT.create(),
                event -> getElement().executeJs("window.print()"));
        print.setId("print-summary");
        print.addClassName("no-print");

        var references = new OrderedList();
        references.addClassName("summary-references");
        trials.references(trial.id()).forEach(citation -> references.add(new ListItem(citation.describe())));

        var charts = new Div(chart(EfficacyCharts.responseRates(efficacyTable, trial.acronym())),
                chart(EfficacyCharts.forestPlot(efficacyTable, trial.acronym())),
                chart(SafetyCharts.comparison(safetyTable, trial.acronym())));
        charts.addClassName("summary-charts");

        add(print,
                new H2(trial.acronym() + " (" + trial.registryId() + "): " + overview.title()),
                new Paragraph("Phase " + trial.phase() + " · " + trial.status()
                        + (overview.design() == null ? "" : " · " + overview.design())
                        + (overview.enrolment() == null ? "" : " · " + overview.enrolmentText())),
                new H3("Efficacy"),
                new FigureTable<EfficacyRow>().column("Endpoint", row -> row.endpoint().displayName())
                        .armColumns(efficacyTable.arms()).column("Comparison", EfficacyRow::comparisonText)
                        .column("Population", row -> row.endpoint().population()).sourcesColumn()
                        .rows(efficacyTable.rows()),
                new H3("Safety"),
                new FigureTable<SafetyRow>().column("Adverse events", SafetyRow::category)
                        .armColumns(safetyTable.arms()).column("Population", SafetyRow::population).sourcesColumn()
                        .rows(safetyTable.rows()),
                charts,
                new H3("References"), references,
                new Paragraph("TrialLens summary of " + trial.acronym() + ", " + LocalDate.now(ZoneOffset.UTC)
                        + " (UTC). Figures as reported by the sources listed; confidence intervals at the level each "
                        + "source gives."));
    }

    private static ChartCard chart(com.triallens.base.ui.chart.ChartSpec spec) {
        var card = new ChartCard(spec);
        card.getChart().setHeight("220px");
        return card;
    }
}
