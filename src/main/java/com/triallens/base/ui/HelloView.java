package com.triallens.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;

@Route("")
class HelloView extends VerticalLayout {
    HelloView() { add(new H1("TrialLens")); }
}
