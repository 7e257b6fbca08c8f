package com.triallens.base.ui;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

/**
 * What a user is told when the database fails, instead of a stack trace: that it is not reachable only when
 * no connection could be had or the server went away; otherwise that it reported an internal error, which
 * is logged with its stack trace.
 */
public enum DatabaseFailure {

    UNREACHABLE("The database is not reachable right now; try again in a moment.",
            "The database is not reachable right now; try again in a moment."),
    INTERNAL("TrialLens could not save: the database reported an internal error; nothing was written. Try again.",
            "TrialLens could not open this page: the database reported an internal error. Try again.");

    private final String actionMessage;
    private final String pageMessage;

    DatabaseFailure(String actionMessage, String pageMessage) {
        this.actionMessage = actionMessage;
        this.pageMessage = pageMessage;
    }

    /** For a failed action on an open page (a save, an import, a grid page). */
    public String actionMessage() {
        return actionMessage;
    }

    /** For a page that could not open. */
    public String pageMessage() {
        return pageMessage;
    }

    /** The kind of database failure behind {@code failure}, or empty when the database is not involved. */
    public static Optional<DatabaseFailure> of(Throwable failure) {
        boolean database = false;
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (unreachable(cause)) {
                return Optional.of(UNREACHABLE);
            }
            database |= cause instanceof DataAccessException || cause instanceof TransactionException
                    || cause instanceof SQLException;
        }
        return database ? Optional.of(INTERNAL) : Optional.empty();
    }

    private static boolean unreachable(Throwable cause) {
        if (cause instanceof CannotCreateTransactionException || cause instanceof CannotGetJdbcConnectionException
                || cause instanceof SQLTransientConnectionException || cause instanceof ConnectException) {
            return true;
        }
        // SQL states of a server that went away: class 08 (connection exception), 57P01-57P03 (PostgreSQL
        // shut down or not accepting connections). H2 reports its own internal failures in class 08 too.
        return cause instanceof SQLException sql && sql.getSQLState() != null
                && !sql.getClass().getName().startsWith("org.h2.")
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"));
    }

    /** The failure in one line: its outermost database exception and the root cause. */
    static String describe(Throwable failure) {
        var root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return failure.getClass().getSimpleName() + " (" + root + ")";
    }
}
