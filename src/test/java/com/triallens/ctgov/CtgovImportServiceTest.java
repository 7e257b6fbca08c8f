package com.triallens.ctgov;

import com.triallens.base.domain.InvalidEditException;
import com.triallens.ctgov.ImportPreview.Difference;
import com.triallens.ctgov.ImportPreview.NotMapped;
import com.triallens.efficacy.EfficacyService;
import com.triallens.safety.SafetyService;
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
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading a ClinicalTrials.gov study record, previewing it, and writing it audited; bad files write nothing. */
@SpringBootTest
@Transactional
@WithMockUser(username = "curator", roles = {"CURATOR", "VIEWER"})
class CtgovImportServiceTest {

    static final String ERIBULIN = "nct09990001-test-eribulin.json";
    static final String NO_RESULTS = "nct09990002-test-no-results.json";
    static final String REASON = "New trial for the comparison";
    static final List<String> TABLES = List.of("trial", "reference", "trial_citation", "arm", "analysis_population",
            "endpoint", "endpoint_citation", "registry_results", "result_group", "result_measure", "result_measurement",
            "result_analysis", "reported_event", "reported_event_stat", "trial_import", "audit_entry");

    @Autowired CtgovImportService imports;
    @Autowired EfficacyService efficacy;
    @Autowired SafetyService safety;
    @Autowired JdbcClient jdbc;

    static byte[] fixture(String name) {
        try (var in = CtgovImportServiceTest.class.getResourceAsStream("/ctgov/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportPreview preview(String name) {
        return imports.preview(name, fixture(name), step -> { });
    }

    private Map<String, Long> rowCounts() {
        var counts = new LinkedHashMap<String, Long>();
        TABLES.forEach(table -> counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single()));
        return counts;
    }

    private long trialId(String registryId) {
        return jdbc.sql("select id from trial where registry_id = :id").param("id", registryId).query(Long.class).single();
    }

    /** One group's measurement of a measure with a single class and category, as stored (text as posted). */
    private Map<String, Object> result(String measure, String group) {
        return jdbc.sql("""
                        select v.*, m.unit_of_measure, m.dispersion_type,
                            (select d.count_text from result_denom d where d.measure_id = m.id and d.group_id = g.id
                             and d.class_id is null) as analysed
                        from result_measurement v join result_group g on g.id = v.group_id
                        join result_category k on k.id = v.category_id join result_class c on c.id = k.class_id
                        join result_measure m on m.id = c.measure_id
                        where m.title = :measure and g.title = :group
                          and m.trial_id = (select id from trial where registry_id = 'NCT09990001')""")
                .param("measure", measure).param("group", group).query().singleRow();
    }

    private Map<String, Object> analysis(String measure) {
        return jdbc.sql("""
                        select a.* from result_analysis a join result_measure m on m.id = a.measure_id
                        where m.title = :measure and m.trial_id = (select id from trial where registry_id = 'NCT09990001')
                        order by a.ordinal fetch first 1 rows only""")
                .param("measure", measure).query().singleRow();
    }

    private Map<String, Object> adverseEvent(String term, String group) {
        return jdbc.sql("""
                        select e.serious, e.organ_system, s.* from reported_event_stat s
                        join reported_event e on e.id = s.event_id join result_group g on g.id = s.group_id
                        where e.term = :term and g.title = :group""")
                .param("term", term).param("group", group).query().singleRow();
    }

    @Test
    void preview_maps_the_record_and_writes_nothing() {
        var before = rowCounts();
        var preview = preview(ERIBULIN);

        assertThat(rowCounts()).isEqualTo(before);
        assertThat(preview.trialExists()).isFalse();
        assertThat(preview.registryId()).isEqualTo("NCT09990001");
        assertThat(preview.acronym()).isEqualTo("TEST-ERIBULIN");
        assertThat(preview.counts()).isEqualTo(new ImportPreview.Counts(2, 3, 6, 5, 5, 4, 4, 64));
        assertThat(preview.lines()).first().isEqualTo(
                "Trial TEST-ERIBULIN (NCT09990001), phase 3, Active, not recruiting, 198 enrolled");
        assertThat(preview.lines()).last().isEqualTo("Registry results, every figure under its own reporting group "
                + "(Results page): 5 reporting groups, 5 outcome measures with 4 analyses, 0 baseline measures, "
                + "0 participant-flow periods, 4 adverse-event terms; 64 figures in all; 5 of 5 reporting groups are "
                + "proposed as arms (change them below)");
        preview.lines().forEach(line -> System.out.println("preview: " + line));
    }

    @Test
    void import_keeps_every_figure_as_posted_with_its_places_and_cites_the_record() {
        var imported = imports.importRecord(preview(ERIBULIN), REASON);
        assertThat(imported.created()).isTrue();

        var trial = jdbc.sql("select * from trial where id = :id").param("id", imported.trialId()).query().singleRow();
        assertThat(trial).containsEntry("ACRONYM", "TEST-ERIBULIN").containsEntry("PHASE", "3")
                .containsEntry("STATUS", "Active, not recruiting").containsEntry("ENROLMENT", 198)
                .containsEntry("DESIGN", "Randomized, parallel assignment, open label; primary purpose: treatment")
                .containsEntry("CONDITION_TEXT", "Metastatic Breast Cancer; HER2-negative Breast Cancer");
        var reference = jdbc.sql("select * from reference where trial_id = :id").param("id", imported.trialId()).query().singleRow();
        assertThat(reference).containsEntry("REF_NUMBER", 1).containsEntry("SOURCE", "ClinicalTrials.gov")
                .containsEntry("URL", "https://clinicaltrials.gov/study/NCT09990001")
                .containsEntry("TITLE", "ClinicalTrials.gov API v2 record, file nct09990001-test-eribulin.json, "
                        + "version date 2024-05-02 (lastUpdatePostDate)");
        assertThat(jdbc.sql("select label || ':' || role from arm where trial_id = :id order by ordinal")
                .param("id", imported.trialId()).query(String.class).list())
                .containsExactly("Eribulin:ACTIVE_COMPARATOR", "Capecitabine:ACTIVE_COMPARATOR");

        var orr = result("Objective Response Rate (ORR)", "Eribulin");
        assertThat(orr).containsEntry("VALUE_TEXT", "11").containsEntry("UNIT_OF_MEASURE", "Participants")
                .containsEntry("ANALYSED", "100");
        var pfs = result("Progression-free Survival (PFS)", "Capecitabine");
        assertThat(pfs).containsEntry("VALUE_TEXT", "4.20").containsEntry("LOWER_TEXT", "3.8")
                .containsEntry("UPPER_TEXT", "NA").containsEntry("UNIT_OF_MEASURE", "Months")
                .containsEntry("DISPERSION_TYPE", "95% Confidence Interval")
                .containsEntry("COMMENT", "Upper limit not estimable");
        assertThat(result("Progression-free Survival (PFS)", "Eribulin")).containsEntry("LOWER_TEXT", "3.50");
        var os = result("Overall Survival (OS)", "Eribulin");
        assertThat(os).containsEntry("VALUE_TEXT", "NA").containsEntry("LOWER_TEXT", "13.9")
                .containsEntry("COMMENT", "Median not reached");
        var qol = result("Change From Baseline in Quality of Life Score", "Eribulin");
        assertThat(qol).containsEntry("SPREAD_TEXT", "10.25").containsEntry("DISPERSION_TYPE", "Standard Deviation");

        var hazard = analysis("Progression-free Survival (PFS)");
        assertThat(hazard).containsEntry("PARAM_TYPE", "Hazard Ratio (HR)").containsEntry("PARAM_VALUE", "1.08")
                .containsEntry("CI_PCT_VALUE", "95").containsEntry("CI_LOWER", "0.93").containsEntry("CI_UPPER", "1.25")
                .containsEntry("P_VALUE", "0.30").containsEntry("STATISTICAL_METHOD", "Log Rank")
                .containsEntry("CI_NUM_SIDES", "TWO_SIDED");
        assertThat(analysis("Overall Survival (OS)")).containsEntry("P_VALUE", "<0.001");
        assertThat(analysis("Objective Response Rate (ORR)")).containsEntry("PARAM_TYPE", "Odds Ratio (OR)");

        var febrile = adverseEvent("Febrile neutropenia", "Eribulin");
        assertThat(febrile).containsEntry("SERIOUS", true)
                .containsEntry("ORGAN_SYSTEM", "Blood and lymphatic system disorders")
                .containsEntry("NUM_AFFECTED", 5).containsEntry("NUM_AT_RISK", 99).containsEntry("NUM_EVENTS", 6);
        var handFoot = adverseEvent("Palmar-plantar erythrodysaesthesia syndrome", "Capecitabine");
        assertThat(List.of(handFoot.get("NUM_AFFECTED"), handFoot.get("NUM_AT_RISK"))).containsExactly(24, 97);
        assertThat(jdbc.sql("""
                        select t.serious_affected || ' ' || t.deaths_affected from event_total t
                        join result_group g on g.id = t.group_id where g.title = :group""")
                .param("group", "Capecitabine").query(String.class).single()).startsWith("15 ");

        assertThat(jdbc.sql("""
                        select (select count(*) from result_measurement v join result_group g on g.id = v.group_id
                                where g.trial_id = :trial and v.reference_id is not null)
                             + (select count(*) from result_analysis a join result_measure m on m.id = a.measure_id
                                where m.trial_id = :trial and a.reference_id is not null)
                             + (select count(*) from registry_results r where r.trial_id = :trial and r.reference_id <> :ref)""")
                .param("trial", imported.trialId()).param("ref", reference.get("ID")).query(Long.class).single())
                .as("figures citing another reference than the record").isZero();
        assertThat(jdbc.sql("select file_name || ' ' || version_date || ' ' || action || ' ' || imported_by from trial_import")
                .query(String.class).single()).isEqualTo("nct09990001-test-eribulin.json 2024-05-02 CREATED curator");
    }

    @Test
    void imported_figures_read_on_the_existing_efficacy_and_safety_pages() {
        var trialId = imports.importRecord(preview(ERIBULIN), REASON).trialId();

        var rows = efficacy.efficacyTable(trialId).rows();
        assertThat(rows).extracting(row -> row.endpoint().name()).contains("Progression-free Survival (PFS)",
                "Overall Survival (OS)");
        var pfs = rows.stream().filter(r -> r.endpoint().name().startsWith("Progression")).findFirst().orElseThrow();
        assertThat(pfs.comparison().orElseThrow().display()).isEqualTo("HR 1.08 (95 % CI 0.93–1.25); p = 0.30");
        assertThat(safety.safetyTable(trialId).rows()).hasSize(7);
    }

    @Test
    void posted_intervals_notes_and_text_p_values_are_shown_as_posted() {
        var trialId = imports.importRecord(preview(ERIBULIN), REASON).trialId();
        var table = efficacy.efficacyTable(trialId);
        var eribulin = table.arms().stream().filter(a -> a.label().equals("Eribulin")).findFirst().orElseThrow().id();
        var capecitabine = table.arms().stream().filter(a -> a.label().equals("Capecitabine")).findFirst().orElseThrow().id();
        var pfs = table.rows().stream().filter(r -> r.endpoint().name().startsWith("Progression")).findFirst().orElseThrow();
        var os = table.rows().stream().filter(r -> r.endpoint().name().startsWith("Overall")).findFirst().orElseThrow();

        assertThat(pfs.figure(eribulin).display()).isEqualTo("4.1 Months (95% Confidence Interval 3.50–4.6)");
        assertThat(pfs.figure(capecitabine).display()).isEqualTo("4.20 Months (95% Confidence Interval 3.8–NA)");
        assertThat(pfs.figure(capecitabine).note()).contains("Upper limit not estimable");
        assertThat(os.figure(eribulin).display())
                .isEqualTo("NA: Median not reached (95% Confidence Interval 13.9–NA)");
        assertThat(os.figure(eribulin).note()).contains("Median not reached");
        assertThat(os.comparisonText()).endsWith("p < 0.001");

        var responses = com.triallens.efficacy.ui.EfficacyCharts.responseRates(table, "TEST");
        assertThat(responses.series().getFirst().data()).extracting(com.triallens.base.ui.chart.Datum::label)
                .startsWith("11 Participants of 100 (11.0 %)");
        assertThat(com.triallens.efficacy.ui.EfficacyCharts.forestPlot(table, "TEST").y().categories())
                .containsExactly("Objective Response Rate (ORR) · Eribulin vs Capecitabine",
                        "Progression-free Survival (PFS) · Eribulin vs Capecitabine",
                        "Overall Survival (OS) · Eribulin vs Capecitabine");
    }

    @Test
    void what_the_model_cannot_hold_is_listed_with_the_reason() {
        var notMapped = preview(ERIBULIN).notMapped();
        notMapped.forEach(n -> System.out.println("not mapped: " + n.item() + " — " + n.reason()));

        assertThat(notMapped).extracting(NotMapped::item).contains(
                "Intervention drug \"Eribulin mesylate\"", "Intervention drug \"Capecitabine\"");
        assertThat(notMapped).as("every figure is kept under its reporting group, linked to an arm or not")
                .noneMatch(n -> n.item().startsWith("Results group") || n.item().startsWith("Figures of"));
        assertThat(notMapped).filteredOn(n -> n.item().startsWith("Intervention")).allSatisfy(n ->
                assertThat(n.reason()).contains("no structured dose"));
    }

    @Test
    void a_record_without_results_gives_the_protocol_and_no_figures() {
        var preview = preview(NO_RESULTS);

        assertThat(preview.counts()).isEqualTo(new ImportPreview.Counts(2, 1, 2, 0, 0, 0, 0, 0));
        assertThat(preview.lines()).first().isEqualTo(
                "Trial SYNTHETIC TEST RECORD Without Results: A Dose-finding…" + " (NCT09990002), phase 1/2, Recruiting, 60 enrolled");
        assertThat(preview.notMapped()).extracting(NotMapped::item).contains("Arm type SHAM_COMPARATOR of \"Sham infusion\"")
                .as("the enrolment type is kept and shown as anticipated").doesNotContain("Enrolment type ESTIMATED");

        var trialId = imports.importRecord(preview, REASON).trialId();
        assertThat(jdbc.sql("select phase || ' / ' || design from trial where id = :id").param("id", trialId)
                .query(String.class).single())
                .isEqualTo("1/2 / Non-randomized, sequential assignment, open label; primary purpose: treatment");
        assertThat(jdbc.sql("select name || ':' || kind from endpoint where trial_id = :id order by ordinal")
                .param("id", trialId).query(String.class).list()).containsExactly(
                "Number of Participants With Dose-limiting Toxicities:PRIMARY", "Objective Response Rate:SECONDARY");
    }

    static Stream<Arguments> bad_files() {
        var oversize = new byte[CtgovImportService.MAX_FILE_BYTES + 1];
        Arrays.fill(oversize, (byte) ' ');
        oversize[0] = '{';
        return Stream.of(
                Arguments.of("not-json.json", fixture("not-json.json"), "The file is not a JSON study record: it is not valid JSON"),
                Arguments.of("truncated.json", fixture("truncated.json"), "The file ends in the middle of the record"),
                Arguments.of("studies-list.json", fixture("studies-list.json"),
                        "This is a list of studies (a search result with 2 studies); download a single study record"),
                Arguments.of("no-nct-id.json", fixture("no-nct-id.json"),
                        "This JSON is not a ClinicalTrials.gov study record: it has no protocolSection.identificationModule.nctId."),
                Arguments.of("empty.json", new byte[0], "The file is empty."),
                Arguments.of("oversize.json", oversize, "The file is larger than 10 MB"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad_files")
    void a_bad_file_is_refused_with_a_clear_message_and_writes_nothing(String name, byte[] content, String message) {
        var before = rowCounts();
        assertThatThrownBy(() -> imports.preview(name, content, step -> { }))
                .isInstanceOf(ImportRefusedException.class).hasMessageStartingWith(message)
                .satisfies(e -> System.out.printf("refused %s: %s%n", name, e.getMessage()));
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void an_oversize_upload_is_refused_after_reading_one_byte_past_the_limit() {
        var endless = new java.io.InputStream() {
            long served;

            @Override
            public int read() {
                served++;
                return ' ';
            }
        };
        assertThatThrownBy(() -> CtgovImportService.read(endless)).isInstanceOf(ImportRefusedException.class)
                .hasMessageStartingWith("The file is larger than 10 MB");
        assertThat(endless.served).isEqualTo(CtgovImportService.MAX_FILE_BYTES + 1L);
        assertThat(CtgovImportService.read(new ByteArrayInputStream(fixture(ERIBULIN)))).isEqualTo(fixture(ERIBULIN));
    }

    @Test
    void each_created_value_is_audited_with_the_reason_and_the_file_name() {
        var trialId = imports.importRecord(preview(ERIBULIN), REASON).trialId();

        var rows = jdbc.sql("select entity, entity_id, entity_label, field, old_value, new_value, reason, username"
                + " from audit_entry order by id").query().listOfRows();
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get("REASON")).isEqualTo(REASON + " (ClinicalTrials.gov import: file "
                    + "nct09990001-test-eribulin.json, version date 2024-05-02)");
            assertThat(row.get("USERNAME")).isEqualTo("curator");
            assertThat(row.get("OLD_VALUE")).isNull();
        });
        assertThat(rows).filteredOn(row -> row.get("ENTITY").equals("trial"))
                .extracting(row -> row.get("FIELD") + "=" + row.get("NEW_VALUE"))
                .contains("registryId=NCT09990001", "acronym=TEST-ERIBULIN", "phase=3", "enrolment=198");
        assertThat(rows).filteredOn(row -> row.get("ENTITY").equals("registry_results"))
                .extracting(row -> row.get("FIELD") + "=" + row.get("NEW_VALUE")).contains("figures=64");
        assertThat(rows).filteredOn(row -> row.get("ENTITY").equals("trial_import"))
                .extracting(row -> row.get("FIELD") + "=" + row.get("NEW_VALUE"))
                .containsExactly("action=CREATED", "fileName=nct09990001-test-eribulin.json", "versionDate=2024-05-02",
                        "reference=[1]");
        assertThat(trialId).isPositive();
    }

    @Test
    void an_import_without_a_reason_is_refused_and_writes_nothing() {
        var preview = preview(ERIBULIN);
        var before = rowCounts();
        assertThatThrownBy(() -> imports.importRecord(preview, "  ")).isInstanceOf(InvalidEditException.class)
                .hasMessage("reason: Give a reason for the change.");
        assertThat(rowCounts()).isEqualTo(before);
    }

    /** The same record a version later: status completed, one more response, a new serious term, one term gone. */
    static byte[] laterVersion() {
        var json = JsonMapper.builder().build();
        var study = (ObjectNode) json.readTree(fixture(ERIBULIN));
        var protocol = (ObjectNode) study.get("protocolSection");
        ((ObjectNode) protocol.get("statusModule")).put("overallStatus", "COMPLETED");
        ((ObjectNode) protocol.get("statusModule").get("lastUpdatePostDateStruct")).put("date", "2024-09-30");
        var orr = study.get("resultsSection").get("outcomeMeasuresModule").get("outcomeMeasures").get(0);
        ((ObjectNode) orr.get("classes").get(0).get("categories").get(0).get("measurements").get(0)).put("value", "12");
        var serious = (tools.jackson.databind.node.ArrayNode) study.get("resultsSection").get("adverseEventsModule")
                .get("seriousEvents");
        var sepsis = serious.get(1).deepCopy();
        ((ObjectNode) sepsis).put("term", "Sepsis");
        serious.remove(1);
        serious.add(sepsis);
        return json.writeValueAsBytes(study);
    }

    @Test
    void re_importing_shows_the_differences_and_the_update_applies_them_audited() {
        imports.importRecord(preview(ERIBULIN), REASON);
        var later = imports.preview("nct09990001-v2.json", laterVersion(), step -> { });

        assertThat(later.trialExists()).isTrue();
        assertThat(later.differences()).extracting(Difference::display).containsExactlyInAnyOrder(
                "TEST-ERIBULIN · status: Active, not recruiting → Completed",
                "Registry results · posted figures (replaced as a whole): 64 figures → 64 figures, not all as before");
        assertThat(later.added()).isEmpty();
        assertThat(later.missing()).isEmpty();
        var auditBefore = jdbc.sql("select max(id) from audit_entry").query(Long.class).single();

        var updated = imports.importRecord(later, "Registry record updated in September");
        assertThat(updated.created()).isFalse();
        assertThat(result("Objective Response Rate (ORR)", "Eribulin")).containsEntry("VALUE_TEXT", "12");
        assertThat(jdbc.sql("select f.ref_number from registry_results r join reference f on f.id = r.reference_id")
                .query(Integer.class).single()).as("the figures cite the new version's reference").isEqualTo(2);
        assertThat(result("Objective Response Rate (ORR)", "Capecitabine")).containsEntry("VALUE_TEXT", "12");
        assertThat(jdbc.sql("select count(*) from reported_event where term = 'Pneumonia'").query(Long.class).single())
                .as("the posted results are replaced as a whole: a term the registry no longer posts is gone").isZero();
        assertThat(adverseEvent("Sepsis", "Capecitabine")).containsEntry("NUM_AFFECTED", 4);

        var changes = jdbc.sql("select entity, field, old_value, new_value, reason from audit_entry where id > :id"
                + " and old_value is not null order by id").param("id", auditBefore).query().listOfRows();
        assertThat(changes).extracting(r -> (r.get("ENTITY") + " " + r.get("FIELD") + ": " + r.get("OLD_VALUE") + " -> "
                + r.get("NEW_VALUE")).replaceAll("[0-9a-f]{64}", "<sha-256>"))
                .containsExactly("trial status: Active, not recruiting -> Completed",
                        "registry_results digest: <sha-256> -> <sha-256>");
        assertThat(changes).allSatisfy(r -> assertThat((String) r.get("REASON")).startsWith(
                "Registry record updated in September (ClinicalTrials.gov import: file nct09990001-v2.json"));

        var again = imports.preview("nct09990001-v2.json", laterVersion(), step -> { });
        assertThat(again.hasChanges()).isFalse();
        assertThatThrownBy(() -> imports.importRecord(again, "Once more"))
                .isInstanceOf(ImportRefusedException.class).hasMessageStartingWith("Nothing to update");
    }

    @Test
    void the_documented_sample_is_a_synthetic_record_with_results() throws IOException {
        var sample = java.nio.file.Path.of("src/docs/samples/synthetic-eribulin-study.json");
        var preview = imports.preview(sample.getFileName().toString(), java.nio.file.Files.readAllBytes(sample), step -> { });

        assertThat(preview.title()).startsWith("SYNTHETIC SAMPLE");
        assertThat(preview.registryId()).isEqualTo("NCT09990003");
        assertThat(preview.counts().outcomeMeasures()).isPositive();
        assertThat(preview.counts().analyses()).isPositive();
        assertThat(preview.counts().eventTerms()).isPositive();
    }

    @Test
    void the_preview_reports_each_step_in_order() {
        var steps = new ArrayList<ImportStep>();
        imports.preview(ERIBULIN, fixture(ERIBULIN), steps::add);
        assertThat(steps).containsExactly(ImportStep.values());
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void a_viewer_may_neither_preview_nor_import() {
        var before = rowCounts();
        assertThatThrownBy(() -> preview(ERIBULIN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.importRecord(null, REASON)).isInstanceOf(AccessDeniedException.class);
        assertThat(rowCounts()).isEqualTo(before);
    }
}
