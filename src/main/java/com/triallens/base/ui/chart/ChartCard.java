package com.triallens.base.ui.chart;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A chart with its title, a description that screen readers read with it, buttons to download it
 * as PNG or SVG, and a toggle that swaps it for a table of the same numbers.
 */
public class ChartCard extends Composite<VerticalLayout> {

    private static final AtomicInteger IDS = new AtomicInteger();

    private final Chart chart;
    private final TableView tableView;
    /** Built at the first "Show as table": most cards are only looked at, and a grid per card weighs on every page. */
    private Grid<List<String>> table;
    private final Button tableToggle = new Button("Show as table");

    public ChartCard(ChartSpec spec) {
        chart = new Chart(spec);
        chart.setWidthFull();
        chart.setHeight("360px");

        Paragraph description = new Paragraph(spec.description());
        description.setId("triallens-chart-desc-" + IDS.incrementAndGet());
        description.addClassName("triallens-chart-description");
        chart.getElement().setAttribute("aria-describedby", description.getId().orElseThrow());

        tableView = spec.tableView();

        Button png = new Button("Download PNG", e -> chart.downloadPng());
        Button svg = new Button("Download SVG", e -> chart.downloadSvg());
        tableToggle.addClickListener(e -> setTableShown(!isTableShown()));
        tableToggle.getElement().setAttribute("aria-pressed", "false");
        for (Button b : List.of(png, svg, tableToggle)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        HorizontalLayout actions = new HorizontalLayout(png, svg, tableToggle);
        actions.setSpacing(false);

        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.setDefaultHorizontalComponentAlignment(FlexComponent.Alignment.STRETCH);
        layout.add(new H3(spec.title()), description, chart, actions);
    }

    public Chart getChart() {
        return chart;
    }

    public boolean isTableShown() {
        return table != null && table.isVisible();
    }

    public void setTableShown(boolean shown) {
        getTable().setVisible(shown);
        chart.setVisible(!shown);
        tableToggle.setText(shown ? "Show as chart" : "Show as table");
        tableToggle.getElement().setAttribute("aria-pressed", String.valueOf(shown));
    }

    /** The table behind the toggle, for views and tests that need the rows. */
    Grid<List<String>> getTable() {
        if (table == null) {
            table = table(tableView);
            table.setVisible(false);
            getContent().addComponentAtIndex(getContent().indexOf(chart) + 1, table);
        }
        return table;
    }

    private static Grid<List<String>> table(TableView view) {
        Grid<List<String>> table = new Grid<>();
        for (int i = 0; i < view.columns().size(); i++) {
            int column = i;
            table.addColumn(row -> row.get(column)).setHeader(view.columns().get(i)).setAutoWidth(true)
                    .setKey("c" + i);
        }
        table.setItems(view.rows());
        table.setAllRowsVisible(true);
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        return table;
    }
}
