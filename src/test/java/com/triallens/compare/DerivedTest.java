package com.triallens.compare;

import com.triallens.base.domain.ArmFigure.Counts;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DerivedTest {

    @Test
    void nothing_is_computed_against_an_arm_where_no_participant_was_analysed() {
        var derived = Derived.of(new BigDecimal("0.0"), new BigDecimal("50.0"), Optional.of(new Counts(0, 0)),
                Optional.of(new Counts(5, 10)));
        assertThat(derived.display()).isEqualTo("Not computed: no participant analysed in one of the two arms");
    }

    @Test
    void two_arms_with_participants_get_the_difference_its_interval_and_fisher_p() {
        var derived = Derived.of(new BigDecimal("20.0"), new BigDecimal("50.0"), Optional.of(new Counts(2, 10)),
                Optional.of(new Counts(5, 10)));
        assertThat(derived.display()).startsWith("−30.0 pp; 95 % CI ").contains("Fisher p = ");
    }
}
