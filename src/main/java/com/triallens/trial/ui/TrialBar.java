package com.triallens.trial.ui;

import com.triallens.base.ui.HeaderPart;
import com.triallens.trial.TrialHeader;
import com.triallens.trial.TrialService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

import java.util.Optional;

/** In the app frame's header: the trial the page is about with its facts, and a picker for another. */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class TrialBar extends Composite<HorizontalLayout> implements HeaderPart, AfterNavigationObserver {

    private final ComboBox<TrialHeader> picker = new ComboBox<>();
    private final Div facts = new Div();

    TrialBar(TrialService trials) {
        picker.setId("trial-picker");
        picker.setAriaLabel("Trial");
        picker.setPlaceholder("Pick a trial");
        picker.setWidth("19em");
        picker.setItemLabelGenerator(trial -> trial.acronym() + " · " + trial.registryId());
        picker.setItems(query -> trials.trials(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream(),
                query -> trials.countTrials(query.getFilter().orElse("")));
        picker.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                var route = UI.getCurrent().getCurrentView() instanceof TrialPage page
                        ? RouteConfiguration.forSessionScope().getUrl(page.getClass()) : "";
                UI.getCurrent().navigate(route, TrialPage.parameters(event.getValue()));
            }
        });
        facts.addClassName("trial-header");
        getContent().add(picker, facts);
        getContent().setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        getContent().addClassName("trial-bar");
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        var trial = event.getActiveChain().getFirst() instanceof TrialPage ? TrialPage.current() : Optional.<TrialHeader>empty();
        facts.removeAll();
        picker.setValue(trial.orElse(null));
        trial.ifPresent(t -> facts.add(fact("trial-acronym", t.acronym()), fact("trial-registry-id", t.registryId()),
                fact("trial-phase", "Phase " + t.phase()), fact("trial-status", t.status())));
    }

    private static Span fact(String id, String text) {
        var span = new Span(text);
        span.setId(id);
        return span;
    }
}
