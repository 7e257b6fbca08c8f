package com.triallens.curation.ui;

import com.triallens.base.domain.ComparisonEdit;
import com.triallens.base.domain.Editable;
import com.triallens.base.domain.FigureEdit;
import com.triallens.efficacy.EfficacyService;
import com.triallens.safety.SafetyService;
import com.triallens.security.Roles;
import com.triallens.trial.TrialService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** Where curators correct the figures: each record opens in a form that asks for a reason. */
@Route("curation")
@PageTitle("Curation | TrialLens")
@RolesAllowed(Roles.CURATOR)
class CurationView extends Main {

    final Grid<Editable<FigureEdit>> results = new Grid<>();
    final Grid<Editable<ComparisonEdit>> comparisons = new Grid<>();
    final Grid<Editable<FigureEdit>> adverseEvents = new Grid<>();
    EditDialog<?> openDialog;

    CurationView(TrialService trials, EfficacyService efficacy, SafetyService safety) {
        addClassName("page");
        var trialId = trials.defaultTrial().orElseThrow().id();

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

        var tabs = new TabSheet();
        tabs.add("Endpoint results", results);
        tabs.add("Comparisons", comparisons);
        tabs.add("Adverse events", adverseEvents);
        tabs.setWidthFull();
        add(new H2("Curation"), new Paragraph("Every change asks for a reason and is kept in the audit trail. "
                + "If someone saves the same record first, you see their values and keep yours to save again."), tabs);
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
