package com.triallens.ctgov;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input corpus against the import: a study record whose values are not numbers, are too large, are
 * out of range, carry markup or are very long. Each is listed as not mapped or kept as text; nothing fails
 * in the database, and markup stays text.
 */
@SpringBootTest
@Transactional
@WithMockUser(username = "curator", roles = {"CURATOR", "VIEWER"})
class ImportBadInputTest {

    @Autowired CtgovImportService imports;
    @Autowired JdbcClient jdbc;
    @Autowired com.triallens.efficacy.EfficacyService efficacy;

    private static byte[] corrupted() {
        var record = new String(CtgovImportServiceTest.fixture(CtgovImportServiceTest.ERIBULIN), StandardCharsets.UTF_8)
                .replace("\"acronym\": \"TEST-ERIBULIN\"", "\"acronym\": \"<img src=x onerror=alert(1)> \\u202e\\ud83d\\ude00\"")
                .replace("\"officialTitle\": \"SYNTHETIC TEST RECORD", "\"officialTitle\": \"<script>alert(1)</script>" + "x".repeat(10_000))
                .replace("\"value\": \"4.1\"", "\"value\": \"1e309\"")
                .replace("\"value\": \"4.20\"", "\"value\": \"abc\"")
                .replace("\"lowerLimit\": \"3.50\"", "\"lowerLimit\": \"-99999999999999999999\"")
                .replace("\"pValue\": \"0.30\"", "\"pValue\": \"1.5\"");
        return record.getBytes(StandardCharsets.UTF_8);
    }

    private long rows() {
        return jdbc.sql("select (select count(*) from trial) + (select count(*) from result_measurement)"
                + " + (select count(*) from result_analysis) + (select count(*) from audit_entry)").query(Long.class).single();
    }

    @Test
    void a_record_full_of_bad_values_previews_and_writes_nothing_until_confirmed() {
        long before = rows();
        var preview = imports.preview("corrupted.json", corrupted(), step -> { });

        assertThat(rows()).isEqualTo(before);
        var notMapped = preview.notMapped().stream().map(n -> n.item() + " — " + n.reason()).toList();
        assertThat(String.join("\n", notMapped)).contains("Title — longer than 1000 characters; cut to fit");
    }

    @Test
    void importing_it_keeps_markup_and_bad_numbers_as_posted_text_and_shows_no_number_for_them() {
        var trialId = imports.importRecord(imports.preview("corrupted.json", corrupted(), step -> { }), "Bad-input corpus")
                .trialId();

        var trial = jdbc.sql("select acronym, title from trial where id = ?").param(trialId).query().singleRow();
        assertThat((String) trial.get("ACRONYM")).isEqualTo("<img src=x onerror=alert(1)> \u202e\ud83d\ude00");
        assertThat((String) trial.get("TITLE")).startsWith("<script>alert(1)</script>").hasSizeLessThanOrEqualTo(1000);
        assertThat(jdbc.sql("""
                        select v.value_text from result_measurement v join result_group g on g.id = v.group_id
                        where g.trial_id = ? and v.value_text in ('1e309', 'abc') order by v.value_text""")
                .param(trialId).query(String.class).list()).containsExactly("1e309", "abc");
        var pfs = efficacy.efficacyTable(trialId).rows().stream()
                .filter(r -> r.endpoint().name().startsWith("Progression")).findFirst().orElseThrow();
        assertThat(pfs.figures().values()).allSatisfy(f -> assertThat(f.value()).as("no number").isNull())
                .extracting(f -> f.display()).contains("1e309 Months (95% Confidence Interval -99999999999999999999–4.6)",
                        "abc Months: Upper limit not estimable (95% Confidence Interval 3.8–NA)");
        assertThat(pfs.comparisonText()).contains("p = 1.5 (as posted; not a p-value between 0 and 1)");
    }
}
