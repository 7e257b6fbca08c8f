package com.triallens.safety.ui;

import com.triallens.base.export.ExportColumn;
import com.triallens.base.export.Provenance;
import com.triallens.base.export.TableExport;
import com.triallens.base.ui.ArmFigureGrid;
import com.triallens.safety.SafetyRow;
import com.triallens.safety.SafetyTable;

import java.util.ArrayList;
import java.util.List;

/** The Safety grid as a spreadsheet: each arm's share of patients as shown and as a number. */
final class SafetyExport {

    private SafetyExport() {
    }

    static TableExport<SafetyRow> of(SafetyTable table, String trial) {
        var columns = new ArrayList<ExportColumn<SafetyRow>>();
        columns.add(ExportColumn.text("Adverse events", SafetyRow::category));
        columns.addAll(ArmFigureGrid.armExportColumns(table.arms(), com.triallens.base.domain.ArmFigure.NOT_IN_MEASURE));
        columns.addAll(List.of(ExportColumn.text("Population", SafetyRow::population),
                ArmFigureGrid.sourcesExportColumn()));
        return TableExport.of("Safety", columns, table.rows(), Provenance.now(trial))
                .withReferences(ArmFigureGrid.citedBy(table.rows()));
    }
}
