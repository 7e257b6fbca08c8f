package com.triallens.base.ui;

import com.triallens.base.ui.chart.ChartCard;
import com.vaadin.flow.component.html.Section;

/** Charts side by side where the page is wide enough, one under the other where it is not. */
public class ChartGallery extends Section {

    public ChartGallery(ChartCard... cards) {
        addClassName("chart-gallery");
        add(cards);
    }
}
