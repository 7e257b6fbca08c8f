package com.triallens.curation.ui;

import com.triallens.Fortress;
import com.triallens.base.domain.FigureEdit;
import com.triallens.base.domain.ReportedDecimal;
import com.triallens.base.domain.ResultStatus;
import com.triallens.efficacy.EfficacyService;
import com.triallens.trial.ProtocolService;
import com.triallens.trial.ReferenceEdit;
import com.triallens.trial.TrialEdit;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input typed into the curation forms: the field says what is wrong and nothing is saved; markup
 * saved as a title is shown as its characters, never turned into elements.
 */
@SpringBootTest
@ViewPackages(packages = "com.triallens")
@WithMockUser(username = "curator", roles = {"CURATOR", "VIEWER"})
@Transactional
class BadInputFormsTest extends SpringBrowserlessTest {

    static final String MARKUP = "<script>alert(1)</script><img src=x onerror=alert(1)>";

    @Autowired EfficacyService efficacy;
    @Autowired ProtocolService protocol;
    @Autowired JdbcClient jdbc;

    private long auditRows() {
        return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    }

    /** The dialog the Curation page opens for the CBR of eribulin alone , with a value and a reason typed. */
    private EditDialog<FigureEdit> typed(String value, String unit, String reason) {
        var dialog = new EditDialog<>(efficacy.result(cbrEribulin()).orElseThrow(), new FigureForm(), efficacy::updateResult,
                efficacy::result, () -> { });
        navigate(CurationView.class).add(dialog);
        dialog.open();
        var form = (FigureForm) dialog.form;
        test(form.value).setValue(value);
        test(form.unit).setValue(unit);
        test(dialog.reason).setValue(reason);
        test(dialog.save).click();
        return dialog;
    }

    private void nothingSaved() {
        assertThat(efficacy.result(cbrEribulin()).orElseThrow().version()).isZero();
        assertThat(efficacy.result(cbrEribulin()).orElseThrow().values())
                .isEqualTo(new FigureEdit(ResultStatus.REPORTED, ReportedDecimal.parse("19.6"), "%", null));
        assertThat(auditRows()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1,5", "1e309", "NaN", "Infinity", "1e999999999", MARKUP})
    void text_that_is_no_number_is_shown_beside_the_value_and_nothing_is_saved(String value) {
        var form = (FigureForm) typed(value, "%", "Checked").form;
        assertThat(form.value.isInvalid()).isTrue();
        assertThat(form.value.getErrorMessage()).isEqualTo(FieldRules.NOT_A_NUMBER);
        nothingSaved();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e20", "99999999999999999999", "0.0000001"})
    void a_number_too_large_or_too_precise_is_shown_beside_the_value_and_nothing_is_saved(String value) {
        var form = (FigureForm) typed(value, "months", "Checked").form;
        assertThat(form.value.getErrorMessage()).isEqualTo("At most 8 digits before the point and 6 decimal places.");
        nothingSaved();
    }

    @Test
    void a_unit_too_long_and_a_reason_too_long_or_blank_are_shown_beside_their_fields() {
        var dialog = typed("20", "x".repeat(10_000), "x".repeat(10_000));
        assertThat(((FigureForm) dialog.form).unit.getErrorMessage()).isEqualTo("At most 40 characters; this has 10000.");
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("At most 2000 characters; this has 10000.");
        assertThat(typed("20", "%", "\u00A0\u200F").reason.getErrorMessage()).isEqualTo("Give a reason for the change.");
        nothingSaved();
    }

    @Test
    void comparison_bounds_and_p_values_out_of_range_are_shown_beside_their_fields() {
        var form = new ComparisonForm();
        navigate(CurationView.class).add(form);
        form.read(efficacy.comparison(pfsComparison()).orElseThrow().values());
        test(form.ciLower).setValue("-0.81");
        test(form.pValue).setValue("1e-11");
        test(form.estimate).setValue("Infinity");
        assertThat(form.validEdit()).isEmpty();
        assertThat(form.ciLower.getErrorMessage()).isEqualTo("The lower bound of a hazard ratio must be greater than 0.");
        assertThat(form.pValue.getErrorMessage()).isEqualTo("At most 2 digits before the point and 10 decimal places.");
        assertThat(form.estimate.getErrorMessage()).isEqualTo(FieldRules.NOT_A_NUMBER);
    }

    /** Every element of the page, depth first. */
    private static Stream<Element> elements(Element root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(BadInputFormsTest::elements));
    }

    /** Opens the page (its route) and checks the markup is in it as text, and made nothing but text. */
    private void shownAsText(String route, String markup) {
        UI.getCurrent().navigate(route);
        // the main layout with the view in it: body does not list it among its children
        var top = getCurrentView().getElement();
        while (top.getParent() != null && top.getParent().getParent() != null) {
            top = top.getParent();
        }
        var page = top;
        var holders = elements(page).filter(e -> !e.isTextNode() && e.getChildren()
                .anyMatch(child -> child.isTextNode() && child.getText().contains(markup))).toList();
        assertThat(holders).as("elements showing the markup as their text").isNotEmpty();
        var tags = elements(page).filter(e -> !e.isTextNode()).toList();
        assertThat(tags).extracting(Element::getTag).as("no element made from the markup").doesNotContain("script", "img");
        assertThat(tags).noneMatch(e -> e.hasProperty("innerHTML"));
        assertThat(elements(page).flatMap(e -> e.getComponent().stream())).noneMatch(Html.class::isInstance);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains(markup);
    }

    @Test
    void a_trial_title_with_markup_is_shown_as_its_characters_on_the_overview() {
        var trial = protocol.trial(1).orElseThrow();
        var v = trial.values();
        protocol.updateTrial(1, trial.version(), new TrialEdit(MARKUP, v.phase(), v.status(), v.design(),
                v.condition(), v.enrolment(), v.priorTherapy(), v.mechanism(), v.outcome()), "Markup test");
        shownAsText("overview", MARKUP);
    }

    @Test
    void a_reference_title_with_markup_is_shown_as_its_characters_in_the_reference_list() {
        var reference = protocol.referencesForCuration(1).getFirst();
        var v = reference.values();
        protocol.updateReference(reference.id(), reference.version(),
                new ReferenceEdit(v.number(), v.source(), MARKUP, v.url()), "Markup test");
        shownAsText("references", MARKUP);
    }

    private long cbrEribulin() {
        return new Fortress(jdbc).measurement("Clinical benefit rate", Fortress.ERIBULIN);
    }

    private long pfsComparison() {
        return new Fortress(jdbc).analysis("Median progression-free survival");
    }
}
