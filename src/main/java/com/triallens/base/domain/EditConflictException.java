package com.triallens.base.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A save based on a version of the record that someone else has changed since; nothing was written.
 * {@code changedBy} and {@code changedAt} come from the audit trail (null when it has no entry).
 */
public class EditConflictException extends RuntimeException {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final String changedBy;
    private final Instant changedAt;

    public EditConflictException(String record, String changedBy, Instant changedAt) {
        super(changedBy == null
                ? record + " was changed by someone else while you were editing."
                : record + " was changed by " + changedBy + " at " + TIME.format(changedAt)
                        + " while you were editing.");
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
