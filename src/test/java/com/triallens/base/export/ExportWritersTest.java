package com.triallens.base.export;

import com.triallens.base.domain.Citation;
import com.triallens.base.domain.ReportedDecimal;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class ExportWritersTest {

    /** A figure as the grids have them: a label, a shown text and a reported value or none. */
    record Figure(String label, ReportedDecimal value) {
        String shown() {
            return value == null ? "Not reported" : value + " %";
        }
    }

    private static final List<ExportColumn<Figure>> COLUMNS = List.of(
            ExportColumn.text("Label", Figure::label),
            ExportColumn.figure("Share ≥ grade 3", Figure::shown, f -> f.value() == null ? null : f.value().value()));

    private static final List<Figure> ROWS = List.of(
            new Figure("Serious TEAEs", ReportedDecimal.parse("26.5")),
            new Figure("Serious TEAEs, combination", ReportedDecimal.parse("28")),
            new Figure("HR lower bound", ReportedDecimal.parse("0.81")),
            new Figure("HR upper bound", ReportedDecimal.parse("1.41")),
            new Figure("Risk difference", ReportedDecimal.parse("-0.5")),
            new Figure("Tiny p", ReportedDecimal.parse("0.0000001")),
            new Figure("Infusion-related reactions", null),
            new Figure("=HYPERLINK(\"x\")", null),
            new Figure("@SUM(A1)", null),
            new Figure("-2+3", null),
            new Figure("+1", null),
            new Figure("\tcmd", null));

    private static final Citation REFERENCE = new Citation(1, 7, "=BioSpace", "Polyphor update (m²)", "https://example.org/7");

    private static TableExport<Figure> table(List<String> notes) {
        return new TableExport<>("Safety", COLUMNS, ROWS.stream(), List.of(REFERENCE),
                new Provenance("FORTRESS (NCT03786094)", Instant.parse("2026-11-26T10:15:00Z"), "viewer"), notes);
    }

    private static byte[] written(ExportFormat format, TableExport<?> table) throws IOException {
        var out = new ByteArrayOutputStream();
        format.write(table, out);
        return out.toByteArray();
    }

    private static List<CSVRecord> csv(byte[] bytes) throws IOException {
        var text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.EXCEL.parse(new StringReader(text.substring(1))).getRecords();
    }

    private static List<Row> xlsx(byte[] bytes) throws IOException {
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false))) {
            return workbook.getFirstSheet().read();
        }
    }

    @Test
    void csv_starts_with_a_bom_and_keeps_raw_figures_as_reported() throws IOException {
        var records = csv(written(ExportFormat.CSV, table(List.of())));
        assertThat(records.getFirst().toList()).containsExactly("Label", "Share ≥ grade 3", "Share ≥ grade 3 (raw)");
        assertThat(records.subList(1, 7).stream().map(r -> r.get(2)))
                .containsExactly("26.5", "28", "0.81", "1.41", "-0.5", "0.0000001");
        assertThat(new BigDecimal(records.get(2).get(2))).isEqualByComparingTo("28");
        assertThat(records.get(1).get(1)).isEqualTo("26.5 %");
    }

    @Test
    void csv_leaves_raw_numbers_unquoted_and_numeric_while_shown_text_is_quoted_and_guarded() throws IOException {
        var text = new String(written(ExportFormat.CSV, table(List.of())), StandardCharsets.UTF_8);
        assertThat(text).contains("\"Risk difference\",\"'-0.5 %\",-0.5\r\n")
                .contains("\"Tiny p\",\"0.0000001 %\",0.0000001\r\n");
    }

    @Test
    void not_reported_reads_not_reported_with_an_empty_raw_cell_in_csv() throws IOException {
        var row = csv(written(ExportFormat.CSV, table(List.of()))).get(7);
        assertThat(row.toList()).containsExactly("Infusion-related reactions", "Not reported", "");
    }

    @Test
    void csv_text_that_a_spreadsheet_would_run_as_a_formula_gets_a_leading_quote() throws IOException {
        var records = csv(written(ExportFormat.CSV, table(List.of())));
        assertThat(records.subList(8, 13).stream().map(r -> r.get(0)))
                .containsExactly("'=HYPERLINK(\"x\")", "'@SUM(A1)", "'-2+3", "'+1", "'\tcmd");
        assertThat(records).anySatisfy(r -> assertThat(r.toList()).containsExactly(
                "7", "'=BioSpace", "Polyphor update (m²)", "https://example.org/7"));
    }

    @Test
    void csv_ends_with_references_notes_and_provenance() throws IOException {
        var records = csv(written(ExportFormat.CSV, table(List.of("Only the first 1 of 2 rows."))));
        var tail = records.subList(ROWS.size() + 1, records.size()).stream().map(CSVRecord::toList).toList();
        assertThat(tail).containsExactly(
                List.of(""),
                List.of("Note", "Only the first 1 of 2 rows."),
                List.of(""),
                List.of("Source/References"),
                List.of("Reference", "Source", "Title", "URL"),
                List.of("7", "'=BioSpace", "Polyphor update (m²)", "https://example.org/7"),
                List.of(""),
                List.of("Export", "Safety", "Trial", "FORTRESS (NCT03786094)", "Generated at (UTC)",
                        "2026-11-26 10:15:00 UTC", "User", "viewer"));
    }

    @Test
    void xlsx_raw_figures_are_numeric_cells_with_the_exact_values() throws IOException {
        var rows = xlsx(written(ExportFormat.XLSX, table(List.of())));
        assertThat(rows.getFirst().getCellText(2)).isEqualTo("Share ≥ grade 3 (raw)");
        var raw = rows.subList(1, 7).stream().map(r -> r.getCell(2)).toList();
        assertThat(raw).extracting(Cell::getType).containsOnly(CellType.NUMBER);
        assertThat(raw).extracting(Cell::asNumber).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("26.5"), new BigDecimal("28"), new BigDecimal("0.81"),
                        new BigDecimal("1.41"), new BigDecimal("-0.5"), new BigDecimal("0.0000001"));
        assertThat(raw.get(0).getDataFormatString()).isEqualTo("0.0");
        assertThat(raw.get(1).getDataFormatString()).isEqualTo("0");
    }

    /** Whether the cell (A9) has a cell format with the quote-prefix flag, read from the file's XML. */
    private static boolean quotePrefixed(byte[] xlsx, String cell) throws IOException {
        var parts = new HashMap<String, String>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        var c = Pattern.compile("<c r=\"" + cell + "\"([^>]*)>").matcher(parts.get("xl/worksheets/sheet1.xml"));
        assertThat(c.find()).as(cell).isTrue();
        var style = Pattern.compile(" s=\"(\\d+)\"").matcher(c.group(1));
        if (!style.find()) {
            return false;
        }
        var styles = parts.get("xl/styles.xml");
        var cellFormats = styles.substring(styles.indexOf("<cellXfs"), styles.indexOf("</cellXfs>"));
        var formats = Pattern.compile("<xf [^>]*>").matcher(cellFormats).results().map(MatchResult::group).toList();
        return formats.get(Integer.parseInt(style.group(1))).contains("quotePrefix=\"1\"");
    }

    @Test
    void xlsx_formula_like_text_keeps_its_text_and_is_marked_with_the_quote_prefix_style() throws IOException {
        var bytes = written(ExportFormat.XLSX, table(List.of()));
        var rows = xlsx(bytes);
        assertThat(rows.get(5).getCellText(1)).isEqualTo("-0.5 %");
        assertThat(rows.get(8).getCellText(0)).isEqualTo("=HYPERLINK(\"x\")");
        for (var cell : List.of("A9", "A10", "A11", "A12", "A13", "B6")) {
            assertThat(quotePrefixed(bytes, cell)).as(cell).isTrue();
        }
        for (var cell : List.of("A1", "A2", "A8", "B2", "C2")) {
            assertThat(quotePrefixed(bytes, cell)).as(cell).isFalse();
        }
        var reference = rows.stream().filter(r -> r.getCellText(1).equals("=BioSpace")).findFirst().orElseThrow();
        assertThat(quotePrefixed(bytes, "B" + reference.getRowNum())).isTrue();
    }

    @Test
    void xlsx_not_reported_has_an_empty_raw_cell_and_formulas_stay_text() throws IOException {
        var rows = xlsx(written(ExportFormat.XLSX, table(List.of())));
        var notReported = rows.get(7);
        assertThat(notReported.getCellText(1)).isEqualTo("Not reported");
        assertThat(notReported.getOptionalCell(2).map(Cell::getType).orElse(CellType.EMPTY)).isEqualTo(CellType.EMPTY);
        assertThat(rows.subList(8, 13)).allSatisfy(row -> {
            assertThat(row.getCell(0).getType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getFormula()).isNull();
        });
        assertThat(rows.subList(8, 13).stream().map(r -> r.getCellText(0)))
                .containsExactly("=HYPERLINK(\"x\")", "@SUM(A1)", "-2+3", "+1", "\tcmd");
    }

    @Test
    void xlsx_has_the_same_references_and_provenance_as_csv() throws IOException {
        var rows = xlsx(written(ExportFormat.XLSX, table(List.of())));
        var reference = rows.stream().filter(r -> r.getCellText(1).equals("=BioSpace")).findFirst().orElseThrow();
        assertThat(reference.getCell(0).getType()).isEqualTo(CellType.NUMBER);
        assertThat(reference.getCell(0).asNumber()).isEqualByComparingTo("7");
        assertThat(rows.getLast().getCellText(7)).isEqualTo("viewer");
        assertThat(rows.getLast().getCellText(3)).isEqualTo("FORTRESS (NCT03786094)");
    }

    @Test
    void capped_rows_say_how_many_matched() {
        var capped = new CappedRows<>(Stream.of(1, 2), 12_345, 10_000);
        assertThat(capped.note("audit entries")).contains("Only the first 10,000 of 12,345 audit entries matching "
                + "the filter are exported; narrow the filter to export the rest.");
        assertThat(new CappedRows<>(Stream.of(1), 1, 10_000).note("audit entries")).isEmpty();
    }
}
