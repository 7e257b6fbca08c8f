package com.triallens.curation;

import com.triallens.Fortress;
import com.triallens.base.domain.ComparisonEdit;
import com.triallens.base.domain.EditConflictException;
import com.triallens.base.domain.FigureEdit;
import com.triallens.base.domain.InvalidEditException;
import com.triallens.base.domain.ReportedDecimal;
import com.triallens.base.domain.ResultStatus;
import com.triallens.base.domain.Statistic;
import com.triallens.efficacy.EfficacyService;
import com.triallens.safety.SafetyService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Writes through the feature services: validated on the server, audited field by field, stale saves refused. */
@SpringBootTest
@Transactional
@WithMockUser(username = "curator", roles = {"CURATOR", "VIEWER"})
class CurationServiceTest {

    long cbrEribulin;
    long pfsComparison;
    long seriousTeaeCombination;
    Fortress fortress;

    @Autowired EfficacyService efficacy;
    @Autowired SafetyService safety;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void find_fortress_figures() {
        fortress = new Fortress(jdbc);
        cbrEribulin = fortress.measurement("Clinical benefit rate", Fortress.ERIBULIN);
        pfsComparison = fortress.analysis("Median progression-free survival");
        seriousTeaeCombination = fortress.measurement("Serious treatment-emergent adverse events", Fortress.COMBINATION);
    }

    private static ReportedDecimal d(String text) {
        return ReportedDecimal.parse(text);
    }

    private static FigureEdit percent(String value) {
        return new FigureEdit(ResultStatus.REPORTED, d(value), "%", null);
    }

    private static final ComparisonEdit PFS = new ComparisonEdit(Statistic.HAZARD_RATIO, d("1.07"), d("96"),
            d("0.81"), d("1.41"), null, null);

    private List<Map<String, Object>> auditRows() {
        return jdbc.sql("select entity, entity_id, field, old_value, new_value, username, reason, entity_label"
                + " from audit_entry order by id").query().listOfRows();
    }

    private int version(long resultId) {
        return efficacy.result(resultId).orElseThrow().version();
    }

    @Test
    void a_save_writes_the_value_with_its_typed_precision_and_one_audit_row_per_changed_field() {
        efficacy.updateResult(cbrEribulin, version(cbrEribulin),
                new FigureEdit(ResultStatus.REPORTED, d("20"), "%", 51), "Checked against the CSR table 14.2");

        assertThat(fortress.stored(cbrEribulin)).isEqualTo("20 v1");
        assertThat(efficacy.result(cbrEribulin).orElseThrow().values().value()).hasToString("20");
        assertThat(auditRows()).extracting(r -> r.get("FIELD") + ": " + r.get("OLD_VALUE") + " -> " + r.get("NEW_VALUE"))
                .containsExactly("value: 19.6 -> 20", "participants: null -> 51");
        assertThat(auditRows()).allSatisfy(r -> {
            assertThat(r.get("USERNAME")).isEqualTo("curator");
            assertThat(r.get("REASON")).isEqualTo("Checked against the CSR table 14.2");
            assertThat(r.get("ENTITY_LABEL")).isEqualTo("Clinical benefit rate / Eribulin alone");
        });
    }

    @Test
    void typing_26_5_stores_one_decimal_place_and_a_save_without_changes_writes_no_audit_row() {
        safety.updateResult(seriousTeaeCombination, 0, percent("26.5"), "Typo");
        assertThat(fortress.stored(seriousTeaeCombination)).isEqualTo("26.5 v1");
        safety.updateResult(seriousTeaeCombination, 1, percent("26.5"), "Saved again unchanged");
        assertThat(auditRows()).extracting(r -> r.get("FIELD") + ": " + r.get("OLD_VALUE") + " -> " + r.get("NEW_VALUE"))
                .containsExactly("value: 28 -> 26.5");
    }

    static Stream<Arguments> bad_figures() {
        return Stream.of(
                Arguments.of("percentage above 100", percent("100.5"), "Reason", "value: A percentage must be between 0 and 100."),
                Arguments.of("negative percentage", percent("-1"), "Reason", "value: A percentage must be between 0 and 100."),
                Arguments.of("not reported with a number", new FigureEdit(ResultStatus.NOT_REPORTED, d("0"), "%", null),
                        "Reason", "value: A value marked not reported must have no number."),
                Arguments.of("reported without a number", new FigureEdit(ResultStatus.REPORTED, null, "%", null),
                        "Reason", "value: Enter the value, or mark it not reported."),
                Arguments.of("no unit", new FigureEdit(ResultStatus.REPORTED, d("12"), " ", null),
                        "Reason", "unit: Enter the unit, for example % or months."),
                Arguments.of("no status", new FigureEdit(null, d("12"), "%", null),
                        "Reason", "status: Say whether the source reports a value."),
                Arguments.of("negative participant count", new FigureEdit(ResultStatus.REPORTED, d("12"), "%", -3),
                        "Reason", "participants: A count of participants cannot be negative."),
                Arguments.of("no reason", percent("12"), "  ", "reason: Give a reason for the change."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad_figures")
    void a_bad_figure_is_refused_with_a_clear_message_and_writes_nothing(String name, FigureEdit edit, String reason,
                                                                          String message) {
        assertThatThrownBy(() -> efficacy.updateResult(cbrEribulin, version(cbrEribulin), edit, reason))
                .isInstanceOf(InvalidEditException.class).hasMessage(message);
        assertThatThrownBy(() -> safety.updateResult(seriousTeaeCombination, 0, edit, reason))
                .isInstanceOf(InvalidEditException.class).hasMessage(message);
        System.out.printf("refused (%s): %s%n", name, message);
        assertThat(efficacy.result(cbrEribulin).orElseThrow().values()).isEqualTo(percent("19.6"));
        assertThat(auditRows()).isEmpty();
    }

    static Stream<Arguments> bad_comparisons() {
        return Stream.of(
                Arguments.of("hazard ratio of 0", new ComparisonEdit(Statistic.HAZARD_RATIO, d("0"), null, null, null, null, null),
                        "estimate: The estimate of a hazard ratio must be greater than 0."),
                Arguments.of("negative hazard ratio", new ComparisonEdit(Statistic.HAZARD_RATIO, d("-0.5"), null, null, null, null, null),
                        "estimate: The estimate of a hazard ratio must be greater than 0."),
                Arguments.of("estimate above the upper bound", new ComparisonEdit(Statistic.HAZARD_RATIO, d("1.50"), d("96"), d("0.81"), d("1.41"), null, null),
                        "ciUpper: The upper bound must not be below the estimate."),
                Arguments.of("lower bound above the estimate", new ComparisonEdit(Statistic.HAZARD_RATIO, d("0.70"), d("96"), d("0.81"), d("1.41"), null, null),
                        "ciLower: The lower bound must not be above the estimate."),
                Arguments.of("CI level 100", new ComparisonEdit(Statistic.HAZARD_RATIO, d("1.07"), d("100"), d("0.81"), d("1.41"), null, null),
                        "ciLevel: The confidence level must be above 0 and below 100."),
                Arguments.of("CI level 0", new ComparisonEdit(Statistic.HAZARD_RATIO, d("1.07"), d("0"), d("0.81"), d("1.41"), null, null),
                        "ciLevel: The confidence level must be above 0 and below 100."),
                Arguments.of("interval without its level", new ComparisonEdit(Statistic.HAZARD_RATIO, d("1.07"), null, d("0.81"), d("1.41"), null, null),
                        "ciLevel: Enter the level of the confidence interval."),
                Arguments.of("p-value above 1", new ComparisonEdit(null, null, null, null, null, d("1.5"), null),
                        "pValue: A p-value must be between 0 and 1."),
                Arguments.of("negative p-value", new ComparisonEdit(null, null, null, null, null, d("-0.01"), null),
                        "pValue: A p-value must be between 0 and 1."),
                Arguments.of("estimate without statistic", new ComparisonEdit(null, d("1.07"), null, null, null, null, null),
                        "estimate: Choose the statistic this estimate is."),
                Arguments.of("statistic without estimate", new ComparisonEdit(Statistic.HAZARD_RATIO, null, null, null, null, null, null),
                        "estimate: Enter the estimate of the hazard ratio."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad_comparisons")
    void a_bad_comparison_is_refused_with_a_clear_message_and_writes_nothing(String name, ComparisonEdit edit,
                                                                              String message) {
        assertThatThrownBy(() -> efficacy.updateComparison(pfsComparison, 0, edit, "Reason"))
                .isInstanceOf(InvalidEditException.class).hasMessage(message);
        System.out.printf("refused (%s): %s%n", name, message);
        assertThat(efficacy.comparison(pfsComparison).orElseThrow().values()).isEqualTo(PFS);
        assertThat(auditRows()).isEmpty();
    }

    @Test
    void stale_save_is_refused_and_writes_nothing() {
        var seen = efficacy.result(cbrEribulin).orElseThrow();
        efficacy.updateResult(cbrEribulin, seen.version(), percent("19.8"), "First curator's correction");

        assertThatThrownBy(() -> efficacy.updateResult(cbrEribulin, seen.version(), percent("21.0"), "Second, stale"))
                .isInstanceOf(EditConflictException.class)
                .hasMessageStartingWith("Clinical benefit rate / Eribulin alone was changed by curator at ")
                .satisfies(e -> assertThat(((EditConflictException) e).changedBy()).isEqualTo("curator"));
        assertThat(efficacy.result(cbrEribulin).orElseThrow().values()).isEqualTo(percent("19.8"));
        assertThat(auditRows()).extracting(r -> r.get("NEW_VALUE")).containsExactly("19.8");
    }

    @Test
    void a_comparison_save_audits_only_the_fields_that_changed() {
        efficacy.updateComparison(pfsComparison, 0, new ComparisonEdit(Statistic.HAZARD_RATIO, d("1.07"), d("96"),
                d("0.81"), d("1.41"), d("0.62"), "stratified Cox"), "p-value from the publication");
        assertThat(auditRows()).extracting(r -> r.get("FIELD") + ": " + r.get("OLD_VALUE") + " -> " + r.get("NEW_VALUE"))
                .containsExactly("pValue: null -> 0.62", "method: null -> stratified Cox");
    }

    @Test
    void deleting_a_comparison_keeps_each_value_it_had_in_the_audit_trail() {
        efficacy.deleteComparison(pfsComparison, 0, "Duplicate of the overall-population comparison");
        assertThat(efficacy.comparison(pfsComparison)).isEmpty();
        assertThat(auditRows()).extracting(r -> r.get("FIELD") + ": " + r.get("OLD_VALUE") + " -> " + r.get("NEW_VALUE"))
                .containsExactly("statistic: HAZARD_RATIO -> null", "estimate: 1.07 -> null", "ciLevel: 96 -> null",
                        "ciLower: 0.81 -> null", "ciUpper: 1.41 -> null", "record: null -> deleted");
    }

    @Test
    void a_changed_value_shows_up_in_its_endpoints_history() {
        efficacy.updateResult(cbrEribulin, version(cbrEribulin), percent("19.7"), "Rounding in the source");
        var history = efficacy.historyByEndpoint(1);
        var cbr = fortress.row("Clinical benefit rate");
        assertThat(history).containsOnlyKeys(cbr);
        assertThat(history.get(cbr)).extracting(e -> e.oldValue() + " -> " + e.newValue()).containsExactly("19.6 -> 19.7");
    }

    @Test
    void a_changed_analysis_and_a_changed_safety_figure_show_up_in_their_rows_history_only() {
        efficacy.updateComparison(pfsComparison, 0, new ComparisonEdit(Statistic.HAZARD_RATIO, d("1.07"), d("96"),
                d("0.81"), d("1.41"), d("0.62"), null), "p-value from the publication");
        safety.updateResult(seriousTeaeCombination, 0, percent("28.0"), "One decimal in the CSR");

        var pfs = fortress.row("Median progression-free survival");
        assertThat(efficacy.historyByEndpoint(1)).containsOnlyKeys(pfs);
        assertThat(efficacy.historyByEndpoint(1).get(pfs)).extracting(e -> e.field() + ": " + e.newValue())
                .containsExactly("pValue: 0.62");
        var serious = fortress.row("Serious treatment-emergent adverse events");
        assertThat(safety.historyByCategory(1)).containsOnlyKeys(serious);
        assertThat(safety.historyByCategory(1).get(serious)).extracting(e -> e.oldValue() + " -> " + e.newValue())
                .containsExactly("28 -> 28.0");
    }
}
