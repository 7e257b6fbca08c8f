package com.triallens.safety.ui;

import com.triallens.base.domain.ArmSummary;
import com.triallens.base.export.ExportColumn;
import com.triallens.base.export.Provenance;
import com.triallens.base.export.TableExport;
import com.triallens.base.ui.ArmFigureGrid;
import com.triallens.results.ResultFigures;
import com.triallens.safety.SafetyRow;
import com.triallens.safety.SafetyTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Safety page as a spreadsheet: each curated summary's share of patients, then the registry's totals and every
 * event term as participants affected of those at risk ("5/99 (5.1 %)"), each as shown and as a number.
 */
final class SafetyExport {

    private SafetyExport() {
    }

    static TableExport<SafetyRow> of(SafetyTable table, String trial) {
        var columns = new ArrayList<ExportColumn<SafetyRow>>();
        columns.add(ExportColumn.text("Adverse events", SafetyRow::category));
        var arms = table.arms().stream().collect(Collectors.toMap(ArmSummary::label, ArmSummary::id, (a, b) -> a));
        ArmFigureGrid.<SafetyRow>armExportColumns(table.arms(), com.triallens.base.domain.ArmFigure.NOT_IN_MEASURE)
                .forEach(column -> columns.add(arms.containsKey(column.header()) ? asCounts(column, arms) : column));
        columns.addAll(List.of(ExportColumn.text("Population", SafetyRow::population),
                ArmFigureGrid.sourcesExportColumn()));
        return TableExport.of("Safety", columns, table.rows(), Provenance.now(trial))
                .withReferences(ArmFigureGrid.citedBy(table.rows()));
    }

    /** A registry line's figure reads as affected of at risk with its share; a curated summary's as before. */
    private static ExportColumn<SafetyRow> asCounts(ExportColumn<SafetyRow> column, Map<String, Long> arms) {
        long armId = arms.get(column.header());
        return new ExportColumn<>(column.header(), row -> row.categoryId() != null || !row.figures().containsKey(armId)
                ? column.text().apply(row)
                : row.figure(armId).counts()
                        .map(c -> new ResultFigures.Counts(c.events(), c.participants(), null).incidence())
                        .orElseGet(() -> column.text().apply(row)), column.raw());
    }
}
