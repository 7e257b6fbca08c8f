package com.triallens.base.ui;

import org.springframework.dao.DataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/** What a user is told when the database does not answer, instead of a stack trace. */
final class DatabaseUnavailable {

    static final String MESSAGE = "The database is not reachable right now; try again in a moment.";

    private DatabaseUnavailable() {
    }

    /**
     * True when the failure, or anything that caused it, is the database not answering: a failed query
     * ({@link DataAccessException}) or a transaction that could not get a connection.
     */
    static boolean causedBy(Throwable failure) {
        return databaseCause(failure) != null;
    }

    /** The database failure in one line, for the log (the stack trace says nothing more useful). */
    static String describe(Throwable failure) {
        var cause = databaseCause(failure);
        var root = cause;
        while (root != null && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return cause == null ? String.valueOf(failure) : cause.getClass().getSimpleName() + " (" + root + ")";
    }

    private static Throwable databaseCause(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessException || cause instanceof CannotCreateTransactionException) {
                return cause;
            }
        }
        return null;
    }
}
