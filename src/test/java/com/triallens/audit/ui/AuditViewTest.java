package com.triallens.audit.ui;

import com.triallens.base.ui.ExportMenu;
import com.triallens.base.ui.ExportedTable;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The Audit page exports what its filter shows, and a reason typed as a formula stays text. */
@SpringBootTest
@ViewPackages(packages = "com.triallens")
@WithMockUser(username = "curator", roles = {"CURATOR", "VIEWER"})
@Transactional
class AuditViewTest extends SpringBrowserlessTest {

    @Autowired JdbcClient jdbc;

    @BeforeEach
    void three_changes_by_two_users() {
        insert(1, "dana", "-0.5", "=HYPERLINK(\"http://x\")");
        insert(2, "erik", "7", "Typo");
        insert(3, "dana", null, "@SUM(A1)");
    }

    private void insert(int minute, String user, String newValue, String reason) {
        jdbc.sql("""
                        insert into audit_entry (changed_at, username, entity, entity_id, entity_label, field,
                                                 old_value, new_value, reason)
                        values (:at, :user, 'comparison', 41, 'PFS hazard ratio', 'estimate', '1.07', :value, :reason)""")
                .param("at", LocalDateTime.of(2026, 11, 26, 10, minute))
                .param("user", user).param("value", newValue).param("reason", reason)
                .update();
    }

    @Test
    void export_holds_the_rows_of_the_current_filter_newest_first() throws IOException {
        var view = navigate(AuditView.class);
        test(view.user).selectItem("dana");
        var csv = ExportedTable.csv($(ExportMenu.class).single());
        assertThat(csv.fileName()).startsWith("audit-trail-").endsWith(".csv");
        assertThat(csv.rows()).extracting(row -> row.get("Who")).containsExactly("dana", "dana");
        assertThat(csv.rows()).extracting(row -> row.get("When (UTC)"))
                .containsExactly("2026-11-26 10:03:00 UTC", "2026-11-26 10:01:00 UTC");
        assertThat(csv.rows()).extracting(row -> row.get("Record id")).containsOnly("41");
        assertThat(csv.tail()).noneSatisfy(line -> assertThat(line).startsWith("Note"));
    }

    @Test
    void exported_values_and_reasons_that_look_like_formulas_stay_text() throws IOException {
        navigate(AuditView.class);
        var csv = ExportedTable.csv($(ExportMenu.class).single());
        assertThat(csv.rows()).extracting(row -> row.get("Reason"))
                .containsExactly("'@SUM(A1)", "Typo", "'=HYPERLINK(\"http://x\")");
        assertThat(csv.rows()).extracting(row -> row.get("After")).containsExactly("(empty)", "7", "'-0.5");
    }

    @Test
    void a_curator_reads_kinds_and_fields_in_words_and_finds_changes_by_their_reason() {
        jdbc.sql("""
                        insert into audit_entry (changed_at, username, entity, entity_id, entity_label, field,
                                                 old_value, new_value, reason)
                        values (:at, 'erik', 'result_measurement', 7, 'Median PFS / Eribulin', 'ciLower', '3.1', '3.2',
                                'Corrected from the CSR table 14.2')""")
                .param("at", LocalDateTime.of(2026, 11, 26, 11, 0)).update();
        var view = navigate(AuditView.class);
        assertThat(view.entity.getItemLabelGenerator().apply("result_measurement")).isEqualTo("Result figure");
        test(view.reason).setValue("csr table");
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(1);
        var columns = view.grid.getColumns();
        assertThat(grid.getCellText(0, columns.indexOf(view.grid.getColumnByKey("kind")))).isEqualTo("Result figure");
        assertThat(grid.getCellText(0, columns.indexOf(view.grid.getColumnByKey("field")))).isEqualTo("CI lower");
        test(view.reason).setValue("typo");
        assertThat(test(view.grid).size()).isEqualTo(1);
    }

    @Test
    void the_trial_filter_keeps_the_changes_of_that_trials_records() {
        var figure = jdbc.sql("""
                        select m.id from result_measurement m join result_group g on g.id = m.group_id
                        join trial t on t.id = g.trial_id where t.registry_id = 'NCT03786094' order by m.id""")
                .query(Long.class).list().getFirst();
        jdbc.sql("""
                        insert into audit_entry (changed_at, username, entity, entity_id, entity_label, field,
                                                 old_value, new_value, reason)
                        values (:at, 'erik', 'result_measurement', :id, 'FORTRESS figure', 'value', '13.0', '13.1', 'x')""")
                .param("at", LocalDateTime.of(2026, 11, 26, 12, 0)).param("id", figure).update();
        var view = navigate(AuditView.class);
        var fortress = view.trial.getListDataView().getItems()
                .filter(t -> t.label().endsWith("NCT03786094")).findFirst().orElseThrow();
        test(view.trial).selectItem(fortress.label());
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, view.grid.getColumns().indexOf(view.grid.getColumnByKey("record"))))
                .isEqualTo("FORTRESS figure");
    }
}
