package com.triallens.trial;

import com.triallens.base.domain.ArmRole;
import com.triallens.base.domain.EditConflictException;
import com.triallens.base.domain.InvalidEditException;
import com.triallens.base.domain.RecordInUseException;
import com.triallens.base.domain.ReportedDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Protocol curation: each form's rules on the server, audited saves, stale saves refused, references in use kept. */
@SpringBootTest
@Transactional
@WithMockUser(username = "curator", roles = {"CURATOR", "VIEWER"})
class ProtocolServiceTest {

    static final long BALIXAFORTIDE = 1;
    static final long COMBINATION_ARM = 1;

    @Autowired ProtocolService protocol;
    @Autowired JdbcClient jdbc;

    private static final InterventionEdit BALIXAFORTIDE_DOSING = new InterventionEdit("Balixafortide",
            ReportedDecimal.parse("5.5"), "mg/kg", "IV", 21, "1,2,3,8,9,10");

    private List<String> auditRows() {
        return jdbc.sql("select entity || ' ' || entity_label || ' ' || field || ': ' || coalesce(old_value, 'null')"
                + " || ' -> ' || coalesce(new_value, 'null') from audit_entry order by id").query(String.class).list();
    }

    private InterventionEdit dosing(String dose, Integer cycle, String days) {
        return new InterventionEdit("Balixafortide", dose == null ? null : ReportedDecimal.parse(dose), "mg/kg", "IV",
                cycle, days);
    }

    private int armVersion() {
        return protocol.arm(COMBINATION_ARM).orElseThrow().version();
    }

    static Stream<Arguments> bad_dosing() {
        return Stream.of(
                Arguments.of("day 22 of a 21-day cycle", "5.5", 21, "1,2,3,8,9,22",
                        "administrationDays: Day 22 is outside the 21-day cycle: days run from 1 to 21."),
                Arguments.of("day 0", "5.5", 21, "0,8", "administrationDays: Day 0 is outside the 21-day cycle: days run from 1 to 21."),
                Arguments.of("a day twice", "5.5", 21, "1,2,8,2", "administrationDays: Day 2 is listed twice."),
                Arguments.of("days that are no numbers", "5.5", 21, "1-3, 8", "administrationDays: List the days as whole numbers separated by commas, for example 1,2,3,8."),
                Arguments.of("no days", "5.5", 21, " ", "administrationDays: Enter the days of the cycle the drug is given on, for example 1,8,15."),
                Arguments.of("dose 0", "0", 21, "1,8", "dose: The dose must be greater than 0."),
                Arguments.of("negative dose", "-1.4", 21, "1,8", "dose: The dose must be greater than 0."),
                Arguments.of("seven decimal places", "1.1234567", 21, "1,8",
                        "dose: A dose has at most 6 decimal places and fewer than 9 digits before the point."),
                Arguments.of("no dose", null, 21, "1,8", "dose: Enter the dose as printed, for example 1.4."),
                Arguments.of("cycle length 0", "5.5", 0, "1", "cycleLengthDays: The cycle length must be at least 1 day."),
                Arguments.of("no cycle length", "5.5", null, "1", "cycleLengthDays: The cycle length must be at least 1 day."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad_dosing")
    void bad_dosing_is_refused_with_its_message_and_writes_nothing(String name, String dose, Integer cycle, String days,
                                                                   String message) {
        assertThatThrownBy(() -> protocol.updateIntervention(BALIXAFORTIDE, armVersion(), dosing(dose, cycle, days), "Reason"))
                .isInstanceOf(InvalidEditException.class).hasMessage(message);
        System.out.printf("refused (%s): %s%n", name, message);
        assertThat(protocol.intervention(BALIXAFORTIDE).orElseThrow().values()).isEqualTo(BALIXAFORTIDE_DOSING);
        assertThat(auditRows()).isEmpty();
    }

    @Test
    void a_dosing_save_keeps_the_typed_precision_orders_the_days_and_audits_each_changed_field() {
        protocol.updateIntervention(BALIXAFORTIDE, armVersion(), dosing("5.50", 28, "8, 1,2"), "Checked the protocol");

        var saved = protocol.intervention(BALIXAFORTIDE).orElseThrow();
        assertThat(saved.values().dose()).hasToString("5.50");
        assertThat(saved.values().administrationDays()).isEqualTo("1,2,8");
        assertThat(saved.version()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from intervention").query(Long.class).single()).isEqualTo(3);
        assertThat(auditRows()).containsExactly(
                "intervention Balixafortide + eribulin / Balixafortide dose: 5.5 -> 5.50",
                "intervention Balixafortide + eribulin / Balixafortide cycleLengthDays: 21 -> 28",
                "intervention Balixafortide + eribulin / Balixafortide administrationDays: 1,2,3,8,9,10 -> 1,2,8");
        assertThat(protocol.intervention(2).orElseThrow().values().drug()).isEqualTo("Eribulin");
    }

    @Test
    void a_stale_dosing_save_names_who_changed_it_and_writes_nothing() {
        protocol.updateIntervention(BALIXAFORTIDE, 0, dosing("6", 21, "1,2,3,8,9,10"), "First");
        assertThatThrownBy(() -> protocol.updateIntervention(BALIXAFORTIDE, 0, dosing("7", 21, "1,8"), "Second"))
                .isInstanceOf(EditConflictException.class)
                .hasMessageStartingWith("Balixafortide + eribulin / Balixafortide was changed by curator at ");
        assertThat(protocol.intervention(BALIXAFORTIDE).orElseThrow().values().dose()).hasToString("6");
        assertThat(auditRows()).hasSize(1);
    }

    static Stream<Arguments> bad_references() {
        return Stream.of(
                Arguments.of(new ReferenceEdit(9, "Journal", null, "ftp://example.org/paper"),
                        "url: " + ReferenceEdit.URL_INVALID),
                Arguments.of(new ReferenceEdit(9, "Journal", null, "www.example.org"), "url: " + ReferenceEdit.URL_INVALID),
                Arguments.of(new ReferenceEdit(9, " ", null, null), "source: Enter the source, for example the journal or website."),
                Arguments.of(new ReferenceEdit(null, "Journal", null, null), "number: Enter the reference number, 1 or more."),
                Arguments.of(new ReferenceEdit(0, "Journal", null, null), "number: Enter the reference number, 1 or more."),
                Arguments.of(new ReferenceEdit(9, "J".repeat(201), null, null), "source: At most 200 characters; this has 201."),
                Arguments.of(new ReferenceEdit(3, "Journal", null, null), "number: Reference [3] already exists; choose another number."));
    }

    @ParameterizedTest
    @MethodSource("bad_references")
    void a_bad_reference_is_refused_on_create_and_update_and_writes_nothing(ReferenceEdit edit, String message) {
        assertThatThrownBy(() -> protocol.createReference(1, edit, "Reason"))
                .isInstanceOf(InvalidEditException.class).hasMessage(message);
        assertThatThrownBy(() -> protocol.updateReference(7, 0, edit, "Reason"))
                .isInstanceOf(InvalidEditException.class).hasMessage(message);
        System.out.println("refused: " + message);
        assertThat(protocol.referencesForCuration(1)).hasSize(7);
        assertThat(auditRows()).isEmpty();
    }

    @Test
    void a_reference_without_a_reason_is_refused() {
        assertThatThrownBy(() -> protocol.createReference(1, new ReferenceEdit(8, "Journal", null, null), " "))
                .isInstanceOf(InvalidEditException.class).hasMessage("reason: Give a reason for the change.");
    }

    @Test
    void a_reference_in_use_is_not_deleted_and_the_message_says_how_many_cite_it() {
        assertThatThrownBy(() -> protocol.deleteReference(2, 0, "Duplicate"))
                .isInstanceOf(RecordInUseException.class)
                .hasMessageMatching("Reference \\[2\\] is cited by \\d+ figures; change those first\\.");
        System.out.println(org.assertj.core.api.Assertions.catchThrowable(() -> protocol.deleteReference(2, 0, "x")).getMessage());
        assertThat(protocol.reference(2)).isPresent();
        assertThat(auditRows()).isEmpty();
    }

    @Test
    void a_new_reference_is_audited_and_once_uncited_can_be_deleted() {
        long id = protocol.createReference(1, new ReferenceEdit(8, " NEJM ", "A title", "https://nejm.org/x"), "Added the paper");
        var created = protocol.reference(id).orElseThrow();
        assertThat(created.values()).isEqualTo(new ReferenceEdit(8, "NEJM", "A title", "https://nejm.org/x"));

        protocol.updateReference(id, created.version(), new ReferenceEdit(8, "NEJM", "A title", null), "No open link");
        protocol.deleteReference(id, created.version() + 1, "Entered by mistake");

        assertThat(protocol.reference(id)).isEmpty();
        assertThat(auditRows()).containsExactly(
                "reference Reference [8] number: null -> 8",
                "reference Reference [8] source: null -> NEJM",
                "reference Reference [8] title: null -> A title",
                "reference Reference [8] url: null -> https://nejm.org/x",
                "reference Reference [8] url: https://nejm.org/x -> null",
                "reference Reference [8] number: 8 -> null",
                "reference Reference [8] source: NEJM -> null",
                "reference Reference [8] title: A title -> null",
                "reference Reference [8] record: null -> deleted");
    }

    @Test
    void a_stale_reference_delete_is_a_conflict() {
        long id = protocol.createReference(1, new ReferenceEdit(8, "NEJM", null, null), "Added");
        protocol.updateReference(id, 0, new ReferenceEdit(8, "Lancet", null, null), "Wrong journal");
        assertThatThrownBy(() -> protocol.deleteReference(id, 0, "Remove"))
                .isInstanceOf(EditConflictException.class).hasMessageContaining("was changed by curator at");
        assertThat(protocol.reference(id)).isPresent();
    }

    @Test
    void bad_trial_arm_population_and_endpoint_edits_are_refused_with_their_messages() {
        var facts = protocol.trial(1).orElseThrow().values();
        assertRefused(() -> protocol.updateTrial(1, 0, new TrialEdit(" ", facts.phase(), facts.status(), facts.design(),
                facts.condition(), 432, null, null, null), "Reason"), "title: Enter the trial's title.");
        assertRefused(() -> protocol.updateTrial(1, 0, new TrialEdit(facts.title(), facts.phase(), facts.status(),
                facts.design(), facts.condition(), -1, null, null, null), "Reason"),
                "enrolment: Enrolment cannot be negative; leave it empty if the source gives none.");
        assertRefused(() -> protocol.updateArm(1, 0, new ArmEdit("Combination", "", ArmRole.EXPERIMENTAL, null), "Reason"),
                "shortLabel: Enter the short label the tables use.");
        assertRefused(() -> protocol.updateArm(1, 0, new ArmEdit("Combination", "Combo", null, -2), "Reason"),
                "role: Choose the arm's role.; participants: A count of participants cannot be negative.");
        assertRefused(() -> protocol.updatePopulation(1, 0, new PopulationEdit("", "x"), "Reason"),
                "name: Enter the population's name.");
        assertRefused(() -> protocol.updateEndpoint(1, 0, new EndpointEdit("ORR", null, MeasureType.MEAN, null, false), "Reason"),
                "kind: Choose primary, secondary or exploratory.; populationId: Choose the analysis population.");
        assertRefused(() -> protocol.updateEndpoint(1, 0, new EndpointEdit("ORR", EndpointKind.PRIMARY, MeasureType.MEAN, 99L, false), "Reason"),
                "populationId: Choose a population of this trial.");
        assertThat(auditRows()).isEmpty();
        assertThat(protocol.trial(1).orElseThrow().version()).isZero();
    }

    private static void assertRefused(Runnable save, String message) {
        assertThatThrownBy(save::run).isInstanceOf(InvalidEditException.class).hasMessage(message);
        System.out.println("refused: " + message);
    }

    @Test
    void trial_arm_population_and_endpoint_saves_write_exactly_the_changed_fields() {
        var facts = protocol.trial(1).orElseThrow().values();
        protocol.updateTrial(1, 0, new TrialEdit(facts.title(), facts.phase(), "Terminated", facts.design(),
                facts.condition(), null, facts.priorTherapy(), facts.mechanism(), facts.outcome()), "Registry wording");
        protocol.updateArm(2, 0, new ArmEdit("Eribulin alone", "Eribulin alone", ArmRole.ACTIVE_COMPARATOR, 216), "CSR");
        protocol.updatePopulation(2, 0, new PopulationEdit("Overall", null), "Short");
        protocol.updateEndpoint(4, 0, new EndpointEdit("Median overall survival", EndpointKind.SECONDARY,
                MeasureType.MEDIAN_TIME, 1L, false), "Final analysis");
        assertThat(auditRows()).containsExactly(
                "trial FORTRESS status: Terminated early -> Terminated",
                "trial FORTRESS enrolment: 432 -> null",
                "arm Eribulin alone participants: null -> 216",
                "analysis_population Overall description: All randomised patients -> null",
                "endpoint Median overall survival (interim) interim: true -> false");
        assertThat(protocol.trial(1).orElseThrow().values().enrolment()).isNull();
        assertThat(protocol.arm(2).orElseThrow().values().participants()).isEqualTo(216);
    }

    @Test
    void a_stale_trial_save_is_a_conflict_and_writes_nothing() {
        var facts = protocol.trial(1).orElseThrow().values();
        protocol.updateTrial(1, 0, new TrialEdit(facts.title(), "3b", facts.status(), facts.design(), facts.condition(),
                facts.enrolment(), facts.priorTherapy(), facts.mechanism(), facts.outcome()), "First");
        assertThatThrownBy(() -> protocol.updateTrial(1, 0, facts, "Second"))
                .isInstanceOf(EditConflictException.class).hasMessageStartingWith("FORTRESS was changed by curator at ");
        assertThat(protocol.trial(1).orElseThrow().values().phase()).isEqualTo("3b");
        assertThat(auditRows()).hasSize(1);
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_viewer_calling_any_protocol_write_is_refused() {
        var facts = new TrialEdit("t", "3", "s", "d", "c", null, null, null, null);
        List<Runnable> writes = List.of(
                () -> protocol.updateTrial(1, 0, facts, "Viewer tries"),
                () -> protocol.createReference(1, new ReferenceEdit(8, "x", null, null), "Viewer tries"),
                () -> protocol.updateReference(1, 0, new ReferenceEdit(1, "x", null, null), "Viewer tries"),
                () -> protocol.deleteReference(1, 0, "Viewer tries"),
                () -> protocol.updateArm(1, 0, new ArmEdit("a", "a", ArmRole.OTHER, null), "Viewer tries"),
                () -> protocol.updateIntervention(1, 0, BALIXAFORTIDE_DOSING, "Viewer tries"),
                () -> protocol.updatePopulation(1, 0, new PopulationEdit("p", null), "Viewer tries"),
                () -> protocol.updateEndpoint(1, 0, new EndpointEdit("e", EndpointKind.PRIMARY, MeasureType.MEAN, 1L, false), "Viewer tries"));
        writes.forEach(write -> assertThatThrownBy(write::run).isInstanceOf(AccessDeniedException.class));
        assertThat(auditRows()).isEmpty();
    }
}
