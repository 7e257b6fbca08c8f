package com.triallens.base.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FigureFormattingTest {

    private static final Citation REF_2 = new Citation(2, 2, "aacrjournals.org", null, null);

    private static ArmFigure reported(String value, String unit) {
        return new ArmFigure(ResultStatus.REPORTED, ReportedDecimal.parse(value), unit, null, REF_2);
    }

    private static ComparisonFigure hazardRatio(String estimate, String level, String lower, String upper) {
        return new ComparisonFigure(Statistic.HAZARD_RATIO, ReportedDecimal.parse(estimate), ReportedDecimal.parse(level),
                ReportedDecimal.parse(lower), ReportedDecimal.parse(upper), null, null, REF_2);
    }

    @Test
    void a_figure_keeps_the_precision_it_was_reported_with() {
        assertThat(reported("28", "%").display()).isEqualTo("28 %");
        assertThat(reported("26.5", "%").display()).isEqualTo("26.5 %");
        assertThat(reported("13.0", "%").display()).isEqualTo("13.0 %");
        assertThat(reported("4.0", "months").display()).isEqualTo("4.0 months");
    }

    @Test
    void stored_decimal_is_shown_with_its_reported_places_not_the_column_scale() {
        var fromDatabase = new ReportedDecimal(new java.math.BigDecimal("13.000000"), 1);
        assertThat(fromDatabase).hasToString("13.0");
        assertThat(new ReportedDecimal(new java.math.BigDecimal("28.000000"), 0)).hasToString("28");
    }

    @Test
    void stored_places_that_would_drop_digits_are_refused() {
        assertThatThrownBy(() -> new ReportedDecimal(new java.math.BigDecimal("13.05"), 1))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void not_reported_reads_as_such_never_zero_or_blank() {
        var notReported = new ArmFigure(ResultStatus.NOT_REPORTED, null, "%", null, REF_2);
        assertThat(notReported.display()).isEqualTo("Not reported");
    }

    @Test
    void not_reported_cannot_carry_a_number_and_reported_needs_one() {
        assertThatThrownBy(() -> new ArmFigure(ResultStatus.NOT_REPORTED, ReportedDecimal.parse("0"), "%", null, REF_2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ArmFigure(ResultStatus.REPORTED, null, "%", null, REF_2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hazard_ratio_shows_its_own_confidence_level() {
        assertThat(hazardRatio("1.07", "96", "0.81", "1.41").display()).isEqualTo("HR 1.07 (96 % CI 0.81–1.41)");
        assertThat(hazardRatio("1.08", "99.9", "0.66", "1.77").display()).isEqualTo("HR 1.08 (99.9 % CI 0.66–1.77)");
        assertThat(hazardRatio("0.70", "95", "0.50", "0.98").display()).isEqualTo("HR 0.70 (95 % CI 0.50–0.98)");
    }

    @Test
    void p_value_alone_keeps_its_printed_places() {
        var pOnly = new ComparisonFigure(null, null, null, null, null, ReportedDecimal.parse("1.00"), null, REF_2);
        assertThat(pOnly.display()).isEqualTo("p = 1.00");
    }

    @Test
    void estimate_and_p_value_are_both_shown() {
        var both = new ComparisonFigure(Statistic.HAZARD_RATIO, ReportedDecimal.parse("0.74"),
                ReportedDecimal.parse("95"), ReportedDecimal.parse("0.60"), ReportedDecimal.parse("0.92"),
                ReportedDecimal.parse("0.006"), "stratified Cox", REF_2);
        assertThat(both.display()).isEqualTo("HR 0.74 (95 % CI 0.60–0.92); p = 0.006");
    }

    @Test
    void a_comparison_with_nothing_in_it_reads_none_reported() {
        assertThat(new ComparisonFigure(null, null, null, null, null, null, null, REF_2).display())
                .isEqualTo("None reported");
    }

    @Test
    void citation_names_its_number_source_and_title() {
        var ref7 = new Citation(7, 7, "BioSpace", "Polyphor Provides Update", null);
        assertThat(ref7.marker()).isEqualTo("[7]");
        assertThat(ref7.describe()).isEqualTo("[7] BioSpace: Polyphor Provides Update");
        assertThat(REF_2.describe()).isEqualTo("[2] aacrjournals.org");
    }
}
