package com.triallens.base.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsistencyTest {

    @Test
    void a_significant_reported_p_on_counts_that_show_no_difference_is_flagged() {
        var check = Consistency.ofPValue(12, 50, 10, 50, 0.01);
        assertThat(check.consistent()).isFalse();
        assertThat(check.message()).isEqualTo("Reported p = 0.01, but Fisher's exact test (two-sided) on 12/50 vs 10/50"
                + " gives p = 0.81 (flagged: one is below 0.05, the other above 0.2)");
        assertThat(check.method()).isEqualTo("Fisher's exact, two-sided");
    }

    @Test
    void a_non_significant_reported_p_on_clearly_different_counts_is_flagged() {
        var check = Consistency.ofPValue(1200, 100000, 1350, 100000, 0.4);
        assertThat(check.consistent()).isFalse();
        assertThat(check.message()).startsWith("Reported p = 0.4, but").contains("gives p = 0.003");
    }

    @Test
    void a_reported_p_close_to_the_computed_one_fits() {
        var check = Consistency.ofPValue(12, 50, 10, 50, 0.8);
        assertThat(check.consistent()).isTrue();
        assertThat(check.message()).isEqualTo(
                "Reported p = 0.8 fits the counts: Fisher's exact test (two-sided) on 12/50 vs 10/50 gives p = 0.81");
    }

    @Test
    void a_chi_square_p_just_below_five_percent_is_not_flagged_where_fisher_is_somewhat_above() {
        // SAS example 10/12 vs 2/6: Pearson chi-square p = 0.034 (scipy), Fisher two-sided 0.107.
        var check = Consistency.ofPValue(10, 12, 2, 6, 0.034);
        assertThat(check.consistent()).isTrue();
        assertThat(check.message()).contains("gives p = 0.11");
    }

    @Test
    void a_p_below_a_thousandth_is_shown_as_such_and_a_bound_is_accepted() {
        var check = Consistency.ofPValue(2, 17, 10, 13, 0.001);
        assertThat(check.consistent()).isTrue();
        assertThat(check.message()).endsWith("gives p < 0.001");
    }

    @Test
    void a_reported_wald_interval_fits_the_newcombe_interval() {
        // Newcombe's example (a), 56/70 vs 48/80: the simple Wald 95% interval is 0.0575 to 0.3425.
        var check = Consistency.ofRiskDifferenceInterval(56, 70, 48, 80, 95, 0.0575, 0.3425);
        assertThat(check.consistent()).isTrue();
        assertThat(check.message()).isEqualTo("Reported 95% CI 0.0575 to 0.3425 fits the counts: 56/70 − 48/80 = 0.200,"
                + " Newcombe hybrid score (Wilson) 95% CI 0.052 to 0.334");
        assertThat(check.method()).isEqualTo("Newcombe hybrid score (Wilson)");
    }

    @Test
    void a_reported_interval_that_excludes_the_difference_in_the_counts_is_flagged() {
        var check = Consistency.ofRiskDifferenceInterval(12, 50, 10, 50, 95, 0.10, 0.30);
        assertThat(check.consistent()).isFalse();
        assertThat(check.message()).isEqualTo("Reported 95% CI 0.1 to 0.3 does not contain the difference in the counts,"
                + " 12/50 − 10/50 = 0.040 (Newcombe hybrid score (Wilson) 95% CI -0.123 to 0.200)");
    }

    @Test
    void an_interval_for_the_difference_the_other_way_round_is_flagged_with_a_hint() {
        var check = Consistency.ofRiskDifferenceInterval(56, 70, 48, 80, 95, -0.33, -0.05);
        assertThat(check.consistent()).isFalse();
        assertThat(check.message()).endsWith("it would fit the difference taken the other way round (arm 2 − arm 1)");
    }

    @Test
    void an_interval_far_narrower_than_the_counts_allow_is_flagged() {
        var check = Consistency.ofRiskDifferenceInterval(12, 50, 10, 50, 95, 0.03, 0.05);
        assertThat(check.consistent()).isFalse();
        assertThat(check.message()).startsWith("Reported 95% CI 0.03 to 0.05 is 0.06 times as wide as the")
                .endsWith("from 12/50 vs 10/50 (flagged beyond a factor 2 either way)");
    }

    @Test
    void the_check_uses_the_reported_level() {
        // The 99% Newcombe interval for 56/70 vs 48/80 is wider than the 95% one; a reported 99% interval of
        // similar width fits, the same numbers called 50% do not.
        assertThat(Consistency.ofRiskDifferenceInterval(56, 70, 48, 80, 99, 0.0, 0.38).consistent()).isTrue();
        assertThat(Consistency.ofRiskDifferenceInterval(56, 70, 48, 80, 50, 0.0, 0.38).consistent()).isFalse();
    }

    @Test
    void percentage_points_reversed_limits_and_impossible_p_values_are_refused() {
        assertThatThrownBy(() -> Consistency.ofRiskDifferenceInterval(56, 70, 48, 80, 95, 5.2, 33.4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("percentage points must be divided by 100");
        assertThatThrownBy(() -> Consistency.ofRiskDifferenceInterval(56, 70, 48, 80, 95, 0.3, 0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the reported lower limit 0.3 is above the upper limit 0.1");
        assertThatThrownBy(() -> Consistency.ofPValue(12, 50, 10, 50, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("for \"p < 0.001\" give 0.001");
        assertThatThrownBy(() -> Consistency.ofPValue(12, 50, 10, 50, 1.5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
