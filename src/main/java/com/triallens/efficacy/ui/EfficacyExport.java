package com.triallens.efficacy.ui;

import com.triallens.base.domain.ComparisonFigure;
import com.triallens.base.domain.ReportedDecimal;
import com.triallens.base.export.ExportColumn;
import com.triallens.base.export.Provenance;
import com.triallens.base.export.TableExport;
import com.triallens.base.ui.ArmFigureGrid;
import com.triallens.efficacy.EfficacyRow;
import com.triallens.efficacy.EfficacyTable;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The Efficacy grid as a spreadsheet: each arm's figures, then the comparison as shown and its numbers. */
final class EfficacyExport {

    private EfficacyExport() {
    }

    static TableExport<EfficacyRow> of(EfficacyTable table, String trial) {
        var columns = new ArrayList<ExportColumn<EfficacyRow>>();
        columns.add(ExportColumn.text("Endpoint", row -> row.endpoint().displayName()));
        columns.addAll(ArmFigureGrid.armExportColumns(table.arms(), com.triallens.base.domain.ArmFigure.NOT_IN_MEASURE));
        columns.add(ExportColumn.text("Comparison", EfficacyRow::comparisonText));
        columns.add(ExportColumn.text("Statistic", row -> row.comparison()
                .filter(ComparisonFigure::hasEstimate).map(c -> c.statistic().abbreviation()).orElse(null)));
        columns.addAll(List.of(
                comparisonNumber("Estimate", ComparisonFigure::estimate),
                comparisonNumber("CI level (%)", ComparisonFigure::ciLevel),
                comparisonNumber("CI lower", ComparisonFigure::ciLower),
                comparisonNumber("CI upper", ComparisonFigure::ciUpper),
                comparisonNumber("p-value", ComparisonFigure::pValue),
                ExportColumn.text("Comparison method", row -> row.comparison().map(ComparisonFigure::method).orElse(null)),
                ExportColumn.number("Comparison reference",
                        row -> row.comparison().map(c -> ArmFigureGrid.reference(c.source())).orElse(null)),
                ExportColumn.text("Population", row -> row.endpoint().population()),
                ArmFigureGrid.sourcesExportColumn()));
        return TableExport.of("Efficacy", columns, table.rows(), Provenance.now(trial))
                .withReferences(ArmFigureGrid.citedBy(table.rows()));
    }

    private static ExportColumn<EfficacyRow> comparisonNumber(String header,
                                                              Function<ComparisonFigure, ReportedDecimal> part) {
        return ExportColumn.number(header, row -> row.comparison().map(part).map(ReportedDecimal::value).orElse(null));
    }
}
