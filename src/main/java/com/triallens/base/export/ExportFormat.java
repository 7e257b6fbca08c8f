package com.triallens.base.export;

import java.io.IOException;
import java.io.OutputStream;

/** The file types a grid exports to. */
public enum ExportFormat {
    CSV("csv", "text/csv; charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** Writes the whole export; the stream is flushed, not closed. */
    public void write(TableExport<?> table, OutputStream out) throws IOException {
        switch (this) {
            case CSV -> CsvWriter.write(table, out);
            case XLSX -> XlsxWriter.write(table, out);
        }
    }
}
