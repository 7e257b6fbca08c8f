package com.triallens.ctgov;

import com.triallens.ctgov.ImportPreview.Difference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The protocol as the registry lists it (V10): facts, arm groups and interventions, imported and re-imported. */
@SpringBootTest
@Transactional
@WithMockUser(username = "curator", roles = {"CURATOR", "VIEWER"})
class RegistryProtocolImportTest {

    static final String REASON = "Protocol facts for the Overview";

    @Autowired CtgovImportService imports;
    @Autowired JdbcClient jdbc;

    private ImportPreview preview(String name) {
        return imports.preview(name, CtgovImportServiceTest.fixture(name), step -> { });
    }

    private long imported(String name) {
        return imports.importRecord(preview(name), REASON).trialId();
    }

    private Map<String, Object> protocol(long trialId) {
        return jdbc.sql("select * from registry_protocol where trial_id = :id").param("id", trialId).query().singleRow();
    }

    private List<String> armGroups(long trialId) {
        return jdbc.sql("""
                        select label || ' | ' || coalesce(group_type, '-') from registry_arm_group
                        where trial_id = :id order by ordinal""").param("id", trialId).query(String.class).list();
    }

    /** Each intervention as {@code name | type | groups in order}. */
    private List<String> interventions(long trialId) {
        return jdbc.sql("select id, name, intervention_type from registry_intervention where trial_id = :id order by ordinal")
                .param("id", trialId).query((rs, n) -> rs.getString("name") + " | " + rs.getString("intervention_type")
                        + " | " + String.join("; ", jdbc.sql("""
                                select group_label from registry_intervention_group where intervention_id = :i
                                order by ordinal""").param("i", rs.getLong("id")).query(String.class).list()))
                .list();
    }

    @Test
    void sponsor_dates_enrolment_type_and_summary_are_kept_as_posted_and_audited() {
        var trialId = imported("real/NCT04280705.json");

        assertThat(protocol(trialId)).containsEntry("STUDY_TYPE", "INTERVENTIONAL")
                .containsEntry("SPONSOR", "National Institute of Allergy and Infectious Diseases (NIAID)")
                .containsEntry("START_DATE", "2020-02-21").containsEntry("START_DATE_TYPE", "ACTUAL")
                .containsEntry("PRIMARY_COMPLETION_DATE", "2020-05-21").containsEntry("COMPLETION_DATE", "2020-05-21")
                .containsEntry("ENROLMENT_TYPE", "ACTUAL");
        assertThat((String) protocol(trialId).get("BRIEF_SUMMARY")).startsWith("This study is an adaptive, randomized");
        assertThat(jdbc.sql("select f.ref_number from registry_protocol p join reference f on f.id = p.reference_id"
                + " where p.trial_id = :id").param("id", trialId).query(Integer.class).single())
                .as("the facts cite the import's reference").isEqualTo(1);
        assertThat(jdbc.sql("select field || '=' || new_value from audit_entry where entity = 'registry_protocol'"
                + " and entity_id = :id").param("id", trialId).query(String.class).list())
                .contains("sponsor=National Institute of Allergy and Infectious Diseases (NIAID)", "startDate=2020-02-21",
                        "enrolmentType=ACTUAL");
    }

    @Test
    void interventions_keep_their_type_description_and_the_arm_groups_that_receive_them() {
        var trialId = imported("real/NCT04280705.json");

        assertThat(armGroups(trialId)).containsExactly("Placebo | PLACEBO_COMPARATOR", "Remdesivir | EXPERIMENTAL");
        assertThat(interventions(trialId)).containsExactly("Placebo | OTHER | Placebo", "Remdesivir | DRUG | Remdesivir");
        assertThat(jdbc.sql("select description from registry_intervention where trial_id = :id and name = 'Remdesivir'")
                .param("id", trialId).query(String.class).single()).startsWith("Drug Remdesivir is a single diastereomer");
        assertThat(jdbc.sql("select field || '=' || new_value from audit_entry where entity = 'registry_intervention'")
                .query(String.class).list()).contains("name=Remdesivir", "type=DRUG", "armGroups=Remdesivir");
    }

    @Test
    void one_intervention_given_to_eight_cohorts_lists_them_in_the_records_arm_group_order() {
        var trialId = imported("real/NCT04431453.json");

        assertThat(armGroups(trialId)).hasSize(8).allSatisfy(g -> assertThat(g).endsWith("| EXPERIMENTAL"));
        var remdesivir = interventions(trialId);
        assertThat(remdesivir).hasSize(1);
        assertThat(remdesivir.getFirst()).startsWith("Remdesivir | DRUG | Remdesivir (RDV), Cohort 1: Age 12 to <18")
                .contains("RDV, Cohort 8: < 12 Years and Weight ≥ 40 kg");
        assertThat(remdesivir.getFirst().split("; ")).hasSize(8);
    }

    @Test
    void groups_naming_an_intervention_receive_it_when_the_intervention_names_no_groups() {
        var trialId = imported(CtgovImportServiceTest.NO_RESULTS);

        assertThat(armGroups(trialId)).containsExactly("Dose escalation: Drug X + Eribulin | EXPERIMENTAL",
                "Sham infusion | SHAM_COMPARATOR");
        assertThat(interventions(trialId)).containsExactly("Drug X | DRUG | Dose escalation: Drug X + Eribulin",
                "Eribulin | DRUG | Dose escalation: Drug X + Eribulin", "Sham | OTHER | Sham infusion");
        assertThat(protocol(trialId)).containsEntry("ENROLMENT_TYPE", "ESTIMATED").containsEntry("START_DATE", null)
                .containsEntry("START_DATE_TYPE", null).containsEntry("SPONSOR", null);
    }

    @Test
    void an_observational_study_without_arm_groups_keeps_its_intervention_and_design() {
        var trialId = imported("real/NCT05594173.json");

        assertThat(protocol(trialId)).containsEntry("STUDY_TYPE", "OBSERVATIONAL")
                .containsEntry("SPONSOR", "University Health Network, Toronto");
        assertThat(armGroups(trialId)).isEmpty();
        assertThat(interventions(trialId)).containsExactly("Food texture modification | OTHER | ");
        assertThat(jdbc.sql("select design from trial where id = :id").param("id", trialId).query(String.class).single())
                .isEqualTo("Cohort model, prospective");
    }

    @Test
    void re_importing_a_trial_imported_before_the_protocol_was_kept_fills_it_in_once() {
        var trialId = imported("real/NCT04280705.json");
        forgetProtocol(trialId);

        var again = preview("real/NCT04280705.json");
        assertThat(again.hasChanges()).isTrue();
        assertThat(again.differences()).isEmpty();
        assertThat(again.added()).contains("Arm group: Placebo", "Arm group: Remdesivir", "Intervention: Placebo",
                "Intervention: Remdesivir").anySatisfy(line -> assertThat(line).startsWith("Registry facts: studyType,"
                + " sponsor, startDate, startDateType"));
        imports.importRecord(again, "Fill in the registry facts");

        assertThat(protocol(trialId)).containsEntry("SPONSOR", "National Institute of Allergy and Infectious Diseases (NIAID)");
        assertThat(interventions(trialId)).containsExactly("Placebo | OTHER | Placebo", "Remdesivir | DRUG | Remdesivir");
        assertThat(jdbc.sql("select f.ref_number from registry_protocol p join reference f on f.id = p.reference_id"
                + " where p.trial_id = :id").param("id", trialId).query(Integer.class).single()).isEqualTo(2);

        var third = preview("real/NCT04280705.json");
        assertThat(third.hasChanges()).isFalse();
        assertThatThrownBy(() -> imports.importRecord(third, "Once more"))
                .isInstanceOf(ImportRefusedException.class).hasMessageStartingWith("Nothing to update");
    }

    @Test
    void a_changed_intervention_or_sponsor_shows_as_a_difference_and_is_updated_audited() {
        var trialId = imported("real/NCT04280705.json");
        var json = JsonMapper.builder().build();
        var study = (ObjectNode) json.readTree(CtgovImportServiceTest.fixture("real/NCT04280705.json"));
        var protocol = (ObjectNode) study.get("protocolSection");
        ((ObjectNode) protocol.get("sponsorCollaboratorsModule").get("leadSponsor")).put("name", "NIAID");
        ((ObjectNode) protocol.get("armsInterventionsModule").get("interventions").get(1))
                .put("description", "Remdesivir 200 mg IV");

        var later = imports.preview("later.json", json.writeValueAsBytes(study), step -> { });
        assertThat(later.differences()).extracting(Difference::display).hasSize(2).contains(
                "Registry facts · sponsor: National Institute of Allergy and Infectious Diseases (NIAID) → NIAID")
                .anySatisfy(d -> assertThat(d).startsWith("Remdesivir · description: Drug Remdesivir is")
                        .endsWith(" → Remdesivir 200 mg IV"));
        imports.importRecord(later, "Sponsor renamed");

        assertThat(protocol(trialId)).containsEntry("SPONSOR", "NIAID");
        assertThat(jdbc.sql("select description from registry_intervention where trial_id = :id and name = 'Remdesivir'")
                .param("id", trialId).query(String.class).single()).isEqualTo("Remdesivir 200 mg IV");
        assertThat(interventions(trialId)).as("its arm groups are kept").contains("Remdesivir | DRUG | Remdesivir");
        assertThat(jdbc.sql("""
                        select entity || ' ' || field || ' -> ' || new_value from audit_entry
                        where old_value is not null and reason like 'Sponsor renamed%' order by id""")
                .query(String.class).list()).containsExactly("registry_intervention description -> Remdesivir 200 mg IV",
                "registry_protocol sponsor -> NIAID");
    }

    @Test
    void a_summary_longer_than_the_audit_trail_holds_is_kept_whole_and_a_change_after_the_cut_still_counts() {
        var json = JsonMapper.builder().build();
        var study = (ObjectNode) json.readTree(CtgovImportServiceTest.fixture("real/NCT04280705.json"));
        var description = (ObjectNode) study.get("protocolSection").get("descriptionModule");
        var summary = "A".repeat(2500) + " first version";
        description.put("briefSummary", summary);
        var trialId = imports.importRecord(imports.preview("long.json", json.writeValueAsBytes(study), step -> { }),
                REASON).trialId();

        assertThat(protocol(trialId)).containsEntry("BRIEF_SUMMARY", summary);
        var audited = jdbc.sql("select new_value from audit_entry where entity = 'registry_protocol'"
                + " and field = 'briefSummary'").query(String.class).single();
        assertThat(audited).hasSize(2000).startsWith("AAAA").contains("… (2514 characters, SHA-256 ");

        description.put("briefSummary", "A".repeat(2500) + " later version");
        var later = imports.preview("long-v2.json", json.writeValueAsBytes(study), step -> { });
        assertThat(later.differences()).extracting(Difference::field).containsExactly("briefSummary");
        imports.importRecord(later, "Summary edited at the end");
        assertThat((String) protocol(trialId).get("BRIEF_SUMMARY")).endsWith(" later version");
    }

    /** What a trial imported before V10 holds: none of the registry protocol rows. */
    private void forgetProtocol(long trialId) {
        jdbc.sql("delete from registry_intervention_group where intervention_id in"
                + " (select id from registry_intervention where trial_id = :id)").param("id", trialId).update();
        jdbc.sql("delete from registry_intervention where trial_id = :id").param("id", trialId).update();
        jdbc.sql("delete from registry_arm_group where trial_id = :id").param("id", trialId).update();
        jdbc.sql("delete from registry_protocol where trial_id = :id").param("id", trialId).update();
    }
}
