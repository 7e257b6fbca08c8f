package com.triallens.trial.ui;

import com.triallens.base.domain.Citation;
import com.triallens.base.ui.ChartGallery;
import com.triallens.base.ui.Sources;
import com.triallens.base.ui.chart.ChartCard;
import com.triallens.base.ui.chart.ChartSpec;
import com.triallens.trial.Dosing;
import com.triallens.trial.EndpointDefinition;
import com.triallens.trial.RegistryArmGroup;
import com.triallens.trial.RegistryIntervention;
import com.triallens.trial.TrialFact;
import com.triallens.trial.TrialOverview;
import com.triallens.trial.ui.TrialPage;
import com.triallens.trial.TrialHeader;
import com.triallens.trial.TrialService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.router.RouteAlias;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A trial's protocol: its facts, the arms and interventions as the registry lists them, curated dosing, the
 * endpoints, and the protocol's pictures. A section without data for this trial is left out, heading and all.
 */
@Route("")
@RouteAlias("overview")
@PageTitle("Overview | TrialLens")
@PermitAll
class OverviewView extends TrialPage {

    private static final String NOT_STATED = "Not stated";

    private final TrialService trials;
    DescriptionList facts;
    Paragraph summary;
    Grid<RegistryArmGroup> armGroups;
    Grid<RegistryIntervention> interventions;
    Grid<Dosing> dosing;
    Grid<EndpointDefinition> endpoints;
    /** The pictures shown, in order; only those the trial has data for. */
    List<ChartSpec> charts;

    OverviewView(TrialService trials) {
        super(trials);
        this.trials = trials;
    }

    @Override
    protected void show(TrialHeader trial) {
        facts = new DescriptionList();
        summary = new Paragraph();
        armGroups = new Grid<>();
        interventions = new Grid<>();
        dosing = new Grid<>();
        endpoints = new Grid<>();
        charts = new ArrayList<>();
        var overview = trials.overview(trial.id());
        var registry = overview.registry();

        facts.addClassName("facts");
        fact(overview, "Registry", trial.registryId(), TrialFact.REGISTRY_ID);
        fact("Study type", registry.studyTypeLabel(), registry.sources(), "study-type");
        fact(overview, "Phase", overview.phase(), TrialFact.PHASE);
        fact(overview, "Status", overview.status(), TrialFact.STATUS);
        fact("Sponsor", registry.sponsor(), registry.sources(), "sponsor");
        fact("Start", registry.start().display(), registry.sources(), "start");
        fact("Primary completion", registry.primaryCompletion().display(), registry.sources(), "primary-completion");
        fact("Completion", registry.completion().display(), registry.sources(), "completion");
        fact(overview, "Enrolled", overview.enrolmentText(), TrialFact.ENROLMENT);
        fact(overview, "Design", overview.design(), TrialFact.DESIGN);
        fact(overview, "Condition", overview.condition(), TrialFact.CONDITION);
        fact(overview, "Prior therapy", overview.priorTherapy(), TrialFact.PRIOR_THERAPY);
        fact(overview, "Mechanism", overview.mechanism(), TrialFact.MECHANISM);
        fact(overview, "Outcome", overview.outcome(), TrialFact.OUTCOME);
        add(new H2(trial.acronym() + ": " + overview.title()), facts);

        if (registry.briefSummary() != null) {
            summary.add(new Span(registry.briefSummary()), new Sources(registry.sources()));
            summary.addClassName("brief-summary");
            summary.getStyle().set("white-space", "pre-line");
            add(new H3("Summary"), summary);
        }

        if (!registry.armGroups().isEmpty() || !registry.interventions().isEmpty()) {
            add(new H3("Arms and interventions"), asListed(registry.sources()));
            if (!registry.armGroups().isEmpty()) {
                var groups = registry.armGroups();
                optionalColumn(armGroups, groups, RegistryArmGroup::label, "Arm group", "arm-group", 1);
                optionalColumn(armGroups, groups, RegistryArmGroup::typeLabel, "Type", "type", 0);
                optionalColumn(armGroups, groups, RegistryArmGroup::description, "Description", "description", 3);
                armGroups.setItems(groups);
                styleSmall(armGroups, "Arm groups");
                add(armGroups);
            }
            if (!registry.interventions().isEmpty()) {
                var listed = registry.interventions();
                optionalColumn(interventions, listed, RegistryIntervention::name, "Intervention", "intervention", 1);
                optionalColumn(interventions, listed, RegistryIntervention::typeLabel, "Type", "type", 0);
                optionalColumn(interventions, listed, RegistryIntervention::description, "Description", "description", 2);
                optionalColumn(interventions, listed, i -> i.armGroups().isEmpty() ? null : String.join("; ", i.armGroups()),
                        "Arm groups", "arm-groups", 2);
                interventions.setItems(listed);
                styleSmall(interventions, "Interventions");
                add(interventions);
            }
        }

        if (overview.hasDosing()) {
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
            styleSmall(dosing, "Arms and dosing");
            add(new H3("Arms and dosing"), dosing);
        }

        if (!overview.endpoints().isEmpty()) {
            endpoints.addColumn(EndpointDefinition::name).setHeader("Endpoint").setKey("endpoint").setFlexGrow(2);
            endpoints.addColumn(e -> capitalised(e.kind().name())).setHeader("Kind").setKey("kind");
            endpoints.addColumn(EndpointDefinition::population).setHeader("Population").setKey("population");
            if (overview.endpoints().stream().anyMatch(EndpointDefinition::interim)) {
                endpoints.addColumn(e -> e.interim() ? "Interim" : "").setHeader("Analysis").setKey("analysis");
            }
            endpoints.addColumn(e -> Sources.markers(e.sources())).setHeader("Sources").setKey("sources")
                    .setTooltipGenerator(e -> Sources.describe(e.sources()));
            endpoints.setItems(overview.endpoints());
            styleSmall(endpoints, "Endpoints");
            add(new H3("Endpoints"), endpoints);
        }

        if (overview.hasDosing()) {
            charts.add(ProtocolCharts.dosingSchedule(overview));
            charts.add(ProtocolCharts.workflow(overview));
        }
        if (!overview.mechanismSteps().isEmpty()) {
            charts.add(ProtocolCharts.mechanism(overview));
        }
        charts.forEach(chart -> add(new ChartGallery(new ChartCard(chart))));
    }

    private void fact(TrialOverview overview, String term, String description, TrialFact fact) {
        fact(term, description, overview.sourcesOf(fact), fact.name().toLowerCase().replace('_', '-'));
    }

    /** One term and its value with sources; a fact without a value is left out. */
    private void fact(String term, String description, List<Citation> sources, String id) {
        if (description == null) {
            return;
        }
        var value = new Span(new Span(description), new Sources(sources));
        value.setId("fact-" + id);
        facts.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }

    private static Paragraph asListed(List<Citation> sources) {
        var line = new Paragraph(new Span("As listed on ClinicalTrials.gov"), new Sources(sources));
        line.addClassName("as-listed");
        return line;
    }

    /**
     * A column of registry text, left out when no row has a value; a row without one reads "Not stated". Flex grow 0
     * sizes the column to its content.
     */
    private static <T> void optionalColumn(Grid<T> grid, List<T> rows, ValueProvider<T, String> value, String header,
                                           String key, int flexGrow) {
        if (rows.stream().map(value).allMatch(Objects::isNull)) {
            return;
        }
        var column = grid.addColumn(row -> Objects.requireNonNullElse(value.apply(row), NOT_STATED))
                .setHeader(header).setKey(key);
        if (flexGrow == 0) {
            column.setAutoWidth(true).setFlexGrow(0);
        } else {
            column.setFlexGrow(flexGrow);
        }
    }

    private static void styleSmall(Grid<?> grid, String name) {
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.getElement().setAttribute("aria-label", name);
    }

    private static String capitalised(String constant) {
        return constant.charAt(0) + constant.substring(1).toLowerCase();
    }
}
