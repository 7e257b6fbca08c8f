package com.triallens.trial.ui;

import com.triallens.base.ui.PageScope;
import com.triallens.trial.TrialHeader;
import com.triallens.trial.TrialService;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;

import java.util.Optional;

/**
 * A page about one trial. The trial is named in the URL ({@code efficacy?trial=NCT03786094}) so that links can be
 * shared; without the parameter the page shows the first trial entered. Vaadin keeps the page when only the
 * parameter changes, so {@link #show} builds the whole content each time.
 */
public abstract class TrialPage extends Main implements BeforeEnterObserver {

    public static final String PARAMETER = "trial";

    private final TrialService trials;

    protected TrialPage(TrialService trials) {
        this.trials = trials;
        addClassName("page");
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        var requested = event.getLocation().getQueryParameters().getSingleParameter(PARAMETER);
        var trial = requested.isPresent() ? trials.trial(requested.get()) : trials.defaultTrial();
        removeAll();
        ComponentUtil.setData(event.getUI(), TrialHeader.class, trial.orElse(null));
        trial.ifPresent(t -> PageScope.set(event.getUI(), parameters(t)));
        if (trial.isPresent()) {
            show(trial.get());
        } else {
            add(new H2("Trial not found"), new Paragraph(requested
                    .map(id -> "TrialLens has no trial " + id + ". Pick a trial at the top of the page.")
                    .orElse("TrialLens has no trials yet. A curator can import one.")));
        }
    }

    protected abstract void show(TrialHeader trial);

    /** The trial the current page is about, if it is a trial page. */
    public static Optional<TrialHeader> current() {
        return Optional.ofNullable(UI.getCurrent()).map(ui -> ComponentUtil.getData(ui, TrialHeader.class));
    }

    public static QueryParameters parameters(TrialHeader trial) {
        return QueryParameters.of(PARAMETER, trial.registryId());
    }
}
