package com.triallens.base.ui.chart;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;

/** Test-only page for the end-to-end test: one bar chart and one log-axis forest plot. */
@Route("chart-demo")
public class ChartDemoView extends VerticalLayout {

    public ChartDemoView() {
        setMaxWidth("900px");
        add(new ChartCard(DemoSpecs.responseRates()), new ChartCard(DemoSpecs.forestPlot()));
    }
}
