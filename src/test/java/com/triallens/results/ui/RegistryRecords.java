package com.triallens.results.ui;

import com.triallens.ctgov.CtgovImportService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Imports a stored ClinicalTrials.gov record (src/test/resources/ctgov/...) for a view test. */
public final class RegistryRecords {

    private RegistryRecords() {
    }

    /**
     * Opens {@code view} for a trial: {@code trial} is a registry id ("NCT03786094") or a record file under ctgov/
     * that is imported first.
     */
    public static <V extends Component> V open(CtgovImportService imports, Class<V> view, String trial) {
        var registryId = trial.startsWith("NCT") ? trial : importRecord(imports, trial);
        UI.getCurrent().navigate(view, QueryParameters.of("trial", registryId));
        return view.cast(UI.getCurrent().getCurrentView());
    }

    /** Imports {@code ctgov/<file>} and returns the record's registry id (its file name, upper case, no extension). */
    public static String importRecord(CtgovImportService imports, String file) {
        try {
            var path = Path.of("src/test/resources/ctgov", file);
            imports.importRecord(imports.preview(path.getFileName().toString(), Files.readAllBytes(path), step -> { }),
                    "View test");
            var name = path.getFileName().toString();
            return name.substring(0, 11).toUpperCase(java.util.Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
