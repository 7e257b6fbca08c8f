package com.triallens.base.ui.chart;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SideBySideTest {

    private static final List<String> TERMS = List.of("Rash", "Nausea");

    private static ChartSpec incidence() {
        return ChartSpec.of("Incidence", "Incidence", "incidence", Axis.linear("%").range(0.0, null),
                Axis.category("Adverse event", TERMS),
                List.of(Series.points("Drug", List.of(Datum.of("Rash", 30, "30/100 (30.0 %)"),
                                Datum.notReported("Nausea", "0 at risk: none assessed"))),
                        Series.points("Placebo", List.of(Datum.of("Rash", 5, "5/100 (5.0 %)"),
                                Datum.of("Nausea", 20, "20/100 (20.0 %)")))));
    }

    private static ChartSpec difference(List<String> terms) {
        return ChartSpec.of("Difference", "Difference", "difference", Axis.linear("Risk difference"),
                Axis.category("Adverse event", terms),
                List.of(Series.points("Risk difference", List.of(
                        Datum.withInterval("Rash", 25, 15, 35, "25.0 (15.0 to 35.0)"))))).withMarkLines(MarkLine.at(0, null));
    }

    @Test
    void each_panel_draws_in_its_own_grid_with_rows_that_line_up() {
        var spec = SideBySide.of("AE", "Two panels", "ae", incidence(), difference(TERMS), 0.6);
        var option = new Chart(spec).option();
        assertThat(option.at("/grid").size()).isEqualTo(2);
        assertThat(option.at("/grid/0/right").asString()).isEqualTo("42%");
        assertThat(option.at("/grid/1/left").asString()).isEqualTo("62%");
        assertThat(option.at("/grid/0/top").asInt()).isEqualTo(option.at("/grid/1/top").asInt());
        assertThat(option.at("/grid/0/bottom").asInt()).isEqualTo(option.at("/grid/1/bottom").asInt());
        assertThat(option.at("/yAxis/1/gridIndex").asInt()).isEqualTo(1);
        assertThat(option.at("/yAxis/1/axisLabel/show").asBoolean()).as("labels once, on the left").isFalse();
        assertThat(option.at("/yAxis/0/data")).isEqualTo(option.at("/yAxis/1/data"));
        assertThat(option.at("/xAxis/1/name").asString()).isEqualTo("Risk difference");
        for (var series : option.get("series")) {
            var right = series.get("name").asString().equals("Risk difference");
            assertThat(series.get("xAxisIndex").asInt()).as(series.toString()).isEqualTo(right ? 1 : 0);
            assertThat(series.get("yAxisIndex").asInt()).isEqualTo(right ? 1 : 0);
        }
        assertThat(option.toString()).contains("errorBar", "notReported", "\"markLine\"");
        assertThat(option.at("/aria/label/description").asString()).isEqualTo("Two panels");
    }

    @Test
    void the_table_joins_both_panels_row_for_row() {
        var table = SideBySide.of("AE", "Two panels", "ae", incidence(), difference(TERMS), 0.6).tableView();
        assertThat(table.columns()).containsExactly("Adverse event", "Drug", "Placebo", "Risk difference");
        assertThat(table.rows()).containsExactly(
                List.of("Rash", "30/100 (30.0 %)", "5/100 (5.0 %)", "25.0 (15.0 to 35.0)"),
                List.of("Nausea", "0 at risk: none assessed", "20/100 (20.0 %)", ""));
    }

    @Test
    void panels_with_different_rows_are_refused() {
        assertThatThrownBy(() -> SideBySide.of("AE", "d", "ae", incidence(), difference(List.of("Nausea", "Rash")), 0.6))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same categories");
    }
}
