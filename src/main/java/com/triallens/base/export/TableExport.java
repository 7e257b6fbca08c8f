package com.triallens.base.export;

import com.triallens.base.domain.Citation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * A grid ready for a spreadsheet: its columns, its rows, the references its figures come from and a
 * line saying which trial, when and by whom. CSV and XLSX lay it out the same way, on one sheet:
 * <ol>
 *     <li>the header row, then one row per grid row (so the table starts at A1 and sorts and filters as is);</li>
 *     <li>notes, if any (for example that the export was capped);</li>
 *     <li>"Source/References": one row per reference with its number, source, title and URL;</li>
 *     <li>the provenance line: export title, trial, generated at (UTC), user.</li>
 * </ol>
 * Text cells are the text as shown (each writer guards formula-like text its own way, see {@link FormulaGuard});
 * raw numbers stay BigDecimal. The rows are a stream read once, while the file is written.
 */
public record TableExport<T>(String title, List<ExportColumn<T>> columns, Stream<T> rows, List<Citation> references,
                             Provenance provenance, List<String> notes) {

    public static final String REFERENCES = "Source/References";

    public TableExport {
        columns = List.copyOf(columns);
        references = List.copyOf(references);
        notes = List.copyOf(notes);
    }

    public static <T> TableExport<T> of(String title, List<ExportColumn<T>> columns, Collection<T> rows,
                                        Provenance provenance) {
        return new TableExport<>(title, columns, rows.stream(), List.of(), provenance, List.of());
    }

    public static <T> TableExport<T> of(String title, List<ExportColumn<T>> columns, CappedRows<T> rows,
                                        String rowNoun, Provenance provenance) {
        return new TableExport<>(title, columns, rows.rows(), List.of(), provenance, rows.note(rowNoun).stream().toList());
    }

    public TableExport<T> withReferences(List<Citation> references) {
        return new TableExport<>(title, columns, rows, references, provenance, notes);
    }

    List<String> headers() {
        return columns.stream().flatMap(column -> column.headers().stream()).toList();
    }

    /** Every row of the sheet in order; cells are Strings, BigDecimals, or null for empty. */
    Stream<List<Object>> lines() {
        var header = Stream.of(new ArrayList<Object>(headers()));
        var body = rows.map(this::cells);
        return Stream.of(header, body, Stream.<List<Object>>of(List.of()), notesLines(), referenceLines(),
                Stream.of(provenanceLine())).flatMap(lines -> lines);
    }

    private List<Object> cells(T row) {
        var cells = new ArrayList<Object>();
        columns.forEach(column -> column.addCells(row, cells));
        return cells;
    }

    private Stream<List<Object>> notesLines() {
        if (notes.isEmpty()) {
            return Stream.empty();
        }
        return Stream.concat(notes.stream().map(note -> line("Note", note)), Stream.of(List.of()));
    }

    private Stream<List<Object>> referenceLines() {
        if (references.isEmpty()) {
            return Stream.empty();
        }
        return Stream.of(Stream.of(line(REFERENCES), line("Reference", "Source", "Title", "URL")),
                        references.stream().map(c -> Arrays.<Object>asList(
                                BigDecimal.valueOf(c.number()), c.source(), c.title(), c.url())),
                        Stream.of(List.<Object>of()))
                .flatMap(lines -> lines);
    }

    private List<Object> provenanceLine() {
        var line = new ArrayList<>(List.<Object>of("Export", title));
        if (provenance.trial() != null) {
            line.addAll(List.of("Trial", provenance.trial()));
        }
        line.addAll(List.of("Generated at (UTC)", provenance.generatedAtText(), "User", provenance.user()));
        return line;
    }

    private static List<Object> line(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }
}
