package com.triallens.safety.ui;

import com.triallens.base.ui.chart.Chart;
import com.triallens.safety.SafetyService;
import com.triallens.trial.TrialService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class SafetyChartsTest {

    @Autowired TrialService trials;
    @Autowired SafetyService safety;

    @Test
    void not_reported_category_is_carried_as_such_never_as_zero() {
        var spec = SafetyCharts.comparison(safety.safetyTable(trials.defaultTrial().orElseThrow().id()), "FORTRESS");
        var option = new Chart(spec).option();
        var eribulin = option.at("/series/1/data");
        assertThat(option.at("/series/1/name").asString()).isEqualTo("Eribulin alone");
        assertThat(eribulin.get(3).get("value").get(0).isNull()).isTrue();
        assertThat(eribulin.get(3).get("reported").asString()).isEqualTo("Not reported");
        assertThat(option.toString()).contains("Eribulin alone: Not reported");
        assertThat(eribulin.get(0).get("reported").asString()).isEqualTo("26.5 %");
        assertThat(option.at("/series/0/data/0/reported").asString()).isEqualTo("28 %");
        assertThat(spec.tableView().rows().get(3)).containsExactly("Infusion-related reactions", "43.6 %", "Not reported");
    }
}
