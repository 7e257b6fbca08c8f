package com.triallens.audit.ui;

import com.triallens.audit.AuditEntry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryButtonTest {

    private static List<AuditEntry> entries(int count) {
        return LongStream.range(0, count).mapToObj(i -> new AuditEntry(i, Instant.EPOCH.plusSeconds(i), "curator",
                "result_measurement", 7, "Median PFS", "value", "3." + i, "3." + (i + 1), "Check " + i)).toList();
    }

    @Test
    void a_long_history_scrolls_inside_its_dialog_and_a_short_one_shows_whole() {
        var longHistory = new HistoryButton("Median PFS", entries(200));
        assertThat(longHistory.grid().isAllRowsVisible()).isFalse();
        assertThat(longHistory.grid().getHeight()).isEqualTo("min(60vh, 36rem)");
        assertThat(new HistoryButton("Median PFS", entries(3)).grid().isAllRowsVisible()).isTrue();
    }
}
