package com.triallens.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class ChartOptionsTest {

    private final ObjectNode bars = ChartOptions.toOption(DemoSpecs.responseRates());
    private final ObjectNode forest = ChartOptions.toOption(DemoSpecs.forestPlot());

    @Test
    void forest_axis_is_logarithmic() {
        assertThat(forest.at("/xAxis/type").asString()).isEqualTo("log");
        assertThat(forest.at("/xAxis/min").asDouble()).isEqualTo(0.25);
        assertThat(forest.at("/xAxis/max").asDouble()).isEqualTo(4.0);
        assertThat(forest.at("/yAxis/type").asString()).isEqualTo("category");
    }

    @Test
    void narrow_log_axis_ticks_in_doublings_wide_one_in_decades() {
        assertThat(forest.at("/xAxis/logBase").asInt()).isEqualTo(2);
        Axis wide = Axis.log("Concentration").range(0.1, 1000.0);
        assertThat(wide.logBase()).isEqualTo(10);
        assertThat(Axis.log("open").logBase()).isEqualTo(10);
    }

    @Test
    void forest_lists_first_subgroup_at_the_top() {
        assertThat(forest.at("/yAxis/inverse").asBoolean()).isTrue();
        assertThat(forest.at("/yAxis/data/0").asString()).isEqualTo("All patients");
    }

    @Test
    void forest_whiskers_span_the_confidence_interval() {
        JsonNode whiskers = forest.at("/series/1");
        assertThat(whiskers.path("type").asString()).isEqualTo("custom");
        assertThat(whiskers.path("renderItem").asString()).isEqualTo("errorBar");
        assertThat(whiskers.path("name").asString()).isEqualTo("Hazard ratio");
        assertThat(whiskers.at("/data/2").toString()).isEqualTo("[0.6,\"Triple-negative\",1.24,\"Triple-negative\"]");
    }

    @Test
    void forest_reference_line_is_at_one_on_the_value_axis() {
        JsonNode line = forest.at("/series/0/markLine/data/0");
        assertThat(line.path("xAxis").asDouble()).isEqualTo(1.0);
        assertThat(line.at("/label/formatter").asString()).isEqualTo("HR 1");
    }

    @Test
    void forest_names_the_favoured_side_at_either_end() {
        assertThat(forest.at("/title/1/text").asString()).isEqualTo("← favours combination");
        assertThat(forest.at("/title/1/left").isNumber()).isTrue();
        assertThat(forest.at("/title/2/text").asString()).isEqualTo("favours eribulin →");
        assertThat(forest.at("/title/2/right").isNumber()).isTrue();
    }

    @Test
    void bar_labels_are_carried_as_given() {
        assertThat(bars.at("/series/0/data/0/value").asDouble()).isEqualTo(13.0);
        assertThat(bars.at("/series/0/data/0/label/formatter").asString()).isEqualTo("13.0 %");
        assertThat(bars.at("/series/0/data/0/label/show").asBoolean()).isTrue();
        assertThat(bars.at("/series/0/data/1/label/formatter").asString()).isEqualTo("9.8 %");
    }

    @Test
    void not_reported_value_stays_null_not_zero() {
        JsonNode eribulin = bars.at("/series/1/data/1");
        assertThat(eribulin.path("value").isNull()).isTrue();
        assertThat(eribulin.at("/label/formatter").asString()).isEqualTo("not reported");
    }

    @Test
    void not_reported_value_is_written_on_the_chart_not_left_blank() {
        JsonNode notes = bars.at("/series/2");
        assertThat(notes.path("type").asString()).isEqualTo("custom");
        assertThat(notes.path("renderItem").asString()).isEqualTo("notReported");
        assertThat(notes.path("name").asString()).isEqualTo("Complete response");
        assertThat(notes.at("/data/0/value/0").asString()).isEqualTo("Eribulin");
        assertThat(notes.at("/data/0/text").asString()).isEqualTo("not reported");
        assertThat(notes.at("/data/0/slot").asInt()).isEqualTo(1);
        assertThat(notes.at("/data/0/slots").asInt()).isEqualTo(2);
    }

    @Test
    void tooltip_shows_the_reported_label() {
        assertThat(bars.at("/tooltip/formatter").asString()).isEqualTo("reported");
        assertThat(bars.at("/series/0/data/0/reported").asString()).isEqualTo("13.0 %");
    }

    @Test
    void not_reported_point_keeps_its_category_and_a_null_value() {
        Axis arms = Axis.category("Arm", List.of("A", "B"));
        ObjectNode dots = ChartOptions.toOption(ChartSpec.of("t", "d", "f", arms, Axis.linear("Months"),
                List.of(Series.points("Median PFS", List.of(Datum.of("A", 5.6, "5.6"), Datum.notReported("B", "NR"))))));
        assertThat(dots.at("/series/0/data/1/value").toString()).isEqualTo("[\"B\",null]");
        assertThat(dots.at("/series/0/data/1/reported").asString()).isEqualTo("NR");
    }

    @Test
    void aria_is_on_with_the_description() {
        assertThat(bars.at("/aria/enabled").asBoolean()).isTrue();
        assertThat(bars.at("/aria/label/description").asString()).startsWith("Bar chart: objective response 13.0 %");
    }

    @Test
    void title_travels_hidden_for_downloads_only() {
        assertThat(bars.at("/title/0/text").asString()).isEqualTo("Objective response rate");
        assertThat(bars.at("/title/0/show").asBoolean()).isFalse();
    }

    @Test
    void bars_follow_the_category_order_of_the_axis() {
        Axis arms = Axis.category("Arm", List.of("A", "B", "C"));
        ObjectNode option = ChartOptions.toOption(ChartSpec.of("t", "d", "f", arms, Axis.linear("%"),
                List.of(Series.bar("s", List.of(Datum.of("C", 3, "3"), Datum.of("A", 1, "1"))))));
        assertThat(option.at("/series/0/data/0/value").asDouble()).isEqualTo(1.0);
        assertThat(option.at("/series/0/data/1/value").isNull()).isTrue();
        assertThat(option.at("/series/0/data/2/value").asDouble()).isEqualTo(3.0);
    }

    @Test
    void raw_option_passes_through_with_aria_added() {
        ChartSpec graph = ChartSpec.raw("Randomisation", "Diagram of the two arms", "DEMO-design",
                "{\"series\":[{\"type\":\"graph\",\"data\":[{\"name\":\"R\"},{\"name\":\"A\"}],"
                        + "\"links\":[{\"source\":\"R\",\"target\":\"A\"}]}]}",
                new TableView(List.of("From", "To"), List.of(List.of("R", "A"))));
        ObjectNode option = ChartOptions.toOption(graph);
        assertThat(option.at("/series/0/type").asString()).isEqualTo("graph");
        assertThat(option.at("/series/0/links/0/target").asString()).isEqualTo("A");
        assertThat(option.at("/aria/enabled").asBoolean()).isTrue();
    }

    @Test
    void category_axis_cannot_be_logarithmic() {
        assertThatThrownBy(() -> new Axis("x", true, List.of("a"), true, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void log_axis_needs_a_positive_range() {
        assertThatThrownBy(() -> Axis.log("HR").range(0.0, 2.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
