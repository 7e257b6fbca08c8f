package com.triallens.base.stats;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class NormalTest {

    // Reference quantiles from scipy.stats.norm.ppf (SciPy 1.17.1), printed to 16 significant digits.
    @ParameterizedTest
    @CsvSource({
        "0.975,   1.959963984540054",
        "0.995,   2.5758293035489004",
        "0.95,    1.6448536269514722",
        "0.9,     1.2815515655446004",
        "0.9995,  3.2905267314919255",
        "0.3,    -0.5244005127080409",
        "1e-10,  -6.361340902404056",
        "1e-300, -37.0470962993612",
    })
    void inverse_cdf_matches_reference_quantiles_to_twelve_digits(double p, double z) {
        assertThat(Normal.inverseCdf(p)).isCloseTo(z, within(1e-12 * Math.max(1, Math.abs(z))));
    }

    @Test
    void inverse_cdf_is_symmetric_about_one_half() {
        for (double p : new double[] {0.001, 0.02425, 0.2, 0.4, 0.49}) {
            assertThat(Normal.inverseCdf(1 - p)).isCloseTo(-Normal.inverseCdf(p), within(1e-12));
        }
        assertThat(Normal.inverseCdf(0.5)).isZero();
    }

    @Test
    void critical_value_for_a_level_in_percent_is_the_two_sided_quantile() {
        assertThat(Normal.criticalValue(95)).isCloseTo(1.959963984540054, within(1e-12));
        assertThat(Normal.criticalValue(99)).isCloseTo(2.5758293035489004, within(1e-12));
        assertThat(Normal.criticalValue(90)).isCloseTo(1.6448536269514722, within(1e-12));
    }

    @Test
    void probabilities_outside_zero_to_one_are_refused() {
        assertThatThrownBy(() -> Normal.inverseCdf(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("strictly between 0 and 1");
        assertThatThrownBy(() -> Normal.inverseCdf(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Normal.inverseCdf(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_level_given_as_a_fraction_or_out_of_range_is_refused_with_a_hint() {
        assertThatThrownBy(() -> Normal.criticalValue(0.95)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("give 95 for a 95% interval");
        assertThatThrownBy(() -> Normal.criticalValue(100)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("above 0 and below 100");
        assertThatThrownBy(() -> Normal.criticalValue(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
