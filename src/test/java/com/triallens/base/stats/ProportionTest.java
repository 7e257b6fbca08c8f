package com.triallens.base.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ProportionTest {

    private static final double FOUR_DECIMALS = 0.5e-4;

    // Newcombe, Two-sided confidence intervals for the single proportion, Stat Med 1998;17:857-872,
    // examples 81/263 and 15/148 (Wilson score); the same values are asserted by the propint R package's
    // tests and were recomputed here with the closed form in Python (scipy z).
    @Test
    void wilson_interval_matches_newcombes_single_proportion_examples() {
        var first = Proportion.wilson(81, 263, 95);
        assertThat(first.lower()).isCloseTo(0.2553, within(FOUR_DECIMALS));
        assertThat(first.upper()).isCloseTo(0.3662, within(FOUR_DECIMALS));

        var second = Proportion.wilson(15, 148, 95);
        assertThat(second.lower()).isCloseTo(0.0624, within(FOUR_DECIMALS));
        assertThat(second.upper()).isCloseTo(0.1605, within(FOUR_DECIMALS));
    }

    @Test
    void no_events_gives_a_lower_limit_of_exactly_zero_and_all_events_an_upper_limit_of_exactly_one() {
        var none = Proportion.wilson(0, 20, 95);
        assertThat(none.lower()).isZero();
        // 0.1611 is also the upper limit Newcombe's Table II uses for 0/20 (computed in Python).
        assertThat(none.upper()).isCloseTo(0.1611, within(FOUR_DECIMALS));

        var all = Proportion.wilson(29, 29, 95);
        assertThat(all.upper()).isEqualTo(1.0);
        assertThat(all.lower()).isCloseTo(0.8830, within(FOUR_DECIMALS));
    }

    @Test
    void a_higher_level_gives_a_wider_interval_around_the_same_estimate() {
        var at95 = Proportion.wilson(12, 50, 95);
        var at99 = Proportion.wilson(12, 50, 99);
        assertThat(at99.estimate()).isEqualTo(at95.estimate()).isEqualTo(0.24);
        assertThat(at99.lower()).isLessThan(at95.lower());
        assertThat(at99.upper()).isGreaterThan(at95.upper());
    }

    @Test
    void result_carries_its_inputs_and_method_for_labels() {
        var p = Proportion.wilson(12, 50, 90);
        assertThat(p.events()).isEqualTo(12);
        assertThat(p.total()).isEqualTo(50);
        assertThat(p.levelPercent()).isEqualTo(90);
        assertThat(p.method()).isEqualTo("Wilson score");
    }

    @Test
    void impossible_counts_are_refused_with_a_readable_message() {
        assertThatThrownBy(() -> Proportion.wilson(11, 10, 95)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the arm: 11 events out of 10 patients is impossible; events must be between 0 and 10");
        assertThatThrownBy(() -> Proportion.wilson(-1, 10, 95)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1 events out of 10 patients is impossible");
        assertThatThrownBy(() -> Proportion.wilson(0, 0, 95)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the arm has 0 patients; a proportion needs at least one patient");
    }
}
