package com.triallens.base.ui;

import com.triallens.base.domain.Citation;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

import java.util.List;
import java.util.stream.Collectors;

/** Citation markers such as [2][5] beside a statement; each links to its entry on the References page. */
public class Sources extends Span {

    public Sources(List<Citation> citations) {
        addClassName("sources");
        citations.forEach(citation -> {
            var link = new Anchor(PageScope.link("references", anchorOf(citation)), citation.marker());
            link.setTitle(citation.describe());
            link.getElement().setAttribute("aria-label", "Source " + citation.describe());
            add(link);
        });
    }

    public static String anchorOf(Citation citation) {
        return "ref-" + citation.number();
    }

    /** {@code [2][7]}: the markers as text, for grid cells. */
    public static String markers(List<Citation> citations) {
        return citations.isEmpty() ? "Not cited" : citations.stream().map(Citation::marker).collect(Collectors.joining());
    }

    /** One line per reference, for tooltips. */
    public static String describe(List<Citation> citations) {
        return citations.isEmpty() ? "No reference"
                : citations.stream().map(Citation::describe).collect(Collectors.joining("\n"));
    }
}
