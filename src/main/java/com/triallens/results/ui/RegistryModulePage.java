package com.triallens.results.ui;

import com.triallens.trial.ui.TrialPage;
import com.triallens.trial.TrialHeader;
import com.triallens.trial.TrialService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/**
 * A page about one module of a trial's registry results: under its title, the module as read from the results
 * service, or one plain line when the trial has none stored (never an empty frame).
 */
abstract class RegistryModulePage<M> extends TrialPage {

    /** The page's tables (grids) in page order, for tests and exports. */
    final List<Grid<?>> tables = new ArrayList<>();
    private final String title;
    private final String nothingStored;
    private final LongFunction<M> read;
    private final Predicate<M> empty;

    /**
     * {@code read} gets the module from the results service; {@code nothingStored} begins the line shown when it is
     * {@code empty} ("No participant flow from ClinicalTrials.gov is stored for").
     */
    RegistryModulePage(TrialService trials, String title, String nothingStored, LongFunction<M> read,
                       Predicate<M> empty) {
        super(trials);
        this.title = title;
        this.nothingStored = nothingStored;
        this.read = read;
        this.empty = empty;
    }

    @Override
    protected final void show(TrialHeader trial) {
        tables.clear();
        add(new H2(title));
        var module = read.apply(trial.id());
        if (empty.test(module)) {
            add(new Paragraph(nothingStored + " " + trial.acronym() + "."));
            return;
        }
        show(module);
    }

    protected abstract void show(M module);
}
