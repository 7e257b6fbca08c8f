package com.triallens.base.export;

/**
 * Keeps a text cell from being run as a formula when a spreadsheet opens the export (OWASP "CSV
 * injection"): text starting with {@code = + - @}, a tab or a carriage return is formula-like.
 * <ul>
 *     <li>CSV has no cell types, so the text itself carries the guard: OWASP's rule of a leading single
 *     quote, which a spreadsheet shows (the file stays safe wherever it is opened or pasted).</li>
 *     <li>XLSX has: the cell is a text cell with the text unchanged, and the quote-prefix cell style
 *     ({@link XlsxWriter}) keeps it text when someone edits it.</li>
 * </ul>
 * Only text is guarded; raw numbers are written as numbers (see {@link TableExport}).
 */
final class FormulaGuard {

    private static final String TRIGGERS = "=+-@\t\r";

    private FormulaGuard() {
    }

    static boolean formulaLike(String text) {
        return text != null && !text.isEmpty() && TRIGGERS.indexOf(text.charAt(0)) >= 0;
    }

    /** The CSV form: a leading single quote before formula-like text. */
    static String neutralise(String text) {
        return formulaLike(text) ? "'" + text : text;
    }
}
