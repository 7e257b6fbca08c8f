package com.triallens.base.db;

import com.zaxxer.hikari.SQLExceptionOverride.Override;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which failures make the pool drop its connections. */
class BrokenConnectionsTest {

    private static SQLException closedH2Database() throws SQLException {
        var connection = DriverManager.getConnection("jdbc:h2:mem:broken-" + System.nanoTime(), "sa", "");
        try (var statement = connection.createStatement()) {
            statement.execute("shutdown immediately");
        }
        var failure = new SQLException[1];
        assertThatThrownBy(() -> connection.createStatement().executeQuery("select 1"))
                .isInstanceOfSatisfying(SQLException.class, e -> failure[0] = e);
        return failure[0];
    }

    @Test
    void a_closed_h2_database_evicts_the_connection_and_empties_every_registered_pool() throws SQLException {
        var evictions = new AtomicInteger();
        Runnable pool = evictions::incrementAndGet;
        BrokenConnections.register(pool);
        try {
            var closed = closedH2Database();
            assertThat(closed.getErrorCode()).as(closed.getMessage()).isIn(90098, 90121);
            assertThat(new BrokenConnections().adjudicate(closed)).isEqualTo(Override.MUST_EVICT);
            assertThat(evictions).hasValue(1);
        } finally {
            BrokenConnections.unregister(pool);
        }
    }

    @Test
    void other_failures_leave_the_decision_to_the_pool() {
        var overrides = new BrokenConnections();
        assertThat(overrides.adjudicate(new SQLException("Unique index violated", "23505", 23505)))
                .isEqualTo(Override.CONTINUE_EVICT);
        assertThat(overrides.adjudicate(new SQLTransientConnectionException("timed out"))).isEqualTo(Override.CONTINUE_EVICT);
    }
}
