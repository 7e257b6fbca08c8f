package com.triallens.base.ui;

import com.vaadin.flow.component.html.Anchor;

/** What the refused and the not-found page share. */
final class ErrorPages {

    private ErrorPages() {
    }

    /** A full page load of the overview, so the page opens afresh (and the frame with it). */
    static Anchor linkBack() {
        var back = new Anchor("", "Back to the overview");
        back.setId("error-back");
        back.setRouterIgnore(true);
        return back;
    }
}
