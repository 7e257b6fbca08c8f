package com.triallens.curation.ui;

import com.triallens.Fortress;
import com.triallens.base.domain.FigureEdit;
import com.triallens.base.domain.ReportedDecimal;
import com.triallens.base.domain.ResultStatus;
import com.triallens.efficacy.EfficacyService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** The forms show each broken rule beside its field, and the dialog handles a missing reason and a stale save. */
@SpringBootTest
@ViewPackages(packages = "com.triallens")
@WithMockUser(username = "curator", roles = {"CURATOR", "VIEWER"})
@Transactional
class CurationFormsTest extends SpringBrowserlessTest {

    @Autowired EfficacyService efficacy;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private FigureForm figureForm(String value, String unit, boolean notReported) {
        var form = new FigureForm();
        navigate(CurationView.class).add(form);
        form.read(new FigureEdit(ResultStatus.REPORTED, ReportedDecimal.parse("19.6"), "%", null));
        test(form.value).setValue(value);
        test(form.unit).setValue(unit);
        if (notReported) {
            test(form.notReported).click();
        }
        return form;
    }

    @Test
    void a_percentage_above_100_is_shown_next_to_the_value() {
        var form = figureForm("100.5", "%", false);
        assertThat(form.validEdit()).isEmpty();
        assertThat(form.value.isInvalid()).isTrue();
        assertThat(form.value.getErrorMessage()).isEqualTo("A percentage must be between 0 and 100.");
    }

    @Test
    void not_reported_with_a_number_and_text_that_is_no_number_are_shown_next_to_the_value() {
        var notReported = figureForm("0", "%", true);
        assertThat(notReported.validEdit()).isEmpty();
        assertThat(notReported.value.getErrorMessage()).isEqualTo("A value marked not reported must have no number.");

        var text = figureForm("about 20", "%", false);
        assertThat(text.validEdit()).isEmpty();
        assertThat(text.value.getErrorMessage()).isEqualTo(FieldRules.NOT_A_NUMBER);
    }

    @Test
    void a_missing_unit_is_required() {
        var form = figureForm("20", "", false);
        assertThat(form.validEdit()).isEmpty();
        assertThat(form.unit.isInvalid()).isTrue();
        assertThat(form.unit.getErrorMessage()).isEqualTo("Enter the unit, for example % or months.");
    }

    @Test
    void the_typed_precision_is_kept_28_has_no_places_and_26_5_has_one() {
        assertThat(figureForm("28", "%", false).validEdit()).hasValueSatisfying(e -> assertThat(e.value().places()).isZero());
        assertThat(figureForm("26.5", "%", false).validEdit()).hasValueSatisfying(e -> assertThat(e.value().places()).isEqualTo(1));
    }

    @Test
    void comparison_bounds_hazard_ratio_level_and_p_value_errors_are_shown_by_their_fields() {
        var form = new ComparisonForm();
        navigate(CurationView.class).add(form);
        form.read(efficacy.comparison(pfsComparison()).orElseThrow().values());
        test(form.estimate).setValue("1.50");
        test(form.ciLevel).setValue("100");
        test(form.pValue).setValue("1.2");
        assertThat(form.validEdit()).isEmpty();
        assertThat(form.ciUpper.getErrorMessage()).isEqualTo("The upper bound must not be below the estimate.");
        assertThat(form.ciLevel.getErrorMessage()).isEqualTo("The confidence level must be above 0 and below 100.");
        assertThat(form.pValue.getErrorMessage()).isEqualTo("A p-value must be between 0 and 1.");

        test(form.estimate).setValue("0");
        test(form.ciLevel).setValue("96");
        test(form.pValue).setValue("");
        assertThat(form.validEdit()).isEmpty();
        assertThat(form.estimate.getErrorMessage()).isEqualTo("The estimate of a hazard ratio must be greater than 0.");
    }

    @Test
    void saving_without_a_reason_is_refused_beside_the_reason_field_and_writes_nothing() {
        var dialog = openCbrEribulin();
        test(dialog.save).click();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("Give a reason for the change.");
        assertThat(efficacy.result(cbrEribulin()).orElseThrow().version()).isZero();
    }

    @Test
    void a_stale_save_shows_who_changed_it_and_the_newer_value_and_keeps_the_typed_one() {
        var dialog = openCbrEribulin();
        efficacy.updateResult(cbrEribulin(), 0, new FigureEdit(ResultStatus.REPORTED, ReportedDecimal.parse("19.8"), "%", null),
                "Someone else was quicker");
        var form = (FigureForm) dialog.form;
        test(form.value).setValue("20.4");
        test(dialog.reason).setValue("My correction");
        test(dialog.save).click();

        assertThat(dialog.conflict.isVisible()).isTrue();
        assertThat(dialog.conflict.getText()).startsWith("Clinical benefit rate / Eribulin alone was changed by curator at ")
                .contains("Now it reads: 19.8 %.");
        assertThat(form.value.getValue()).isEqualTo("20.4");

        test(dialog.save).click();
        assertThat(efficacy.result(cbrEribulin()).orElseThrow().values().value()).hasToString("20.4");
    }

    /** The edit dialog the Curation page opens for the CBR of eribulin alone . */
    private EditDialog<FigureEdit> openCbrEribulin() {
        var dialog = new EditDialog<>(efficacy.result(cbrEribulin()).orElseThrow(), new FigureForm(), efficacy::updateResult,
                efficacy::result, () -> { });
        navigate(CurationView.class).add(dialog);
        dialog.open();
        return dialog;
    }

    private long cbrEribulin() {
        return new Fortress(jdbc).measurement("Clinical benefit rate", Fortress.ERIBULIN);
    }

    private long pfsComparison() {
        return new Fortress(jdbc).analysis("Median progression-free survival");
    }
}
