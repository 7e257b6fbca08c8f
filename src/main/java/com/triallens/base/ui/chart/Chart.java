package com.triallens.base.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;

import tools.jackson.databind.node.ObjectNode;

/**
 * The bare {@code <triallens-chart>} element: renders a {@link ChartSpec} with Apache ECharts in
 * the browser. Most views want {@link ChartCard}, which adds the title, downloads and the table.
 */
@Tag("triallens-chart")
// Not @NpmPackage/@JsModule: that forces a rebuild of Vaadin's whole production bundle, which
// needs npm packages (@vaadin/*@25.2.6) that our npm registry does not serve. The script is
// built by chart-module/ (ECharts pinned there) into META-INF/resources/triallens/.
@JavaScript("context://triallens/triallens-chart.js")
public class Chart extends Component implements HasSize {

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
    public ObjectNode option() {
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
