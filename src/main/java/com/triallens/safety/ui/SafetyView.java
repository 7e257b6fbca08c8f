package com.triallens.safety.ui;

import com.triallens.audit.ui.HistoryButton;
import com.triallens.base.ui.ArmFigureGrid;
import com.triallens.base.ui.ChartGallery;
import com.triallens.base.ui.ExportMenu;
import com.triallens.base.ui.chart.ChartCard;
import com.triallens.safety.SafetyRow;
import com.triallens.safety.SafetyService;
import com.triallens.base.ui.TrialPage;
import com.triallens.trial.TrialHeader;
import com.triallens.trial.TrialService;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

@Route("safety")
@PageTitle("Safety | TrialLens")
@PermitAll
class SafetyView extends TrialPage {

    private final SafetyService safety;
    ArmFigureGrid<SafetyRow> grid;

    SafetyView(TrialService trials, SafetyService safety) {
        super(trials);
        this.safety = safety;
    }

    @Override
    protected void show(TrialHeader trial) {
        grid = new ArmFigureGrid<>();
        var table = safety.safetyTable(trial.id());

        grid.addColumn(SafetyRow::category).setHeader("Adverse events").setKey("category").setFlexGrow(2);
        grid.addArmColumns(table.arms(), com.triallens.base.domain.ArmFigure.NOT_IN_MEASURE);
        grid.addColumn(SafetyRow::population).setHeader("Population").setKey("population");
        grid.addSourcesColumn();
        var history = safety.historyByCategory(trial.id());
        grid.addComponentColumn(row -> HistoryButton.of(row.category(), history.get(row.categoryId())))
                .setHeader("History").setKey("history").setAutoWidth(true).setFlexGrow(0);
        grid.showRows(table.rows());

        var export = new ExportMenu(trial.acronym() + "-safety",
                () -> SafetyExport.of(safety.safetyTable(trial.id()), trial.label()));
        add(new H2("Safety"), export, grid, new Paragraph("Share of patients with at least one event in the category. "
                + "\"Not reported\" means the source gives no figure for that arm."),
                new ChartGallery(new ChartCard(SafetyCharts.comparison(table, trial.acronym()))));
    }
}
