package com.triallens.base.ui;

import com.triallens.base.export.ExportFormat;
import com.triallens.base.export.TableExport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.streams.DownloadHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * "Export CSV" and "Export XLSX" links for a grid. The export is made when the link is clicked, from
 * the data as it is then, and named {@code <name>-<UTC date>.<ext>}, e.g. FORTRESS-efficacy-2026-11-26.csv.
 */
public class ExportMenu extends Div {

    public final Anchor csv;
    public final Anchor xlsx;
    private final String name;
    private final Supplier<TableExport<?>> tables;

    /** {@code tables} reads the current data each time it is called, in the user's request. */
    public ExportMenu(String name, Supplier<TableExport<?>> tables) {
        this.name = name;
        this.tables = tables;
        addClassName("export-menu");
        csv = link(ExportFormat.CSV, "Export CSV");
        xlsx = link(ExportFormat.XLSX, "Export XLSX");
        add(csv, xlsx);
    }

    /** A file ready to be written: its name and the export read from the data just now. */
    public record ExportFile(String fileName, ExportFormat format, TableExport<?> table) {

        public void writeTo(OutputStream out) throws IOException {
            format.write(table, out);
        }
    }

    /** What a click on the format's link sends. */
    public ExportFile prepare(ExportFormat format) {
        var table = tables.get();
        var day = table.provenance().generatedAt().atZone(ZoneOffset.UTC).toLocalDate();
        return new ExportFile(fileName(name) + "-" + day + "." + format.extension(), format, table);
    }

    private Anchor link(ExportFormat format, String text) {
        DownloadHandler download = event -> {
            var file = prepare(format);
            event.setFileName(file.fileName());
            event.setContentType(format.contentType());
            try (var out = event.getOutputStream()) {
                file.writeTo(out);
            }
            if (!file.table().notes().isEmpty()) {
                event.getUI().access(() -> Notification.show(String.join(" ", file.table().notes()), 8000,
                        Notification.Position.MIDDLE));
            }
        };
        var anchor = new Anchor(download, text);
        anchor.addClassName("export-link");
        anchor.getElement().setAttribute("aria-label", text + " (" + name + ")");
        return anchor;
    }

    /** Letters, digits, dots, dashes and underscores only: safe in a Content-Disposition header and on disk. */
    static String fileName(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]+", "-");
    }
}
