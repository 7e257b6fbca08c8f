package com.triallens.trial.ui;

import com.triallens.base.domain.Citation;
import com.triallens.base.ui.ExportMenu;
import com.triallens.base.ui.Sources;
import com.triallens.trial.ui.TrialPage;
import com.triallens.trial.TrialHeader;
import com.triallens.trial.TrialService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The trial's reference list, numbered as in the source; citation markers elsewhere link here. */
@Route("references")
@PageTitle("References | TrialLens")
@PermitAll
class ReferencesView extends TrialPage {

    private final TrialService trials;
    OrderedList list;

    ReferencesView(TrialService trials) {
        super(trials);
        this.trials = trials;
    }

    @Override
    protected void show(TrialHeader trial) {
        list = new OrderedList();
        list.addClassName("reference-list");
        trials.references(trial.id()).forEach(citation -> list.add(entry(citation)));
        var export = new ExportMenu(trial.acronym() + "-references",
                () -> ReferencesExport.of(trials.references(trial.id()), trial.label()));
        add(new H2("References"),
                new Paragraph("Numbered as in the source document; every figure in TrialLens names one of these."),
                export, list);
    }

    private static ListItem entry(Citation citation) {
        var item = new ListItem(new Span(citation.marker()), new Span(citation.source()));
        item.setId(Sources.anchorOf(citation));
        if (citation.title() != null) {
            item.add(new Span("“" + citation.title() + "”"));
        }
        item.add(citation.url() == null ? new Span("(no link given in the source)")
                : new Anchor(citation.url(), citation.url(), AnchorTarget.BLANK));
        return item;
    }
}
