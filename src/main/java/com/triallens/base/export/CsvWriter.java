package com.triallens.base.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * UTF-8 with a byte order mark (Excel then reads "≥" and "²" right), CRLF, comma-separated. Text is always
 * quoted, so a spreadsheet that splits on ";" still keeps a cell whole; numbers are not quoted and are
 * written in plain notation (-0.5, 0.0000001), which no spreadsheet reads as a formula.
 */
final class CsvWriter {

    private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setQuoteMode(QuoteMode.NON_NUMERIC).get();

    private CsvWriter() {
    }

    static void write(TableExport<?> table, OutputStream out) throws IOException {
        var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        var printer = new CSVPrinter(writer, FORMAT);
        try (var lines = table.lines()) {
            for (var line : (Iterable<List<Object>>) lines::iterator) {
                for (var cell : line) {
                    printer.print(switch (cell) {
                        case BigDecimal number -> new PlainNumber(number);
                        case String text -> FormulaGuard.neutralise(text);
                        case null, default -> cell;
                    });
                }
                printer.println();
            }
        }
        printer.flush();
    }

    /** Commons CSV leaves a Number unquoted and prints its toString(): here the plain form, never 1E-7. */
    private static final class PlainNumber extends Number {
        private final BigDecimal value;

        PlainNumber(BigDecimal value) {
            this.value = value;
        }

        @Override
        public String toString() {
            return value.toPlainString();
        }

        @Override
        public int intValue() {
            return value.intValue();
        }

        @Override
        public long longValue() {
            return value.longValue();
        }

        @Override
        public float floatValue() {
            return value.floatValue();
        }

        @Override
        public double doubleValue() {
            return value.doubleValue();
        }
    }
}
