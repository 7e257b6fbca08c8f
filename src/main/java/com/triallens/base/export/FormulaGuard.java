package com.triallens.base.export;

/**
 * Keeps a text cell from being run as a formula when a spreadsheet opens the export (OWASP "CSV
 * injection"): text starting with {@code = + - @}, a tab or a carriage return gets a leading single
 * quote. Only text is guarded; raw numbers are written as numbers (see {@link TableExport}).
 */
final class FormulaGuard {

    private static final String TRIGGERS = "=+-@\t\r";

    private FormulaGuard() {
    }

    static String neutralise(String text) {
        if (text == null || text.isEmpty() || TRIGGERS.indexOf(text.charAt(0)) < 0) {
            return text;
        }
        return "'" + text;
    }
}
