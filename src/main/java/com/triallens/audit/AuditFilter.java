package com.triallens.audit;

import java.time.LocalDate;

/**
 * Narrows the audit trail; a null part does not narrow. Dates are UTC days, both ends included; {@code reason}
 * matches reasons that contain it, ignoring case; {@code trialId} keeps the entries of that trial's records.
 */
public record AuditFilter(String username, String entity, LocalDate from, LocalDate to, String reason, Long trialId) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);

    public AuditFilter(String username, String entity, LocalDate from, LocalDate to) {
        this(username, entity, from, to, null, null);
    }
}
