package com.triallens.safety;

import com.triallens.base.domain.ResultStatus;
import com.triallens.trial.TrialService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class SafetyServiceTest {

    @Autowired TrialService trials;
    @Autowired SafetyService safety;
    SafetyTable table;
    long combination;
    long eribulin;

    @BeforeEach
    void load_fortress_safety() {
        table = safety.safetyTable(trials.defaultTrial().orElseThrow().id());
        combination = table.arms().getFirst().id();
        eribulin = table.arms().get(1).id();
    }

    private SafetyRow row(String category) {
        return table.rows().stream().filter(r -> r.category().equals(category)).findFirst().orElseThrow();
    }

    @Test
    void categories_in_source_order_for_the_safety_population() {
        assertThat(table.rows()).extracting(SafetyRow::category).containsExactly(
                "Serious treatment-emergent adverse events", "TEAEs leading to death", "TEAEs grade 3 or higher",
                "Infusion-related reactions");
        assertThat(table.rows()).allSatisfy(r -> assertThat(r.population()).isEqualTo("Overall safety population"));
    }

    @Test
    void reported_precision_is_kept_28_stays_28_and_26_5_stays_26_5() {
        assertThat(row("Serious treatment-emergent adverse events").figure(combination).display()).isEqualTo("28 %");
        assertThat(row("Serious treatment-emergent adverse events").figure(eribulin).display()).isEqualTo("26.5 %");
        assertThat(row("TEAEs leading to death").figure(combination).display()).isEqualTo("6.9 %");
        assertThat(row("TEAEs leading to death").figure(eribulin).display()).isEqualTo("6.4 %");
        assertThat(row("TEAEs grade 3 or higher").figure(combination).display()).isEqualTo("68.3 %");
        assertThat(row("TEAEs grade 3 or higher").figure(eribulin).display()).isEqualTo("64.2 %");
        assertThat(row("Infusion-related reactions").figure(combination).display()).isEqualTo("43.6 %");
    }

    @Test
    void infusion_reactions_on_eribulin_alone_are_not_reported_not_zero() {
        var figure = row("Infusion-related reactions").figure(eribulin);
        assertThat(figure.status()).isEqualTo(ResultStatus.NOT_REPORTED);
        assertThat(figure.value()).isNull();
        assertThat(figure.display()).isEqualTo("Not reported");
        assertThat(figure.source().number()).isEqualTo(2);
    }

    @Test
    void every_safety_figure_cites_reference_2() {
        assertThat(table.rows()).allSatisfy(r -> assertThat(r.sources()).extracting(c -> c.number()).containsExactly(2));
    }
}
