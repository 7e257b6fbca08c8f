package com.triallens.base.domain;

/** How a value reads in the audit trail: as entered (a figure keeps its places), or null when empty. */
public final class AuditText {

    private AuditText() {
    }

    public static String of(Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return null;
        }
        return value.toString();
    }
}
