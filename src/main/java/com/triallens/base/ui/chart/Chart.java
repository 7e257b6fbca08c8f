package com.triallens.base.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

import tools.jackson.databind.node.ObjectNode;

/**
 * The bare {@code <triallens-chart>} element: renders a {@link ChartSpec} with Apache ECharts in
 * the browser. Most views want {@link ChartCard}, which adds the title, downloads and the table.
 */
@Tag("triallens-chart")
@NpmPackage(value = "echarts", version = Chart.ECHARTS_VERSION)
@JsModule("./triallens-chart.ts")
public class Chart extends Component implements HasSize {

    static final String ECHARTS_VERSION = "6.1.0";

    private ChartSpec spec;

    public Chart(ChartSpec spec) {
        setSpec(spec);
    }

    public ChartSpec getSpec() {
        return spec;
    }

    public void setSpec(ChartSpec spec) {
        this.spec = spec;
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", spec.title());
        getElement().setPropertyJson("option", option());
    }

    /** The ECharts option sent to the browser. */
    ObjectNode option() {
        return ChartOptions.toOption(spec);
    }

    /** Saves the chart as a PNG (twice the screen resolution) named after the spec's file name. */
    public void downloadPng() {
        getElement().callJsFunction("downloadPng", spec.fileName() + ".png");
    }

    /** Saves the chart as an SVG named after the spec's file name. */
    public void downloadSvg() {
        getElement().callJsFunction("downloadSvg", spec.fileName() + ".svg");
    }
}
