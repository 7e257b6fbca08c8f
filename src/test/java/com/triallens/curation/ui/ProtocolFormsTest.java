package com.triallens.curation.ui;

import com.triallens.base.domain.ArmRole;
import com.triallens.base.domain.Editable;
import com.triallens.base.domain.ReportedDecimal;
import com.triallens.trial.ArmEdit;
import com.triallens.trial.InterventionEdit;
import com.triallens.trial.ProtocolService;
import com.triallens.trial.ReferenceEdit;
import com.triallens.trial.TrialEdit;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** The protocol forms show each broken rule beside its field; reference delete explains why it cannot. */
@SpringBootTest
@ViewPackages(packages = "com.triallens")
@WithMockUser(username = "curator", roles = {"CURATOR", "VIEWER"})
@Transactional
class ProtocolFormsTest extends SpringBrowserlessTest {

    @Autowired ProtocolService protocol;

    private <T extends Record & com.triallens.trial.ProtocolEdit> RecordForm<T> shown(RecordForm<T> form, T values) {
        navigate(CurationView.class).add(form);
        form.read(values);
        return form;
    }

    private RecordForm<InterventionEdit> dosingForm() {
        return shown(ProtocolForms.intervention(), protocol.intervention(1).orElseThrow().values());
    }

    @Test
    void a_day_outside_the_cycle_and_a_day_twice_are_shown_next_to_the_days() {
        var form = dosingForm();
        var days = form.field("administrationDays", TextField.class);
        test(days).setValue("1,2,3,8,9,22");
        assertThat(form.validEdit()).isEmpty();
        assertThat(days.isInvalid()).isTrue();
        assertThat(days.getErrorMessage()).isEqualTo("Day 22 is outside the 21-day cycle: days run from 1 to 21.");

        test(days).setValue("1,8,8");
        assertThat(form.validEdit()).isEmpty();
        assertThat(days.getErrorMessage()).isEqualTo("Day 8 is listed twice.");
    }

    @Test
    void a_dose_of_0_is_shown_next_to_the_dose_and_a_typed_dose_keeps_its_places() {
        var form = dosingForm();
        var dose = form.field("dose", TextField.class);
        test(dose).setValue("0");
        assertThat(form.validEdit()).isEmpty();
        assertThat(dose.getErrorMessage()).isEqualTo("The dose must be greater than 0.");

        test(dose).setValue("1.40");
        assertThat(form.validEdit()).hasValueSatisfying(edit -> assertThat(edit.dose()).isEqualTo(ReportedDecimal.parse("1.40")));
    }

    @Test
    void a_cycle_length_of_0_is_shown_next_to_the_cycle_length() {
        var form = shown(ProtocolForms.intervention(), new InterventionEdit("Eribulin", ReportedDecimal.parse("1.4"),
                "mg/m²", "IV", 0, "1"));
        assertThat(form.validEdit()).isEmpty();
        assertThat(form.field("cycleLengthDays", IntegerField.class).getErrorMessage())
                .isEqualTo("The cycle length must be at least 1 day.");
    }

    @Test
    void a_url_that_is_no_web_address_and_a_missing_source_are_shown_by_their_fields() {
        var form = shown(ProtocolForms.reference(), protocol.reference(3).orElseThrow().values());
        test(form.field("url", TextField.class)).setValue("clinicaltrials.gov");
        test(form.field("source", TextField.class)).setValue(" ");
        assertThat(form.validEdit()).isEmpty();
        assertThat(form.field("url", TextField.class).getErrorMessage()).isEqualTo(ReferenceEdit.URL_INVALID);
        assertThat(form.field("source", TextField.class).getErrorMessage())
                .isEqualTo("Enter the source, for example the journal or website.");
    }

    @Test
    void a_missing_trial_title_and_a_negative_count_of_arm_participants_are_shown_by_their_fields() {
        var trial = shown(ProtocolForms.trial(), protocol.trial(1).orElseThrow().values());
        test(trial.field("title", TextArea.class)).setValue("");
        assertThat(trial.validEdit()).isEmpty();
        assertThat(trial.field("title", TextArea.class).getErrorMessage()).isEqualTo("Enter the trial's title.");

        var arm = shown(ProtocolForms.arm(), new ArmEdit("Eribulin alone", "Eribulin alone", ArmRole.ACTIVE_COMPARATOR, -1));
        assertThat(arm.validEdit()).isEmpty();
        assertThat(arm.field("participants", IntegerField.class).getErrorMessage())
                .isEqualTo("A count of participants cannot be negative.");
    }

    @Test
    void deleting_a_cited_reference_explains_why_it_cannot_and_keeps_it() {
        var view = navigate(CurationView.class);
        var dialog = new EditDialog<>(protocol.reference(2).orElseThrow(), ProtocolForms.reference(),
                protocol::updateReference, protocol::reference, () -> { }).deletable(protocol::deleteReference);
        view.add(dialog);
        dialog.open();
        test(dialog.reason).setValue("Duplicate of [1]");
        test($(Button.class).withText("Delete").single()).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(dialog.conflict.isVisible()).isTrue();
        assertThat(dialog.conflict.getText()).matches("Reference \\[2\\] is cited by \\d+ figures; change those first\\.");
        assertThat(protocol.reference(2)).isPresent();
    }

    @Test
    void a_new_reference_is_saved_from_the_curation_page() {
        var view = navigate(CurationView.class);
        test($(TabSheet.class).single()).select("References");
        roundTrip();
        test(view.newReference).click();
        roundTrip();
        var dialog = (EditDialog<?>) view.openDialog;
        var form = (RecordForm<?>) dialog.form;
        assertThat(form.field("number", IntegerField.class).getValue()).isEqualTo(8);
        test(form.field("source", TextField.class)).setValue("NEJM");
        test(form.field("url", TextField.class)).setValue("https://www.nejm.org/");
        test(dialog.reason).setValue("Full publication");
        test(dialog.save).click();
        assertThat(protocol.referencesForCuration(1)).extracting(r -> r.values().source()).contains("NEJM");
        assertThat(view.references.getListDataView().getItemCount()).isEqualTo(8);
    }

    @Test
    void the_trial_facts_form_saves_an_empty_enrolment() {
        var facts = protocol.trial(1).orElseThrow();
        var dialog = new EditDialog<>(facts, ProtocolForms.trial(), protocol::updateTrial, protocol::trial, () -> { });
        navigate(CurationView.class).add(dialog);
        dialog.open();
        var form = (RecordForm<TrialEdit>) dialog.form;
        form.field("enrolment", IntegerField.class).clear();
        test(dialog.reason).setValue("Not in the source");
        test(dialog.save).click();
        assertThat(protocol.trial(1).orElseThrow().values().enrolment()).isNull();
    }
    @Test
    void a_stale_dosing_save_shows_who_changed_it_and_keeps_the_typed_days() {
        var dialog = new EditDialog<>(protocol.intervention(1).orElseThrow(), ProtocolForms.intervention(),
                protocol::updateIntervention, protocol::intervention, () -> { });
        navigate(CurationView.class).add(dialog);
        dialog.open();
        protocol.updateIntervention(1, 0, new InterventionEdit("Balixafortide", ReportedDecimal.parse("5.5"), "mg/kg",
                "IV", 21, "1,2,3"), "Someone else was quicker");
        var days = ((RecordForm<?>) dialog.form).field("administrationDays", TextField.class);
        test(days).setValue("1,8,15");
        test(dialog.reason).setValue("Per protocol amendment");
        test(dialog.save).click();

        assertThat(dialog.conflict.getText())
                .startsWith("Balixafortide + eribulin / Balixafortide was changed by curator at ")
                .contains("Now it reads: Balixafortide 5.5 mg/kg IV, days 1,2,3 of a 21-day cycle.");
        assertThat(days.getValue()).isEqualTo("1,8,15");

        test(dialog.save).click();
        assertThat(protocol.intervention(1).orElseThrow().values().administrationDays()).isEqualTo("1,8,15");
    }
    @ParameterizedTest
    @ValueSource(strings = {"Trial", "References", "Arms", "Dosing", "Populations", "Endpoints"})
    void each_protocol_tab_lists_its_records_and_opens_the_first_in_its_form(String tab) {
        var view = navigate(CurationView.class);
        test($(TabSheet.class).single()).select(tab);
        roundTrip();
        Grid<? extends Editable<?>> grid = switch (tab) {
            case "Trial" -> view.trialFacts;
            case "References" -> view.references;
            case "Arms" -> view.arms;
            case "Dosing" -> view.dosing;
            case "Populations" -> view.populations;
            default -> view.endpoints;
        };
        var first = grid.getListDataView().getItem(0);
        test((Button) test(grid).getCellComponent(0, "edit")).click();
        roundTrip();
        assertThat(view.openDialog.isOpened()).isTrue();
        assertThat(view.openDialog.getHeaderTitle()).isEqualTo(first.label());
        System.out.printf("%s: %d rows, first %s = %s%n", tab, grid.getListDataView().getItemCount(), first.label(),
                test(grid).getCellText(0, 1));
    }
}
