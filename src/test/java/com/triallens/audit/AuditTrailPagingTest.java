package com.triallens.audit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.function.Supplier;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The Audit page's queries on a trail of 100 000 rows: real paged SQL, newest first, filtered. */
@SpringBootTest
@Transactional
@WithMockUser(username = "curator", roles = {"CURATOR", "VIEWER"})
class AuditTrailPagingTest {

    static final int ROWS = 100_000;
    static final String[] USERS = {"curator", "admin", "dana", "erik"};
    static final String[] ENTITIES = {"endpoint_result", "comparison", "adverse_event_result", "reference"};
    static final LocalDateTime START = LocalDateTime.of(2025, 1, 1, 0, 0);

    @Autowired AuditService audit;
    @Autowired JdbcTemplate jdbc;

    /** Row i: one every 5 minutes from 2025-01-01, user i % 4, entity (i / 4) % 4. */
    @BeforeEach
    void seed_100_000_rows_in_batches() {
        var started = System.nanoTime();
        var batch = new ArrayList<Object[]>(10_000);
        for (int i = 0; i < ROWS; i++) {
            batch.add(new Object[]{START.plusMinutes(5L * i), USERS[i % 4], ENTITIES[(i / 4) % 4], (long) i,
                    "Record " + i, "value", String.valueOf(i), String.valueOf(i + 1), "Seeded for the paging test"});
            if (batch.size() == 10_000) {
                insert(batch);
                batch.clear();
            }
        }
        System.out.printf("audit paging: inserted %d rows in %d ms%n", ROWS, (System.nanoTime() - started) / 1_000_000);
    }

    private void insert(java.util.List<Object[]> batch) {
        jdbc.batchUpdate("""
                insert into audit_entry (changed_at, username, entity, entity_id, entity_label, field, old_value,
                                         new_value, reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch);
    }

    private static <T> T timed(String what, Supplier<T> query) {
        var started = System.nanoTime();
        var result = query.get();
        System.out.printf("audit paging: %-48s %6.1f ms%n", what, (System.nanoTime() - started) / 1e6);
        return result;
    }

    @Test
    void pages_through_100_000_rows_newest_first() {
        assertThat(timed("count all", () -> audit.count(AuditFilter.ALL))).isEqualTo(ROWS);
        var first = timed("first page (50)", () -> audit.find(AuditFilter.ALL, 0, 50));
        assertThat(first).hasSize(50);
        assertThat(first.getFirst().entityId()).isEqualTo(ROWS - 1);
        assertThat(first).isSortedAccordingTo((a, b) -> b.changedAt().compareTo(a.changedAt()));
        var middle = timed("page at offset 50 000", () -> audit.find(AuditFilter.ALL, 50_000, 50));
        assertThat(middle.getFirst().entityId()).isEqualTo(ROWS - 1 - 50_000);
        var last = timed("last page (offset 99 950)", () -> audit.find(AuditFilter.ALL, ROWS - 50, 50));
        assertThat(last.getLast().entityId()).isZero();
    }

    @Test
    void filters_by_user_entity_and_utc_days() {
        var byUser = new AuditFilter("dana", null, null, null);
        assertThat(timed("count user = dana", () -> audit.count(byUser))).isEqualTo(ROWS / 4);
        assertThat(timed("first page user = dana", () -> audit.find(byUser, 0, 50)))
                .hasSize(50).allSatisfy(e -> assertThat(e.username()).isEqualTo("dana"));

        var byEntity = new AuditFilter(null, "comparison", null, null);
        assertThat(timed("count entity = comparison", () -> audit.count(byEntity))).isEqualTo(ROWS / 4);

        // 2025-01-02 (UTC) holds rows 288 to 575: 288 rows of 5 minutes.
        var oneDay = new AuditFilter(null, null, LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 2));
        assertThat(timed("count one day", () -> audit.count(oneDay))).isEqualTo(288);
        var page = timed("first page of one day", () -> audit.find(oneDay, 0, 50));
        assertThat(page.getFirst().entityId()).isEqualTo(575);

        var combined = new AuditFilter("curator", "endpoint_result", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
        var count = timed("count user + entity + 90 days", () -> audit.count(combined));
        assertThat(timed("page at offset 100 of that", () -> audit.find(combined, 100, 50)))
                .allSatisfy(e -> assertThat(e.username() + " " + e.entity()).isEqualTo("curator endpoint_result"));
        assertThat(count).isPositive();
    }

    @Test
    void an_export_of_a_filter_stops_at_its_limit_newest_first_with_no_entry_twice() {
        var byUser = new AuditFilter("dana", null, null, null);
        var export = timed("export user = dana (limit 1 200)", () -> audit.export(byUser, 1_200));
        assertThat(export.matching()).isEqualTo(ROWS / 4);
        assertThat(export.capped()).isTrue();
        var entries = export.rows().toList();
        assertThat(entries).hasSize(1_200).allSatisfy(e -> assertThat(e.username()).isEqualTo("dana"));
        assertThat(entries).extracting(AuditEntry::id).doesNotHaveDuplicates();
        assertThat(entries).extracting(AuditEntry::entityId)
                .isEqualTo(audit.find(byUser, 0, 1_200).stream().map(AuditEntry::entityId).toList());
    }

    @Test
    void an_export_within_its_limit_holds_every_entry_of_the_filter() {
        var oneDay = new AuditFilter(null, null, LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 2));
        var export = audit.export(oneDay, AuditService.EXPORT_LIMIT);
        assertThat(export.capped()).isFalse();
        assertThat(export.rows().map(AuditEntry::entityId).toList())
                .containsExactlyElementsOf(LongStream.rangeClosed(288, 575).map(i -> 863 - i).boxed().toList());
    }
}
