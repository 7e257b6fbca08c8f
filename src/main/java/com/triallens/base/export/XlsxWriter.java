package com.triallens.base.export;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;

/**
 * One sheet laid out as the CSV is. Raw figures are numeric cells whose number format shows the
 * reported decimals (13.0 stays 13.0); text cells are strings, which a spreadsheet never evaluates,
 * with the text unchanged. Formula-like text ({@link FormulaGuard}) gets the quote-prefix cell style, as
 * if typed with a leading {@code '}: the quote is not part of the text and is not shown, and the cell stays
 * text when someone edits it.
 * <p>
 * fastexcel has no quote-prefix option: those cells get the text number format ("@", used for nothing
 * else), and the written workbook's styles.xml gets {@code quotePrefix="1"} on that cell format.
 */
final class XlsxWriter {

    private static final int FLUSH_EVERY = 1000;
    private static final int MAX_WIDTH = 50;
    /** The text number format, given only to formula-like text cells: it marks them for {@link QuotePrefix}. */
    static final String TEXT_FORMAT = "@";

    private XlsxWriter() {
    }

    static void write(TableExport<?> table, OutputStream out) throws IOException {
        var written = Files.createTempFile("triallens-export", ".xlsx");
        try {
            try (var file = Files.newOutputStream(written)) {
                writeWorkbook(table, file);
            }
            QuotePrefix.mark(written, TEXT_FORMAT, out);
        } finally {
            Files.delete(written);
        }
    }

    private static void writeWorkbook(TableExport<?> table, OutputStream out) throws IOException {
        var workbook = new Workbook(out, "TrialLens", "1.0");
        var sheet = workbook.newWorksheet(sheetName(table.title()));
        var headers = table.headers();
        for (int c = 0; c < headers.size(); c++) {
            sheet.width(c, Math.min(Math.max(headers.get(c).length() + 2, 12), MAX_WIDTH));
        }
        sheet.freezePane(0, 1);
        sheet.range(0, 0, 0, Math.max(headers.size() - 1, 0)).style().bold().set();
        try (var lines = table.lines()) {
            int r = 0;
            for (var line : (Iterable<List<Object>>) lines::iterator) {
                writeRow(sheet, r++, line);
                if (r % FLUSH_EVERY == 0) {
                    sheet.flush();
                }
            }
        }
        workbook.finish();
    }

    private static void writeRow(Worksheet sheet, int r, List<Object> line) {
        for (int c = 0; c < line.size(); c++) {
            switch (line.get(c)) {
                case BigDecimal number -> {
                    sheet.value(r, c, number);
                    sheet.style(r, c).format(numberFormat(number)).set();
                }
                case String text -> {
                    sheet.value(r, c, text);
                    if (FormulaGuard.formulaLike(text)) {
                        sheet.style(r, c).format(TEXT_FORMAT).set();
                    }
                }
                case null -> { }
                default -> throw new IllegalArgumentException("not a cell value: " + line.get(c));
            }
        }
    }

    private static String numberFormat(BigDecimal number) {
        return number.scale() > 0 ? "0." + "0".repeat(number.scale()) : "0";
    }

    /** Sheet names are at most 31 characters and exclude []:*?/\. */
    static String sheetName(String title) {
        var name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return name.isEmpty() ? "Export" : name.substring(0, Math.min(name.length(), 31));
    }
}
