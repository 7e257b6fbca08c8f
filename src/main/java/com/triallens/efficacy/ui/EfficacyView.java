package com.triallens.efficacy.ui;

import com.triallens.audit.ui.HistoryButton;
import com.triallens.base.ui.ExportMenu;
import com.triallens.base.ui.GroupColumns;
import com.triallens.trial.ui.TrialPage;
import com.triallens.efficacy.EfficacyRow;
import com.triallens.efficacy.EfficacyService;
import com.triallens.efficacy.EfficacyTable;
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
    EfficacyGrid grid;

    EfficacyView(TrialService trials, EfficacyService efficacy) {
        super(trials);
        this.efficacy = efficacy;
    }

    @Override
    protected void show(TrialHeader trial) {
        var page = efficacy.page(trial);
        var table = page.table();
        add(new H2("Efficacy"));
        if (table.rows().isEmpty()) {
            add(new Paragraph("No outcome results are stored for " + trial.acronym() + "."));
            return;
        }
        grid = new EfficacyGrid(table, page.history());
        var export = new ExportMenu(trial.acronym() + "-efficacy",
                () -> EfficacyExport.of(efficacy.efficacyTable(trial.id()), trial.label()));
        add(export, grid, GroupColumns.legend(table.arms()), new Paragraph("Each confidence interval is shown at the "
                + "level the source reports (for example 96 % or 99.9 %); n is the number of participants analysed. "
                + "Interim analyses are marked as such. The info button beside a measure shows its population and time frame."));
        EfficacyCharts.chartsFor(table, trial.acronym()).ifPresent(this::add);
    }
}
