package com.triallens.base.ui;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** "Not reachable" only when the database is not reachable; its internal errors are called that. */
class DatabaseFailureTest {

    @Test
    void no_connection_or_a_server_that_went_away_is_unreachable() {
        assertThat(DatabaseFailure.of(DatabaseErrorHandlerTest.NO_CONNECTION)).contains(DatabaseFailure.UNREACHABLE);
        assertThat(DatabaseFailure.of(new DataAccessResourceFailureException("I/O",
                new SQLException("Connection refused", "08001", new ConnectException("refused")))))
                .contains(DatabaseFailure.UNREACHABLE);
        assertThat(DatabaseFailure.of(new DataAccessResourceFailureException("terminated",
                new SQLException("terminating connection due to administrator command", "57P01"))))
                .contains(DatabaseFailure.UNREACHABLE);
    }

    @Test
    void a_database_that_answers_with_an_error_is_an_internal_error_not_an_unreachable_one() {
        var closed = new DataIntegrityViolationException("write failed",
                new org.h2.jdbc.JdbcSQLNonTransientConnectionException("The database has been closed", null,
                        "90098", 90098, null, null));
        assertThat(DatabaseFailure.of(closed)).contains(DatabaseFailure.INTERNAL);
        assertThat(DatabaseFailure.of(new TransactionSystemException("JDBC rollback failed"))).contains(DatabaseFailure.INTERNAL);
        assertThat(DatabaseFailure.INTERNAL.actionMessage()).isEqualTo(
                "TrialLens could not save: the database reported an internal error; nothing was written. Try again.");
    }

    @Test
    void other_failures_are_not_database_failures() {
        assertThat(DatabaseFailure.of(new IllegalStateException("a bug"))).isEmpty();
        assertThat(DatabaseFailure.of(new SQLTransientConnectionException("x"))).contains(DatabaseFailure.UNREACHABLE);
    }
}
