package com.triallens.base.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ShortLabelsTest {

    @Test
    void short_titles_stay_as_they_are() {
        assertThat(ShortLabels.of(List.of("Placebo (FAS)", "CZP 200 mg Q2W (FAS)")))
                .containsExactly("Placebo (FAS)", "CZP 200 mg Q2W (FAS)");
    }

    @Test
    void cohorts_are_named_by_the_part_that_tells_them_apart() {
        var titles = List.of("Remdesivir (RDV), Cohort 1: Age 12 to <18 Years and Weight ≥40 kg",
                "RDV, Cohort 2: Age ≥ 28 Days to < 18 Years and Weight ≥ 20 kg to < 40 kg",
                "RDV,Cohort 5: Age ≥14 - <28 Days of Age, Gestational Age >37 Weeks",
                "RDV, Cohort 8: < 12 Years and Weight ≥ 40 kg");
        var labels = ShortLabels.of(titles);
        assertThat(labels).containsExactly("Cohort 1", "Cohort 2", "Cohort 5", "Cohort 8");
        assertThat(ShortLabels.shortened(titles, labels)).isTrue();
    }

    @Test
    void short_titles_beside_long_ones_keep_theirs_and_the_long_ones_their_telling_part() {
        assertThat(ShortLabels.of(List.of("Remdesivir (RDV), Cohort 1: Age 12 to <18 Years and Weight ≥40 kg",
                "RDV, Cohort 2: Age ≥ 28 Days to < 18 Years and Weight ≥ 20 kg to < 40 kg", "Total")))
                .containsExactly("Cohort 1", "Cohort 2", "Total");
    }

    @Test
    void long_titles_without_a_telling_part_are_cut_at_a_word_and_kept_apart() {
        var labels = ShortLabels.of(List.of("Percentage of participants treated with the low dose",
                "Percentage of participants treated with the high dose"));
        assertThat(labels).containsExactly("…low dose", "…high dose");
    }
}
