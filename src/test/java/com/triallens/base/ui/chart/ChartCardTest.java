package com.triallens.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;

import java.util.List;

import org.junit.jupiter.api.Test;

class ChartCardTest {

    private final ChartCard card = new ChartCard(DemoSpecs.forestPlot());

    @Test
    void show_as_table_swaps_the_chart_for_a_table_of_the_same_numbers() {
        assertThat(card.isTableShown()).isFalse();
        toggle().click();

        assertThat(card.isTableShown()).isTrue();
        assertThat(card.getChart().isVisible()).isFalse();
        assertThat(toggle().getText()).isEqualTo("Show as chart");
        Grid<List<String>> table = card.getTable();
        assertThat(table.getColumns()).extracting(Grid.Column::getHeaderText)
                .containsExactly("Subgroup", "Hazard ratio");
        assertThat(table.getListDataView().getItems().toList()).containsExactly(
                List.of("All patients", "0.77 (0.62–0.95)"),
                List.of("HR-positive", "0.71 (0.54–0.93)"),
                List.of("Triple-negative", "0.86 (0.60–1.24)"));
    }

    @Test
    void table_is_built_only_when_first_asked_for() {
        assertThat(card.getContent().getChildren().filter(Grid.class::isInstance)).isEmpty();
        toggle().click();
        assertThat(card.getContent().getChildren().filter(Grid.class::isInstance)).hasSize(1);
        toggle().click();
        toggle().click();
        assertThat(card.getContent().getChildren().filter(Grid.class::isInstance)).hasSize(1);
    }

    @Test
    void show_as_chart_brings_the_chart_back() {
        toggle().click();
        toggle().click();
        assertThat(card.isTableShown()).isFalse();
        assertThat(card.getChart().isVisible()).isTrue();
    }

    @Test
    void table_says_not_reported_where_the_chart_has_no_value() {
        ChartCard bars = new ChartCard(DemoSpecs.responseRates());
        assertThat(bars.getTable().getListDataView().getItems().toList()).containsExactly(
                List.of("Combination", "13.0 %", "1.5 %"),
                List.of("Eribulin", "9.8 %", "not reported"));
    }

    @Test
    void chart_is_an_image_described_by_the_description() {
        var host = card.getChart().getElement();
        assertThat(host.getAttribute("role")).isEqualTo("img");
        assertThat(host.getAttribute("aria-label")).isEqualTo("Overall survival by subgroup");
        assertThat(host.getAttribute("aria-describedby")).startsWith("triallens-chart-desc-");
    }

    private Button toggle() {
        return card.getContent().getChildren().flatMap(c -> c.getChildren())
                .filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> b.getText().startsWith("Show as")).findFirst().orElseThrow();
    }
}
