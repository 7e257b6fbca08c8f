package com.triallens.base.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LogFactorialTest {

    @Test
    void stirling_series_agrees_with_summed_logarithms_where_the_table_ends() {
        double sum = 0;
        for (int i = 1; i <= 5000; i++) {
            sum += Math.log(i);
            if (i >= 250) {
                assertThat(LogFactorial.of(i)).as("ln %d!", i).isCloseTo(sum, within(1e-13 * sum));
            }
        }
    }

    @Test
    void small_factorials_are_exact() {
        assertThat(LogFactorial.of(0)).isZero();
        assertThat(LogFactorial.of(1)).isZero();
        assertThat(LogFactorial.of(10)).isCloseTo(Math.log(3628800), within(1e-14));
    }
}
