package com.triallens.base.export;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

/**
 * One sheet laid out as the CSV is. Raw figures are numeric cells whose number format shows the
 * reported decimals (13.0 stays 13.0); text cells are strings, which a spreadsheet never evaluates,
 * and carry the same quote guard as the CSV so a copy into another sheet stays safe.
 */
final class XlsxWriter {

    private static final int FLUSH_EVERY = 1000;
    private static final int MAX_WIDTH = 50;

    private XlsxWriter() {
    }

    static void write(TableExport<?> table, OutputStream out) throws IOException {
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
                case String text -> sheet.value(r, c, text);
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
