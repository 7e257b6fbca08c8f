package com.triallens.curation;

import com.triallens.Fortress;
import com.triallens.base.domain.ComparisonEdit;
import com.triallens.base.domain.FigureEdit;
import com.triallens.base.domain.InvalidEditException;
import com.triallens.base.domain.ReportedDecimal;
import com.triallens.base.domain.ResultStatus;
import com.triallens.base.domain.Statistic;
import com.triallens.base.domain.Violation;
import com.triallens.efficacy.EfficacyService;
import com.triallens.safety.SafetyService;
import com.triallens.security.Role;
import com.triallens.security.UserService;
import com.triallens.trial.ArmEdit;
import com.triallens.trial.ProtocolService;
import com.triallens.trial.ReferenceEdit;
import com.triallens.trial.TrialEdit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hostile and odd input sent straight to the services, past the forms: each is refused with a message
 * for its field and writes nothing (no row changed, no audit row), or, where it is valid text (script
 * tags, right-to-left marks, emoji, combining accents), it is stored exactly as typed.
 */
@SpringBootTest
@Transactional
@WithMockUser(username = "curator", roles = {"CURATOR", "VIEWER"})
class BadInputCorpusTest {

    long cbrEribulin;
    long seriousTeaeCombination;
    long pfsComparison;
    static final long FORTRESS = 1;
    static final long COMBINATION_ARM = 1;
    static final String LONG_TEXT = "x".repeat(10_000);
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMAGE = "<img src=x onerror=alert(1)>";

    @Autowired EfficacyService efficacy;
    @Autowired SafetyService safety;
    @Autowired ProtocolService protocol;
    @Autowired UserService users;
    @Autowired JdbcClient jdbc;

    private String before;

    /** Every table a curation or account write can touch, by row count and summed version. */
    private String snapshot() {
        return Stream.of("result_measurement", "result_analysis", "trial", "reference", "arm", "app_user")
                .map(table -> table + " " + jdbc.sql("select count(*) || '/' || coalesce(sum(version), 0) from " + table)
                        .query(String.class).single())
                .toList() + " audit " + jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    }

    @BeforeEach
    void remember() {
        var fortress = new Fortress(jdbc);
        cbrEribulin = fortress.measurement("Clinical benefit rate", Fortress.ERIBULIN);
        seriousTeaeCombination = fortress.measurement("Serious treatment-emergent adverse events", Fortress.COMBINATION);
        pfsComparison = fortress.analysis("Median progression-free survival");
        before = snapshot();
    }

    private void refused(ThrowingCallable write, String field, String message) {
        assertThatThrownBy(write).isInstanceOf(InvalidEditException.class)
                .satisfies(e -> assertThat(((InvalidEditException) e).violations())
                        .contains(new Violation(field, message)));
        assertThat(snapshot()).as("nothing written").isEqualTo(before);
    }

    private static FigureEdit figure(BigDecimal value, int places, String unit) {
        return new FigureEdit(ResultStatus.REPORTED, new ReportedDecimal(value, places), unit, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1,5", "NaN", "Infinity", "-Infinity", "1e309", "1e999999999", "0x1F", "", "12 %"})
    void text_that_is_no_figure_does_not_parse(String text) {
        assertThatThrownBy(() -> ReportedDecimal.parse(text)).isInstanceOf(NumberFormatException.class);
    }

    static Stream<Arguments> figures_no_column_holds() {
        var storable = "At most 8 digits before the point and 6 decimal places.";
        return Stream.of(
                Arguments.of("1e20", figure(new BigDecimal("1e20"), 0, "months"), storable),
                Arguments.of("99999999999999999999", figure(new BigDecimal("99999999999999999999"), 0, "months"), storable),
                Arguments.of("1e309 (past the parser)", figure(new BigDecimal("1e309"), 0, "months"), storable),
                Arguments.of("0.0000001", figure(new BigDecimal("0.0000001"), 7, "months"), storable),
                Arguments.of("1e20 %", figure(new BigDecimal("1e20"), 0, "%"), "A percentage must be between 0 and 100."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures_no_column_holds")
    void a_figure_its_column_cannot_hold_is_refused_and_writes_nothing(String name, FigureEdit edit, String message) {
        refused(() -> efficacy.updateResult(cbrEribulin, 0, edit, "Reason"), "value", message);
        refused(() -> safety.updateResult(seriousTeaeCombination, 0, edit, "Reason"), "value", message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n", "\u00A0", "\u200F", "\u200B\u2003"})
    void a_blank_or_invisible_reason_is_refused_and_writes_nothing(String reason) {
        var edit = figure(new BigDecimal("20.1"), 1, "%");
        refused(() -> efficacy.updateResult(cbrEribulin, 0, edit, reason), "reason", "Give a reason for the change.");
        refused(() -> protocol.updateArm(COMBINATION_ARM, 0, armWithLabel("Eribulin plus E7389"), reason),
                "reason", "Give a reason for the change.");
    }

    @Test
    void a_reason_too_long_or_with_a_nul_is_refused_and_writes_nothing() {
        var edit = figure(new BigDecimal("20.1"), 1, "%");
        refused(() -> efficacy.updateResult(cbrEribulin, 0, edit, LONG_TEXT), "reason",
                "At most 2000 characters; this has 10000.");
        refused(() -> efficacy.updateResult(cbrEribulin, 0, edit, "Checked\u0000"), "reason",
                "Remove the invisible control character (such as NUL) from the text.");
    }

    @Test
    void a_unit_too_long_or_with_a_nul_is_refused_and_writes_nothing() {
        refused(() -> safety.updateResult(seriousTeaeCombination, 0, figure(new BigDecimal("3"), 0, LONG_TEXT), "Reason"),
                "unit", "At most 40 characters; this has 10000.");
        refused(() -> safety.updateResult(seriousTeaeCombination, 0, figure(new BigDecimal("3"), 0, "mo\u0000"), "Reason"),
                "unit", "Remove the invisible control character (such as NUL) from the text.");
    }

    private static ReportedDecimal d(String text) {
        return ReportedDecimal.parse(text);
    }

    static Stream<Arguments> bad_comparisons() {
        return Stream.of(
                Arguments.of("negative lower bound of a hazard ratio",
                        new ComparisonEdit(Statistic.HAZARD_RATIO, d("1.07"), d("95"), d("-0.81"), d("1.41"), null, null),
                        "ciLower", "The lower bound of a hazard ratio must be greater than 0."),
                Arguments.of("p-value 1.5", new ComparisonEdit(null, null, null, null, null, d("1.5"), null),
                        "pValue", "A p-value must be between 0 and 1."),
                Arguments.of("p-value -0.01", new ComparisonEdit(null, null, null, null, null, d("-0.01"), null),
                        "pValue", "A p-value must be between 0 and 1."),
                Arguments.of("p-value with 11 places", new ComparisonEdit(null, null, null, null, null, d("1e-11"), null),
                        "pValue", "At most 2 digits before the point and 10 decimal places."),
                Arguments.of("estimate 1e20", new ComparisonEdit(Statistic.MEAN_DIFFERENCE, d("1e20"), null, null, null, null, null),
                        "estimate", "At most 8 digits before the point and 6 decimal places."),
                Arguments.of("method of 10 000 characters", new ComparisonEdit(null, null, null, null, null, null, LONG_TEXT),
                        "method", "At most 300 characters; this has 10000."),
                Arguments.of("method with a NUL", new ComparisonEdit(null, null, null, null, null, null, "Cox\u0000"),
                        "method", "Remove the invisible control character (such as NUL) from the text."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad_comparisons")
    void a_bad_comparison_is_refused_by_its_field_and_writes_nothing(String name, ComparisonEdit edit, String field,
                                                                     String message) {
        refused(() -> efficacy.updateComparison(pfsComparison, 0, edit, "Reason"), field, message);
    }

    private ArmEdit armWithLabel(String label) {
        var arm = protocol.arm(COMBINATION_ARM).orElseThrow().values();
        return new ArmEdit(label, arm.shortLabel(), arm.role(), arm.participants());
    }

    @Test
    void protocol_text_too_long_or_with_a_nul_is_refused_by_its_field_and_writes_nothing() {
        refused(() -> protocol.updateArm(COMBINATION_ARM, 0, armWithLabel(LONG_TEXT), "Reason"),
                "label", "At most 300 characters; this has 10000.");
        refused(() -> protocol.updateArm(COMBINATION_ARM, 0, armWithLabel("Eribulin\u0000"), "Reason"),
                "label", "Remove the invisible control character (such as NUL) from the text.");
        var reference = protocol.referencesForCuration(FORTRESS).getFirst();
        var values = reference.values();
        refused(() -> protocol.updateReference(reference.id(), reference.version(),
                        new ReferenceEdit(values.number(), values.source(), LONG_TEXT, values.url()), "Reason"),
                "title", "At most 1000 characters; this has 10000.");
        refused(() -> protocol.createReference(FORTRESS, new ReferenceEdit(99, "Journal", "Title", "javascript:alert(1)"),
                "Reason"), "url", ReferenceEdit.URL_INVALID);
    }

    static List<String> odd_but_valid_text() {
        return List.of(SCRIPT + " arm", IMAGE, "Eribulin \u200Fמינון\u200F arm", "Eribulin 💊🧪 arm",
                "Eribule\u0301 (combining accent)", "Tab\tand\nnew line");
    }

    @ParameterizedTest
    @MethodSource("odd_but_valid_text")
    void odd_but_valid_text_is_stored_and_audited_exactly_as_typed(String label) {
        protocol.updateArm(COMBINATION_ARM, 0, armWithLabel(label), "Label as printed");
        assertThat(protocol.arm(COMBINATION_ARM).orElseThrow().values().label()).isEqualTo(label.trim());
        assertThat(jdbc.sql("select new_value from audit_entry where field = 'label'").query(String.class).single())
                .isEqualTo(label.trim());
    }

    @Test
    void a_trial_title_with_markup_is_stored_as_typed() {
        var trial = protocol.trial(FORTRESS).orElseThrow();
        var v = trial.values();
        protocol.updateTrial(FORTRESS, trial.version(), new TrialEdit(SCRIPT + IMAGE, v.phase(), v.status(), v.design(),
                v.condition(), v.enrolment(), v.priorTherapy(), v.mechanism(), v.outcome()), "Markup test");
        assertThat(protocol.trial(FORTRESS).orElseThrow().values().title()).isEqualTo(SCRIPT + IMAGE);
    }

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "CURATOR", "VIEWER"})
    void an_account_with_a_display_name_or_password_too_long_is_refused_and_writes_nothing() {
        refused(() -> users.create("newcurator", LONG_TEXT, Role.CURATOR, "long enough", "New colleague"),
                "displayName", "At most 200 characters; this has 10000.");
        refused(() -> users.create("newcurator", "New\u0000Curator", Role.CURATOR, "long enough", "New colleague"),
                "displayName", "Remove the invisible control character (such as NUL) from the text.");
        refused(() -> users.create("newcurator", "\u00A0", Role.CURATOR, "long enough", "New colleague"),
                "displayName", "Enter the name people know this user by.");
        refused(() -> users.create("newcurator", "New Curator", Role.CURATOR, LONG_TEXT, "New colleague"),
                "password", "A password can have at most 72 bytes (72 letters without accents).");
        refused(() -> users.create("<script>", "New Curator", Role.CURATOR, "long enough", "New colleague"),
                "username", "A user name has 2 to 60 letters, digits, dots, dashes or underscores.");
    }
}
