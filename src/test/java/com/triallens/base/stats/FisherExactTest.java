package com.triallens.base.stats;

import com.triallens.base.stats.FisherExact.Alternative;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class FisherExactTest {

    @Test
    void lady_tasting_tea_two_sided_is_thirty_four_seventieths() {
        // Four cups of each kind, three guessed right: the five tables have probabilities 1, 16, 36, 16, 1
        // out of 70; two-sided sums the four no more likely than the observed 16/70.
        var test = FisherExact.of(3, 1, 1, 3, Alternative.TWO_SIDED);
        assertThat(test.pValue()).isCloseTo(34.0 / 70, within(1e-12));
        assertThat(String.format("%.4f", test.pValue())).isEqualTo("0.4857");
    }

    @Test
    void lady_tasting_tea_one_sided_matches_the_r_documentation() {
        // R ?fisher.test, TeaTasting with alternative = "greater": p = 0.2429 (exactly 17/70).
        assertThat(FisherExact.of(3, 1, 1, 3, Alternative.GREATER).pValue()).isCloseTo(17.0 / 70, within(1e-12));
        assertThat(FisherExact.of(3, 1, 1, 3, Alternative.LESS).pValue()).isCloseTo(69.0 / 70, within(1e-12));
    }

    @Test
    void wikipedia_example_gives_the_published_two_sided_p() {
        // The dieting example of Wikipedia's "Fisher's exact test" article, p = 0.002759 two-sided, as cited in
        // the task (the article was not re-read here); scipy.stats.fisher_exact gives 0.0027594561852200836
        // and one-sided "less" 0.0013797280926100418.
        assertThat(FisherExact.of(1, 9, 11, 3, Alternative.TWO_SIDED).pValue())
                .isCloseTo(0.0027594561852200836, within(1e-12));
        assertThat(FisherExact.of(1, 9, 11, 3, Alternative.LESS).pValue())
                .isCloseTo(0.0013797280926100418, within(1e-12));
    }

    @Test
    void sas_documentation_example_gives_its_one_and_two_sided_p() {
        // SAS PROC FREQ exact test example, test 10/12 favourable vs control 2/6: one-sided 0.0573, two-sided
        // 0.1071 (scipy: 0.057261366084895494 and 0.1070351217410041).
        var twoSided = FisherExact.forArms(10, 12, 2, 6);
        assertThat(twoSided.pValue()).isCloseTo(0.1070351217410041, within(1e-12));
        assertThat(FisherExact.forArms(10, 12, 2, 6, Alternative.GREATER).pValue())
                .isCloseTo(0.057261366084895494, within(1e-12));
    }

    @Test
    void convictions_of_twins_matches_r_documentation_example() {
        // R ?fisher.test, Convictions (Fisher 1962): dizygotic 2 of 17 convicted, monozygotic 10 of 13;
        // alternative = "less" p = 0.0004652 (scipy: 0.000465180943362905; two-sided 0.0005367241191434357).
        assertThat(FisherExact.forArms(2, 17, 10, 13, Alternative.LESS).pValue())
                .isCloseTo(0.000465180943362905, within(1e-13));
        assertThat(FisherExact.forArms(2, 17, 10, 13).pValue()).isCloseTo(0.0005367241191434357, within(1e-13));
    }

    @Test
    void trial_sized_tables_give_finite_accurate_p_values() {
        // Reference values from scipy.stats.fisher_exact 1.17.1.
        assertThat(FisherExact.of(4900, 5100, 5000, 5000, Alternative.TWO_SIDED).pValue())
                .isCloseTo(0.16146929150845823, within(1e-9));
        assertThat(FisherExact.forArms(120, 20000, 180, 20000).pValue())
                .isCloseTo(0.0006050139367070392, within(1e-12));
        assertThat(FisherExact.forArms(1200, 100000, 1350, 100000).pValue())
                .isCloseTo(0.002974390740575111, within(1e-10));
    }

    @Test
    void identical_arms_give_p_of_one_and_no_p_exceeds_one() {
        assertThat(FisherExact.forArms(30, 100, 30, 100).pValue()).isEqualTo(1.0);
        assertThat(FisherExact.forArms(0, 10, 0, 20).pValue()).isEqualTo(1.0);
        assertThat(FisherExact.forArms(10, 10, 10, 10, Alternative.GREATER).pValue()).isEqualTo(1.0);
    }

    @Test
    void result_carries_the_table_and_a_method_name_for_labels() {
        var test = FisherExact.forArms(12, 50, 10, 50);
        assertThat(new int[] {test.a(), test.b(), test.c(), test.d()}).containsExactly(12, 38, 10, 40);
        assertThat(test.alternative()).isEqualTo(Alternative.TWO_SIDED);
        assertThat(test.method()).isEqualTo("Fisher's exact, two-sided");
        assertThat(FisherExact.forArms(12, 50, 10, 50, Alternative.LESS).method())
                .isEqualTo("Fisher's exact, one-sided (odds ratio < 1)");
    }

    @Test
    void tables_that_cannot_exist_are_refused() {
        assertThatThrownBy(() -> FisherExact.of(1, -2, 3, 4, Alternative.TWO_SIDED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be negative");
        assertThatThrownBy(() -> FisherExact.of(0, 0, 0, 0, Alternative.TWO_SIDED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("table is empty");
        assertThatThrownBy(() -> FisherExact.forArms(5, 4, 1, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("arm 1: 5 events out of 4");
    }
}
