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
        return jdbc.sql("select (select count(*) from trial) + (select count(*) from endpoint_result)"
                + " + (select count(*) from comparison) + (select count(*) from audit_entry)").query(Long.class).single();
    }

    @Test
    void a_record_full_of_bad_values_previews_them_as_not_mapped_and_writes_nothing_until_confirmed() {
        long before = rows();
        var preview = imports.preview("corrupted.json", corrupted(), step -> { });

        assertThat(rows()).isEqualTo(before);
        var notMapped = preview.notMapped().stream().map(n -> n.item() + " — " + n.reason()).toList();
        assertThat(String.join("\n", notMapped)).contains(
                "value \"1e309\" — not a number", "value \"abc\" — not a number",
                "lower limit \"-99999999999999999999\" — more than 6 decimal places or too large",
                "\"1.5\" — not between 0 and 1", "Title — longer than 1000 characters; cut to fit");
    }

    @Test
    void importing_it_keeps_markup_and_unicode_as_text_and_stores_no_bad_number() {
        var trialId = imports.importRecord(imports.preview("corrupted.json", corrupted(), step -> { }), "Bad-input corpus")
                .trialId();

        var trial = jdbc.sql("select acronym, title from trial where id = ?").param(trialId).query().singleRow();
        assertThat((String) trial.get("ACRONYM")).isEqualTo("<img src=x onerror=alert(1)> \u202e\ud83d\ude00");
        assertThat((String) trial.get("TITLE")).startsWith("<script>alert(1)</script>").hasSizeLessThanOrEqualTo(1000);
        assertThat(jdbc.sql("select count(*) from comparison c join endpoint e on e.id = c.endpoint_id"
                + " where e.trial_id = ? and c.p_value_value > 1").param(trialId).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from endpoint_result r join endpoint e on e.id = r.endpoint_id"
                + " where e.trial_id = ? and (abs(r.value_value) > 1e8 or abs(r.lower_value) > 1e8)")
                .param(trialId).query(Long.class).single()).isZero();
    }
}
