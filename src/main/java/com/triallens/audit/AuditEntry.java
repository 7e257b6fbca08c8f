package com.triallens.audit;

import java.time.Instant;

/** One changed field of one record: who changed it, when (UTC), from what to what, and why. */
public record AuditEntry(Long id, Instant changedAt, String username, String entity, long entityId,
                         String entityLabel, String field, String oldValue, String newValue, String reason) {
}
