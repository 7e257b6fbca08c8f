package com.triallens.efficacy.ui;

import com.triallens.audit.ui.HistoryButton;
import com.triallens.base.ui.ArmFigureGrid;
import com.triallens.base.ui.ChartGallery;
import com.triallens.base.ui.ExportMenu;
import com.triallens.base.ui.chart.ChartCard;
import com.triallens.efficacy.EfficacyRow;
import com.triallens.efficacy.EfficacyService;
import com.triallens.base.ui.TrialPage;
import com.triallens.trial.TrialHeader;
import com.triallens.trial.TrialService;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

@Route("efficacy")
@PageTitle("Efficacy | TrialLens")
@PermitAll
class EfficacyView extends TrialPage {

    private final EfficacyService efficacy;
    ArmFigureGrid<EfficacyRow> grid;

    EfficacyView(TrialService trials, EfficacyService efficacy) {
        super(trials);
        this.efficacy = efficacy;
    }

    @Override
    protected void show(TrialHeader trial) {
        grid = new ArmFigureGrid<>();
        var table = efficacy.efficacyTable(trial.id());

        grid.addColumn(row -> row.endpoint().displayName()).setHeader("Endpoint").setKey("endpoint")
                .setFlexGrow(2);
        grid.addArmColumns(table.arms(), com.triallens.base.domain.ArmFigure.NOT_IN_MEASURE);
        grid.addColumn(EfficacyRow::comparisonText).setHeader("Comparison").setKey("comparison").setFlexGrow(2)
                .setTooltipGenerator(row -> row.comparison()
                        .map(c -> "Source: " + c.source().describe()).orElse("The source reports no comparison"));
        grid.addColumn(row -> row.endpoint().population()).setHeader("Population").setKey("population");
        grid.addSourcesColumn();
        var history = efficacy.historyByEndpoint(trial.id());
        grid.addComponentColumn(row -> HistoryButton.of(row.endpoint().displayName(), history.get(row.id())))
                .setHeader("History").setKey("history").setAutoWidth(true).setFlexGrow(0);
        grid.showRows(table.rows());

        var export = new ExportMenu(trial.acronym() + "-efficacy",
                () -> EfficacyExport.of(efficacy.efficacyTable(trial.id()), trial.label()));
        add(new H2("Efficacy"), export, grid, new Paragraph("Each confidence interval is shown at the level the source "
                + "reports (for example 96 % or 99.9 %). Interim analyses are marked as such."),
                new ChartGallery(new ChartCard(EfficacyCharts.responseRates(table, trial.acronym())),
                        new ChartCard(EfficacyCharts.forestPlot(table, trial.acronym())),
                        new ChartCard(EfficacyCharts.medianSurvival(table, trial.acronym()))));
    }
}
