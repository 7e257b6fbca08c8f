package com.triallens.trial;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Registry dates as the Overview writes them: day or month as posted, actual or anticipated when the record says. */
class RegistryDateTest {

    @Test
    void a_posted_day_reads_with_its_month_in_words_and_actual() {
        assertThat(new RegistryDate("2020-02-21", "ACTUAL").display()).isEqualTo("21 February 2020 (actual)");
    }

    @Test
    void an_estimated_month_reads_as_anticipated_without_inventing_a_day() {
        assertThat(new RegistryDate("2027-03", "ESTIMATED").display()).isEqualTo("March 2027 (anticipated)");
    }

    @Test
    void a_date_without_a_type_says_nothing_about_it_and_no_date_gives_no_text() {
        assertThat(new RegistryDate("2006-11", null).display()).isEqualTo("November 2006");
        assertThat(new RegistryDate(null, null).display()).isNull();
    }
}
