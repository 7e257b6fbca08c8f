package com.triallens.efficacy;

import com.triallens.base.domain.ArmSummary;
import com.triallens.base.domain.ResultStatus;
import com.triallens.trial.TrialService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class EfficacyServiceTest {

    @Autowired TrialService trials;
    @Autowired EfficacyService efficacy;
    EfficacyTable table;
    long combination;
    long eribulin;

    @BeforeEach
    void load_fortress_efficacy() {
        table = efficacy.efficacyTable(trials.defaultTrial().orElseThrow().id());
        combination = table.arms().getFirst().id();
        eribulin = table.arms().get(1).id();
    }

    private EfficacyRow row(String code) {
        return table.rows().stream().filter(r -> r.endpoint().code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void one_row_per_endpoint_with_results_in_protocol_order() {
        assertThat(table.rows()).extracting(r -> r.endpoint().code()).containsExactly("ORR", "PFS", "OS", "CBR");
        assertThat(table.arms()).extracting(ArmSummary::label).containsExactly("Balixafortide + eribulin", "Eribulin alone");
    }

    @Test
    void every_efficacy_figure_is_shown_as_reported() {
        assertThat(row("ORR").figure(combination).display()).isEqualTo("13.0 %");
        assertThat(row("ORR").figure(eribulin).display()).isEqualTo("13.7 %");
        assertThat(row("CBR").figure(combination).display()).isEqualTo("16.7 %");
        assertThat(row("CBR").figure(eribulin).display()).isEqualTo("19.6 %");
        assertThat(row("PFS").figure(combination).display()).isEqualTo("3.5 months");
        assertThat(row("PFS").figure(eribulin).display()).isEqualTo("4.0 months");
        assertThat(row("OS").figure(combination).display()).isEqualTo("11.0 months");
        assertThat(row("OS").figure(eribulin).display()).isEqualTo("11.2 months");
    }

    @Test
    void hazard_ratios_show_their_own_confidence_levels() {
        assertThat(row("PFS").comparisonText()).isEqualTo("HR 1.07 (96 % CI 0.81–1.41)");
        assertThat(row("OS").comparisonText()).isEqualTo("HR 1.08 (99.9 % CI 0.66–1.77)");
    }

    @Test
    void orr_has_a_p_value_only_and_cbr_has_no_comparison() {
        assertThat(row("ORR").comparisonText()).isEqualTo("p = 1.00");
        assertThat(row("CBR").comparison()).isEmpty();
        assertThat(row("CBR").comparisonText()).isEqualTo("None reported");
    }

    @Test
    void overall_survival_is_marked_interim() {
        assertThat(row("OS").endpoint().interim()).isTrue();
        assertThat(row("OS").endpoint().displayName()).isEqualTo("Median overall survival (interim)");
        assertThat(row("PFS").endpoint().interim()).isFalse();
    }

    @Test
    void every_value_names_its_reference_and_population() {
        assertThat(row("ORR").sources()).extracting(c -> c.number()).containsExactly(7);
        assertThat(row("CBR").sources()).extracting(c -> c.number()).containsExactly(7);
        assertThat(row("PFS").sources()).extracting(c -> c.number()).containsExactly(2);
        assertThat(row("OS").figure(eribulin).source().number()).isEqualTo(2);
        assertThat(table.rows()).allSatisfy(r -> assertThat(r.endpoint().population()).isEqualTo("Third line and later"));
    }

    @Test
    void patient_counts_stay_empty_until_curated() {
        assertThat(table.rows()).allSatisfy(r -> r.figures().values().forEach(f -> {
            assertThat(f.participants()).isNull();
            assertThat(f.status()).isEqualTo(ResultStatus.REPORTED);
        }));
    }
}
