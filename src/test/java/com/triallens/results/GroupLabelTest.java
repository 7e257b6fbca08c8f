package com.triallens.results;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class GroupLabelTest {

    @Test
    void long_titles_are_headed_by_the_part_before_the_colon_or_cut_at_a_word_and_labels_never_repeat() {
        var titles = List.of("Placebo",
                "RDV, Cohort 2: Age ≥ 28 Days to < 18 Years and Weight ≥ 20 kg to < 40 kg",
                "Remdesivir 200 mg once daily followed by 100 mg for nine days",
                "Remdesivir 200 mg once daily followed by 100 mg for four days");
        var labels = GroupLabel.of(titles, t -> (long) titles.indexOf(t), Function.identity());
        assertThat(labels).extracting(GroupLabel::label).doesNotHaveDuplicates();
        assertThat(labels.get(0).label()).isEqualTo("Placebo");
        assertThat(labels.get(0).shortened()).isFalse();
        assertThat(labels.get(1).label()).isEqualTo("RDV, Cohort 2");
        assertThat(labels.get(2).label()).isEqualTo("…nine days");
        assertThat(labels.get(3).label()).isEqualTo("…four days");
        assertThat(labels).allMatch(l -> l.label().length() <= 2 * com.triallens.base.domain.ShortLabels.MAX + 4);
    }
}
