package com.triallens.trial.ui;

import com.triallens.base.domain.Citation;
import com.triallens.base.export.ExportColumn;
import com.triallens.base.export.Provenance;
import com.triallens.base.export.TableExport;

import java.math.BigDecimal;
import java.util.List;

/** The reference list as a spreadsheet; being the references itself, it has no Source/References part. */
final class ReferencesExport {

    private ReferencesExport() {
    }

    static TableExport<Citation> of(List<Citation> references, String trial) {
        return TableExport.of("References", List.of(
                ExportColumn.number("Reference", c -> BigDecimal.valueOf(c.number())),
                ExportColumn.text("Source", Citation::source),
                ExportColumn.text("Title", Citation::title),
                ExportColumn.text("URL", Citation::url)), references, Provenance.now(trial));
    }
}
