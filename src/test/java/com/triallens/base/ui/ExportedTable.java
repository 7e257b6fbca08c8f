package com.triallens.base.ui;

import com.triallens.base.export.ExportFormat;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** An export as a test reads it back: the table part by column name, then the rest of the sheet as lines. */
public record ExportedTable(String fileName, List<String> headers, List<Map<String, String>> rows,
                            List<List<String>> tail) {

    /** What clicking "Export CSV" sends, parsed with Commons CSV. */
    public static ExportedTable csv(ExportMenu menu) throws IOException {
        var file = menu.prepare(ExportFormat.CSV);
        var text = new String(bytes(file), StandardCharsets.UTF_8);
        if (!text.startsWith("\uFEFF")) {
            throw new AssertionError("CSV without a byte order mark");
        }
        var lines = CSVFormat.EXCEL.parse(new StringReader(text.substring(1))).getRecords().stream()
                .map(CSVRecord::toList).toList();
        return split(file.fileName(), lines);
    }

    /** What clicking "Export XLSX" sends, read back with fastexcel-reader; cells by column name. */
    public static List<Map<String, Cell>> xlsx(ExportMenu menu) throws IOException {
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes(menu.prepare(ExportFormat.XLSX))))) {
            var sheet = workbook.getFirstSheet().read();
            var headers = sheet.getFirst().stream().map(Cell::getText).toList();
            return sheet.stream().skip(1).takeWhile(row -> row.getCellCount() > 0 && !row.getCellText(0).isEmpty())
                    .map(row -> cells(headers, row)).toList();
        }
    }

    public Map<String, String> row(String column, String value) {
        return rows.stream().filter(row -> value.equals(row.get(column))).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + column + " = " + value + " in " + rows));
    }

    private static byte[] bytes(ExportMenu.ExportFile file) throws IOException {
        var out = new ByteArrayOutputStream();
        file.writeTo(out);
        return out.toByteArray();
    }

    private static ExportedTable split(String fileName, List<List<String>> lines) {
        var headers = lines.getFirst();
        var end = IntStream.range(1, lines.size()).filter(i -> lines.get(i).equals(List.of(""))).findFirst()
                .orElse(lines.size());
        var rows = lines.subList(1, end).stream().map(line -> {
            var row = new HashMap<String, String>();
            IntStream.range(0, headers.size()).forEach(c -> row.put(headers.get(c), line.get(c)));
            return (Map<String, String>) row;
        }).toList();
        return new ExportedTable(fileName, headers, rows, lines.subList(end, lines.size()));
    }

    private static Map<String, Cell> cells(List<String> headers, Row row) {
        var cells = new HashMap<String, Cell>();
        IntStream.range(0, headers.size()).forEach(c -> row.getOptionalCell(c).ifPresent(cell -> cells.put(headers.get(c), cell)));
        return cells;
    }
}
