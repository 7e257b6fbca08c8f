package com.triallens.curation.ui;

import com.triallens.base.domain.ComparisonEdit;
import com.triallens.base.domain.Editable;
import com.triallens.base.domain.FigureEdit;
import com.triallens.efficacy.EfficacyService;
import com.triallens.safety.SafetyService;
import com.triallens.base.domain.Roles;
import com.triallens.trial.ArmEdit;
import com.triallens.trial.EndpointEdit;
import com.triallens.trial.InterventionEdit;
import com.triallens.trial.PopulationEdit;
import com.triallens.trial.ProtocolEdit;
import com.triallens.trial.ProtocolService;
import com.triallens.trial.ReferenceEdit;
import com.triallens.trial.TrialEdit;
import com.triallens.trial.ui.TrialPage;
import com.triallens.trial.TrialHeader;
import com.triallens.trial.TrialService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/** Where curators correct the figures: each record opens in a form that asks for a reason. */
@Route("curation")
@PageTitle("Curation | TrialLens")
@RolesAllowed(Roles.CURATOR)
class CurationView extends TrialPage {

    private final TrialService trials;
    private final EfficacyService efficacy;
    private final SafetyService safety;
    private final ProtocolService protocol;
    Grid<Editable<FigureEdit>> results;
    Grid<Editable<ComparisonEdit>> comparisons;
    Grid<Editable<FigureEdit>> adverseEvents;
    Grid<Editable<TrialEdit>> trialFacts;
    Grid<Editable<ReferenceEdit>> references;
    Button newReference;
    Grid<Editable<ArmEdit>> arms;
    Grid<Editable<InterventionEdit>> dosing;
    Grid<Editable<PopulationEdit>> populations;
    Grid<Editable<EndpointEdit>> endpoints;
    UnorderedList figuresToCheck;
    EditDialog<?> openDialog;

    CurationView(TrialService trials, EfficacyService efficacy, SafetyService safety, ProtocolService protocol) {
        super(trials);
        this.trials = trials;
        this.efficacy = efficacy;
        this.safety = safety;
        this.protocol = protocol;
    }

    @Override
    protected void show(TrialHeader trial) {
        var trialId = trial.id();
        results = new Grid<>();
        comparisons = new Grid<>();
        adverseEvents = new Grid<>();
        trialFacts = new Grid<>();
        references = new Grid<>();
        newReference = new Button("New reference");
        arms = new Grid<>();
        dosing = new Grid<>();
        populations = new Grid<>();
        endpoints = new Grid<>();

        Supplier<List<Editable<FigureEdit>>> resultItems = () -> efficacy.resultsForCuration(trialId);
        setUp(results, resultItems, record -> new EditDialog<>(record, new FigureForm(), efficacy::updateResult,
                efficacy::result, () -> results.setItems(resultItems.get())), new FigureForm()::describe);

        Supplier<List<Editable<ComparisonEdit>>> comparisonItems = () -> efficacy.comparisonsForCuration(trialId);
        setUp(comparisons, comparisonItems, record -> new EditDialog<>(record, new ComparisonForm(),
                efficacy::updateComparison, efficacy::comparison, () -> comparisons.setItems(comparisonItems.get()))
                .deletable(efficacy::deleteComparison), new ComparisonForm()::describe);

        Supplier<List<Editable<FigureEdit>>> aeItems = () -> safety.resultsForCuration(trialId);
        setUp(adverseEvents, aeItems, record -> new EditDialog<>(record, new FigureForm(), safety::updateResult,
                safety::result, () -> adverseEvents.setItems(aeItems.get())), new FigureForm()::describe);

        setUp(trialFacts, () -> protocol.trial(trialId).stream().toList(), ProtocolForms::trial,
                protocol::updateTrial, protocol::trial, null);
        Supplier<List<Editable<ReferenceEdit>>> referenceItems = () -> protocol.referencesForCuration(trialId);
        setUp(references, referenceItems, ProtocolForms::reference, protocol::updateReference, protocol::reference,
                protocol::deleteReference);
        newReference.addClickListener(event -> {
            var next = referenceItems.get().stream().mapToInt(r -> r.values().number()).max().orElse(0) + 1;
            openDialog = new EditDialog<>(new Editable<>(0, 0, "New reference", new ReferenceEdit(next, null, null, null)),
                    ProtocolForms.reference(), (id, version, edit, reason) -> protocol.createReference(trialId, edit, reason),
                    id -> Optional.empty(), () -> references.setItems(referenceItems.get()));
            openDialog.open();
        });
        setUp(arms, () -> protocol.armsForCuration(trialId), ProtocolForms::arm, protocol::updateArm, protocol::arm, null);
        setUp(dosing, () -> protocol.interventionsForCuration(trialId), ProtocolForms::intervention,
                protocol::updateIntervention, protocol::intervention, null);
        setUp(populations, () -> protocol.populationsForCuration(trialId), ProtocolForms::population,
                protocol::updatePopulation, protocol::population, null);
        setUp(endpoints, () -> protocol.endpointsForCuration(trialId),
                () -> ProtocolForms.endpoint(trials.populationNames(trialId)), protocol::updateEndpoint,
                protocol::endpoint, null);

        var tabs = new TabSheet();
        tabs.add("Endpoint results", results);
        tabs.add("Comparisons", comparisons);
        tabs.add("Adverse events", adverseEvents);
        tabs.add("Trial", trialFacts);
        tabs.add("References", new Div(newReference, references));
        tabs.add("Arms", arms);
        tabs.add("Dosing", dosing);
        tabs.add("Populations", populations);
        tabs.add("Endpoints", endpoints);
        tabs.setWidthFull();
        add(new H2("Curation"), new Paragraph("Every change asks for a reason and is kept in the audit trail. "
                + "If someone saves the same record first, you see their values and keep yours to save again."));
        var checks = efficacy.figuresToCheck(trialId);
        if (!checks.isEmpty()) {
            figuresToCheck = new UnorderedList(checks.stream().map(ListItem::new).toArray(ListItem[]::new));
            figuresToCheck.setId("figures-to-check");
            add(new H3("Figures to check against the source"), figuresToCheck);
        }
        add(tabs);
    }

    /** A tab of protocol records: each opens in its form; with a {@code deleter} the dialog can delete it too. */
    private <T extends Record & ProtocolEdit> void setUp(Grid<Editable<T>> grid, Supplier<List<Editable<T>>> items,
                                                         Supplier<RecordForm<T>> form, EditDialog.Save<T> saver,
                                                         LongFunction<Optional<Editable<T>>> reload,
                                                         EditDialog.Delete deleter) {
        setUp(grid, items, record -> {
            var dialog = new EditDialog<>(record, form.get(), saver, reload, () -> grid.setItems(items.get()));
            return deleter == null ? dialog : dialog.deletable(deleter);
        }, form.get()::describe);
    }

    private <T> void setUp(Grid<Editable<T>> grid, Supplier<List<Editable<T>>> items,
                           Function<Editable<T>, EditDialog<T>> dialog, Function<T, String> describe) {
        grid.addColumn(Editable::label).setHeader("Record").setKey("record").setFlexGrow(2);
        grid.addColumn(record -> describe.apply(record.values())).setHeader("Values").setKey("values").setFlexGrow(2);
        grid.addComponentColumn(record -> {
            var edit = new Button("Edit", event -> {
                openDialog = dialog.apply(record);
                openDialog.open();
            });
            edit.addThemeVariants(ButtonVariant.TERTIARY);
            edit.setAriaLabel("Edit " + record.label());
            return edit;
        }).setHeader("").setKey("edit").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(items.get());
    }
}
