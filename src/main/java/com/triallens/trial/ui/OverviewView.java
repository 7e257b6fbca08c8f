package com.triallens.trial.ui;

import com.triallens.base.ui.ChartGallery;
import com.triallens.base.ui.Sources;
import com.triallens.base.ui.chart.ChartCard;
import com.triallens.trial.Dosing;
import com.triallens.trial.EndpointDefinition;
import com.triallens.trial.TrialFact;
import com.triallens.trial.TrialOverview;
import com.triallens.base.ui.TrialPage;
import com.triallens.trial.TrialHeader;
import com.triallens.trial.TrialService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.router.RouteAlias;

import java.util.List;

@Route("")
@RouteAlias("overview")
@PageTitle("Overview | TrialLens")
@PermitAll
class OverviewView extends TrialPage {

    private final TrialService trials;
    DescriptionList facts;
    Grid<Dosing> dosing;
    Grid<EndpointDefinition> endpoints;

    OverviewView(TrialService trials) {
        super(trials);
        this.trials = trials;
    }

    @Override
    protected void show(TrialHeader trial) {
        facts = new DescriptionList();
        dosing = new Grid<>();
        endpoints = new Grid<>();
        var overview = trials.overview(trial.id());

        facts.addClassName("facts");
        fact(overview, "Registry", trial.registryId(), TrialFact.REGISTRY_ID);
        fact(overview, "Phase", trial.phase(), TrialFact.PHASE);
        fact(overview, "Status", trial.status(), TrialFact.STATUS);
        fact(overview, "Design", overview.design(), TrialFact.DESIGN);
        fact(overview, "Condition", overview.condition(), TrialFact.CONDITION);
        fact(overview, "Enrolled", overview.enrolment() == null ? "Not reported" : overview.enrolment() + " patients",
                TrialFact.ENROLMENT);
        fact(overview, "Prior therapy", overview.priorTherapy(), TrialFact.PRIOR_THERAPY);
        fact(overview, "Mechanism", overview.mechanism(), TrialFact.MECHANISM);
        fact(overview, "Outcome", overview.outcome(), TrialFact.OUTCOME);

        dosing.addColumn(Dosing::arm).setHeader("Arm").setKey("arm").setAutoWidth(true);
        dosing.addColumn(d -> d.role().label()).setHeader("Role").setKey("role").setAutoWidth(true);
        dosing.addColumn(Dosing::drug).setHeader("Drug").setKey("drug").setAutoWidth(true);
        dosing.addColumn(Dosing::doseText).setHeader("Dose").setKey("dose");
        dosing.addColumn(Dosing::route).setHeader("Route").setKey("route");
        dosing.addColumn(d -> "Days " + d.daysText() + " of a " + d.cycleLengthDays() + "-day cycle")
                .setHeader("Schedule").setKey("schedule").setAutoWidth(true);
        dosing.addColumn(d -> Sources.markers(d.source() == null ? List.of() : List.of(d.source())))
                .setHeader("Sources").setKey("sources")
                .setTooltipGenerator(d -> Sources.describe(d.source() == null ? List.of() : List.of(d.source())));
        dosing.setItems(overview.dosing());
        styleSmall(dosing);

        endpoints.addColumn(EndpointDefinition::name).setHeader("Endpoint").setKey("endpoint").setFlexGrow(2);
        endpoints.addColumn(e -> capitalised(e.kind().name())).setHeader("Kind").setKey("kind");
        endpoints.addColumn(EndpointDefinition::population).setHeader("Population").setKey("population");
        endpoints.addColumn(e -> e.interim() ? "Interim" : "").setHeader("Analysis").setKey("analysis");
        endpoints.addColumn(e -> Sources.markers(e.sources())).setHeader("Sources").setKey("sources")
                .setTooltipGenerator(e -> Sources.describe(e.sources()));
        endpoints.setItems(overview.endpoints());
        styleSmall(endpoints);

        add(new H2(trial.acronym() + ": " + overview.title()), facts,
                new H3("Arms and dosing"), dosing,
                new H3("Endpoints"), endpoints,
                new ChartGallery(new ChartCard(ProtocolCharts.dosingSchedule(overview))),
                new ChartGallery(new ChartCard(ProtocolCharts.workflow(overview))),
                new ChartGallery(new ChartCard(ProtocolCharts.mechanism(overview))));
    }

    private void fact(TrialOverview overview, String term, String description, TrialFact fact) {
        var value = new Span(new Span(description), new Sources(overview.sourcesOf(fact)));
        value.setId("fact-" + fact.name().toLowerCase().replace('_', '-'));
        facts.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }

    private static void styleSmall(Grid<?> grid) {
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
    }

    private static String capitalised(String constant) {
        return constant.charAt(0) + constant.substring(1).toLowerCase();
    }
}
