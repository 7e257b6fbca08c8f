package com.triallens.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A part of the app frame's header that a feature adds (the trial picker): a prototype-scoped bean, one per frame,
 * placed after the brand in bean order. To follow navigation it implements {@code AfterNavigationObserver}.
 */
public interface HeaderPart {

    Component component();
}
