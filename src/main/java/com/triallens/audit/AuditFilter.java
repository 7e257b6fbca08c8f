package com.triallens.audit;

import java.time.LocalDate;

/** Narrows the audit trail; a null part does not narrow. Dates are UTC days, both ends included. */
public record AuditFilter(String username, String entity, LocalDate from, LocalDate to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null);
}
