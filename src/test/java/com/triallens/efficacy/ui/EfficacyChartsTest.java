package com.triallens.efficacy.ui;

import com.triallens.base.ui.chart.Chart;
import com.triallens.efficacy.EfficacyService;
import com.triallens.efficacy.EfficacyTable;
import com.triallens.trial.TrialService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The ECharts options the Efficacy page sends, built from the seeded FORTRESS figures. */
@SpringBootTest
class EfficacyChartsTest {

    @Autowired TrialService trials;
    @Autowired EfficacyService efficacy;
    EfficacyTable table;

    @BeforeEach
    void load() {
        table = efficacy.efficacyTable(trials.defaultTrial().orElseThrow().id());
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.path(field).asString()).toList();
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
    }

    @Test
    void forest_plot_is_on_a_log_axis_with_a_line_at_hr_1() {
        ObjectNode forest = new Chart(EfficacyCharts.forestPlot(table, "FORTRESS")).option();
        assertThat(forest.at("/xAxis/type").asString()).isEqualTo("log");
        assertThat(forest.at("/series/0/markLine/data/0/xAxis").asDouble()).isEqualTo(1.0);
        assertThat(strings(forest.at("/yAxis/data")))
                .containsExactly("Median progression-free survival", "Median overall survival (interim)");
    }

    @Test
    void forest_rows_carry_their_own_confidence_levels() {
        ObjectNode forest = new Chart(EfficacyCharts.forestPlot(table, "FORTRESS")).option();
        assertThat(texts(forest.at("/series/0/data"), "reported"))
                .containsExactly("HR 1.07 (96 % CI 0.81–1.41)", "HR 1.08 (99.9 % CI 0.66–1.77)");
        var whiskers = forest.at("/series/1/data");
        assertThat(whiskers.get(0).get(0).asDouble()).isEqualTo(0.81);
        assertThat(whiskers.get(0).get(2).asDouble()).isEqualTo(1.41);
        assertThat(whiskers.get(1).get(0).asDouble()).isEqualTo(0.66);
        assertThat(whiskers.get(1).get(2).asDouble()).isEqualTo(1.77);
        assertThat(forest.toString()).contains("favours balixafortide + eribulin", "favours eribulin alone");
    }

    @Test
    void response_bars_keep_reported_labels_and_show_the_p_value() {
        ObjectNode bars = new Chart(EfficacyCharts.responseRates(table, "FORTRESS")).option();
        assertThat(strings(bars.at("/xAxis/data")))
                .containsExactly("Objective response rate (p = 1.00)", "Clinical benefit rate");
        assertThat(texts(bars.at("/series/0/data"), "reported")).containsExactly("13.0 %", "16.7 %");
        assertThat(texts(bars.at("/series/1/data"), "reported")).containsExactly("13.7 %", "19.6 %");
        assertThat(bars.at("/series/0/name").asString()).isEqualTo("Balixafortide + eribulin");
    }

    @Test
    void median_survival_is_in_months_per_arm() {
        ObjectNode medians = new Chart(EfficacyCharts.medianSurvival(table, "FORTRESS")).option();
        assertThat(medians.at("/yAxis/name").asString()).isEqualTo("Months");
        assertThat(texts(medians.at("/series/0/data"), "reported")).containsExactly("3.5 months", "11.0 months");
        assertThat(texts(medians.at("/series/1/data"), "reported")).containsExactly("4.0 months", "11.2 months");
    }

    @Test
    void downloads_are_named_after_trial_and_chart() {
        assertThat(EfficacyCharts.forestPlot(table, "FORTRESS").fileName()).isEqualTo("FORTRESS-forest-plot");
        assertThat(EfficacyCharts.responseRates(table, "FORTRESS").fileName()).isEqualTo("FORTRESS-response-rates");
    }
}
