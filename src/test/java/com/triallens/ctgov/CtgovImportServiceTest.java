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
            "endpoint", "endpoint_citation", "endpoint_result", "comparison", "adverse_event_category",
            "adverse_event_result", "trial_import", "audit_entry");

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

    private Map<String, Object> result(String endpoint, String arm) {
        return jdbc.sql("""
                        select r.* from endpoint_result r join endpoint e on e.id = r.endpoint_id join arm a on a.id = r.arm_id
                        where e.name = :endpoint and a.label = :arm and e.trial_id = (select id from trial where registry_id = 'NCT09990001')""")
                .param("endpoint", endpoint).param("arm", arm).query().singleRow();
    }

    private Map<String, Object> comparison(String endpoint) {
        return jdbc.sql("""
                        select c.* from comparison c join endpoint e on e.id = c.endpoint_id
                        where e.name = :endpoint and e.trial_id = (select id from trial where registry_id = 'NCT09990001')""")
                .param("endpoint", endpoint).query().singleRow();
    }

    private Map<String, Object> adverseEvent(String term, String arm) {
        return jdbc.sql("""
                        select c.seriousness, c.organ_system, r.* from adverse_event_result r
                        join adverse_event_category c on c.id = r.category_id join arm a on a.id = r.arm_id
                        where c.name = :term and a.label = :arm""")
                .param("term", term).param("arm", arm).query().singleRow();
    }

    /** A column's value as text with its stored places: numeric(14, 6) 4.20 with places 2 reads "4.20". */
    private static String figure(Map<String, Object> row, String prefix) {
        var value = (java.math.BigDecimal) row.get(prefix.toUpperCase() + "_VALUE");
        return value == null ? null : value.setScale(((Number) row.get(prefix.toUpperCase() + "_PLACES")).intValue())
                .toPlainString();
    }

    @Test
    void preview_maps_the_record_and_writes_nothing() {
        var before = rowCounts();
        var preview = preview(ERIBULIN);

        assertThat(rowCounts()).isEqualTo(before);
        assertThat(preview.trialExists()).isFalse();
        assertThat(preview.registryId()).isEqualTo("NCT09990001");
        assertThat(preview.acronym()).isEqualTo("TEST-ERIBULIN");
        assertThat(preview.counts()).isEqualTo(new ImportPreview.Counts(2, 4, 6, 8, 3, 7, 14, 64));
        assertThat(preview.lines()).first().isEqualTo(
                "Trial TEST-ERIBULIN (NCT09990001), phase 3, Active, not recruiting, 198 enrolled");
        assertThat(preview.lines()).anySatisfy(line -> assertThat(line).contains(
                "Progression-free Survival (PFS) / Capecitabine 4.20 months (3.8–NA), n = 98"));
        assertThat(preview.lines()).anySatisfy(line -> assertThat(line).contains(
                "Progression-free Survival (PFS) / Eribulin vs Capecitabine HR 1.08 (95 % CI 0.93–1.25); p = 0.30"));
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
        assertThat(figure(orr, "value")).isEqualTo("11");
        assertThat(orr).containsEntry("UNIT", "participants").containsEntry("PARTICIPANTS", 100);
        var pfs = result("Progression-free Survival (PFS)", "Capecitabine");
        assertThat(figure(pfs, "value")).isEqualTo("4.20");
        assertThat(figure(pfs, "lower")).isEqualTo("3.8");
        assertThat(figure(pfs, "upper")).isNull();
        assertThat(pfs).containsEntry("UNIT", "months").containsEntry("DISPERSION_TYPE", "95% Confidence Interval")
                .containsEntry("POSTED_NOTE", "upper limit NA; comment: Upper limit not estimable");
        assertThat(figure(result("Progression-free Survival (PFS)", "Eribulin"), "lower")).isEqualTo("3.50");
        var os = result("Overall Survival (OS)", "Eribulin");
        assertThat(os).containsEntry("STATUS", "NOT_REPORTED").containsEntry("VALUE_VALUE", null)
                .containsEntry("POSTED_NOTE", "value NA; upper limit NA; comment: Median not reached");
        assertThat(figure(os, "lower")).isEqualTo("13.9");
        var qol = result("Change From Baseline in Quality of Life Score", "Eribulin");
        assertThat(figure(qol, "spread")).isEqualTo("10.25");
        assertThat(qol).containsEntry("DISPERSION_TYPE", "Standard Deviation").containsEntry("UNIT", "score on a scale");

        var hazard = comparison("Progression-free Survival (PFS)");
        assertThat(hazard).containsEntry("STATISTIC", "HAZARD_RATIO").containsEntry("P_VALUE_TEXT", "0.30")
                .containsEntry("METHOD", "Log Rank").containsEntry("PARAM_TYPE", "Hazard Ratio (HR)")
                .containsEntry("CI_SIDES", "TWO_SIDED");
        assertThat(List.of(figure(hazard, "estimate"), figure(hazard, "ci_level"), figure(hazard, "ci_lower"),
                figure(hazard, "ci_upper"), figure(hazard, "p_value"))).containsExactly("1.08", "95", "0.93", "1.25", "0.30");
        var survival = comparison("Overall Survival (OS)");
        assertThat(survival).containsEntry("P_VALUE_TEXT", "<0.001").containsEntry("P_VALUE_VALUE", null);
        assertThat(comparison("Objective Response Rate (ORR)")).containsEntry("STATISTIC", "ODDS_RATIO");

        var febrile = adverseEvent("Febrile neutropenia", "Eribulin");
        assertThat(febrile).containsEntry("SERIOUSNESS", "SERIOUS")
                .containsEntry("ORGAN_SYSTEM", "Blood and lymphatic system disorders")
                .containsEntry("UNIT", "participants").containsEntry("PARTICIPANTS", 99).containsEntry("EVENTS", 6);
        assertThat(figure(febrile, "value")).isEqualTo("5");
        var handFoot = adverseEvent("Palmar-plantar erythrodysaesthesia syndrome", "Capecitabine");
        assertThat(List.of(figure(handFoot, "value"), handFoot.get("PARTICIPANTS"))).containsExactly("24", 97);
        assertThat(figure(adverseEvent("Any serious adverse event", "Capecitabine"), "value")).isEqualTo("15");
        assertThat(figure(adverseEvent("Deaths (all causes)", "Eribulin"), "value")).isEqualTo("3");

        assertThat(jdbc.sql("""
                        select (select count(*) from endpoint_result r join endpoint e on e.id = r.endpoint_id
                                where e.trial_id = :trial and r.reference_id <> :ref)
                             + (select count(*) from comparison c join endpoint e on e.id = c.endpoint_id
                                where e.trial_id = :trial and c.reference_id <> :ref)
                             + (select count(*) from adverse_event_result r join adverse_event_category c on c.id = r.category_id
                                where c.trial_id = :trial and r.reference_id <> :ref)""")
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
        var eribulin = table.arms().get(0).id();
        var capecitabine = table.arms().get(1).id();
        var pfs = table.rows().stream().filter(r -> r.endpoint().name().startsWith("Progression")).findFirst().orElseThrow();
        var os = table.rows().stream().filter(r -> r.endpoint().name().startsWith("Overall")).findFirst().orElseThrow();

        assertThat(pfs.figure(eribulin).display()).isEqualTo("4.1 months (95% Confidence Interval 3.50–4.6)");
        assertThat(pfs.figure(capecitabine).display()).isEqualTo("4.20 months (95% Confidence Interval 3.8–NA)");
        assertThat(pfs.figure(capecitabine).note()).contains("Upper limit not estimable");
        assertThat(os.figure(eribulin).display()).isEqualTo("Not reported");
        assertThat(os.figure(eribulin).note()).contains("Median not reached");
        assertThat(os.comparisonText()).endsWith("p < 0.001");

        var responses = com.triallens.efficacy.ui.EfficacyCharts.responseRates(table, "TEST");
        assertThat(responses.series().getFirst().data()).extracting(com.triallens.base.ui.chart.Datum::label)
                .containsExactly("11 participants of 100 (11.0 %)");
        assertThat(com.triallens.efficacy.ui.EfficacyCharts.forestPlot(table, "TEST").y().categories())
                .containsExactly("Progression-free Survival (PFS)", "Overall Survival (OS)");
    }

    @Test
    void what_the_model_cannot_hold_is_listed_with_the_reason() {
        var notMapped = preview(ERIBULIN).notMapped();
        notMapped.forEach(n -> System.out.println("not mapped: " + n.item() + " — " + n.reason()));

        assertThat(notMapped).extracting(NotMapped::item).contains(
                "Intervention drug \"Eribulin mesylate\"", "Intervention drug \"Capecitabine\"",
                "Results group \"Eribulin (Extension Cohort)\"",
                "Figures of \"Best Overall Response by Category\" (Complete response, Partial response)",
                "Change From Baseline in Quality of Life Score: Mean Difference (Final Values) over 3 groups",
                "Overall Survival (OS) / Eribulin: value \"NA\"",
                "Progression-free Survival (PFS) / Capecitabine: upper limit \"NA\"");
        assertThat(notMapped).filteredOn(n -> n.item().startsWith("Intervention")).allSatisfy(n ->
                assertThat(n.reason()).contains("no structured dose"));
    }

    @Test
    void a_record_without_results_gives_the_protocol_and_no_figures() {
        var preview = preview(NO_RESULTS);

        assertThat(preview.counts()).isEqualTo(new ImportPreview.Counts(2, 1, 2, 0, 0, 0, 0, 0));
        assertThat(preview.lines()).first().isEqualTo(
                "Trial SYNTHETIC TEST RECORD Without Results: A Dose-finding…" + " (NCT09990002), phase 1/2, Recruiting, 60 enrolled");
        assertThat(preview.notMapped()).extracting(NotMapped::item).contains("Enrolment type ESTIMATED",
                "Arm type SHAM_COMPARATOR of \"Sham infusion\"");

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
        assertThat(rows).filteredOn(row -> row.get("ENTITY").equals("comparison")
                        && row.get("ENTITY_LABEL").equals("Overall Survival (OS) / Eribulin vs Capecitabine"))
                .extracting(row -> row.get("FIELD") + "=" + row.get("NEW_VALUE"))
                .contains("estimate=0.62", "pValueText=<0.001", "ciLevel=95");
        assertThat(rows).filteredOn(row -> row.get("ENTITY").equals("adverse_event_result")
                        && row.get("FIELD").equals("value")).hasSize(14);
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
                "Objective Response Rate (ORR) / Eribulin · value: 11 → 12",
                "Registry results · posted figures (replaced as a whole): 64 figures → 64 figures, not all as before");
        assertThat(later.added()).containsExactlyInAnyOrder(
                "Adverse-event category: Sepsis (Infections and infestations)",
                "Adverse-event result: Sepsis (Infections and infestations) / Eribulin",
                "Adverse-event result: Sepsis (Infections and infestations) / Capecitabine");
        assertThat(later.missing()).containsExactlyInAnyOrder(
                "Adverse-event category: Pneumonia (Infections and infestations)",
                "Adverse-event result: Pneumonia (Infections and infestations) / Eribulin",
                "Adverse-event result: Pneumonia (Infections and infestations) / Capecitabine");
        var auditBefore = jdbc.sql("select max(id) from audit_entry").query(Long.class).single();

        var updated = imports.importRecord(later, "Registry record updated in September");
        assertThat(updated.created()).isFalse();
        var orr = result("Objective Response Rate (ORR)", "Eribulin");
        assertThat(figure(orr, "value")).isEqualTo("12");
        assertThat(jdbc.sql("select ref_number from reference where id = :id").param("id", orr.get("REFERENCE_ID"))
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(figure(result("Objective Response Rate (ORR)", "Capecitabine"), "value")).isEqualTo("12");
        assertThat(adverseEvent("Pneumonia", "Eribulin")).as("kept although the file no longer lists it").isNotNull();
        assertThat(figure(adverseEvent("Sepsis", "Capecitabine"), "value")).isEqualTo("4");

        var changes = jdbc.sql("select entity, field, old_value, new_value, reason from audit_entry where id > :id"
                + " and old_value is not null order by id").param("id", auditBefore).query().listOfRows();
        assertThat(changes).extracting(r -> (r.get("ENTITY") + " " + r.get("FIELD") + ": " + r.get("OLD_VALUE") + " -> "
                + r.get("NEW_VALUE")).replaceAll("[0-9a-f]{64}", "<sha-256>"))
                .containsExactly("trial status: Active, not recruiting -> Completed", "endpoint_result value: 11 -> 12",
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
        assertThat(preview.counts().results()).isPositive();
        assertThat(preview.counts().comparisons()).isPositive();
        assertThat(preview.counts().adverseEventRows()).isPositive();
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
