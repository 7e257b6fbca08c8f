package com.triallens.ctgov;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

/** A record beyond what the pages can show is refused in the preview, with its size and the cap, before anything is written. */
@SpringBootTest
@Transactional
@WithMockUser(username = "curator", roles = {"CURATOR", "VIEWER"})
class ImportCapsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired CtgovImportService imports;
    @Autowired JdbcClient jdbc;

    private static ObjectNode record() {
        return (ObjectNode) JSON.readTree(CtgovImportServiceTest.fixture(CtgovImportServiceTest.ERIBULIN));
    }

    private long trials() {
        return jdbc.sql("select count(*) from trial").query(Long.class).single();
    }

    @Test
    void a_record_with_seventy_thousand_arm_groups_is_refused_in_the_preview() {
        var record = record();
        var arms = ((ObjectNode) record.path("protocolSection").path("armsInterventionsModule")).putArray("armGroups");
        for (int i = 0; i < 70_000; i++) {
            arms.addObject().put("label", "Arm " + i).put("type", "EXPERIMENTAL");
        }
        var content = JSON.writeValueAsBytes(record);
        long before = trials();

        assertThatThrownBy(() -> imports.preview("huge.json", content, step -> { }))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessage("This record has 70,000 arm groups; TrialLens takes at most 500 in one trial. Nothing was imported.");
        assertThat(trials()).isEqualTo(before);
    }

    @Test
    void a_record_with_more_reporting_groups_in_one_table_than_the_pages_can_show_is_refused() {
        var record = record();
        var events = (ObjectNode) record.path("resultsSection").path("adverseEventsModule");
        var groups = events.putArray("eventGroups");
        for (int i = 0; i < 201; i++) {
            groups.addObject().put("id", "EG" + i).put("title", "Cohort " + i);
        }

        assertThatThrownBy(() -> imports.preview("wide.json", JSON.writeValueAsBytes(record), step -> { }))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessageStartingWith("This record has 201 reporting groups in one events table; TrialLens takes at most 200");
    }
}
