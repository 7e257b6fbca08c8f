package com.triallens.base.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One column of an export: the text as the page shows it, the number behind it, or both. A column with
 * both becomes two cells, {@code header} (text) and {@code header (raw)} (a number, or empty where the
 * figure is not reported). Raw numbers are BigDecimal so a reported 28 stays 28 and 26.5 stays 26.5.
 */
public record ExportColumn<T>(String header, Function<? super T, String> text, Function<? super T, BigDecimal> raw) {

    public static final String RAW_SUFFIX = " (raw)";

    public ExportColumn {
        Objects.requireNonNull(header, "header");
        if (text == null && raw == null) {
            throw new IllegalArgumentException("an export column needs text, a number or both: " + header);
        }
    }

    public static <T> ExportColumn<T> text(String header, Function<? super T, String> text) {
        return new ExportColumn<>(header, text, null);
    }

    public static <T> ExportColumn<T> number(String header, Function<? super T, BigDecimal> raw) {
        return new ExportColumn<>(header, null, raw);
    }

    public static <T> ExportColumn<T> figure(String header, Function<? super T, String> text,
                                             Function<? super T, BigDecimal> raw) {
        return new ExportColumn<>(header, text, raw);
    }

    List<String> headers() {
        var headers = new ArrayList<String>(2);
        if (text != null) {
            headers.add(header);
        }
        if (raw != null) {
            headers.add(text != null ? header + RAW_SUFFIX : header);
        }
        return headers;
    }

    /** The row's cells under {@link #headers()}: Strings and BigDecimals, null for an empty cell. */
    void addCells(T row, List<Object> cells) {
        if (text != null) {
            cells.add(text.apply(row));
        }
        if (raw != null) {
            cells.add(raw.apply(row));
        }
    }
}
