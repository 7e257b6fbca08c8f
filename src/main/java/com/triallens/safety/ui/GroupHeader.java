package com.triallens.safety.ui;

import com.triallens.safety.AdverseEvents.Group;
import com.vaadin.flow.component.html.Span;

/**
 * A group column's header: its short label cut to three lines, the full title on hover and for screen readers, so
 * that eight cohorts' long titles do not stretch the header into ten-line columns.
 */
class GroupHeader extends Span {

    /** Wide enough for "163/516 (31.6 %)" on one line. */
    static final String WIDTH = "9rem";

    GroupHeader(Group group) {
        super(group.label());
        setTitle(group.title());
        getElement().setAttribute("aria-label", group.title());
        getStyle().set("display", "-webkit-box").set("-webkit-line-clamp", "3").set("-webkit-box-orient", "vertical")
                .set("overflow", "hidden").set("white-space", "normal");
    }
}
