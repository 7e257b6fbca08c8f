package com.triallens.compare.ui;

import com.triallens.base.export.ExportColumn;
import com.triallens.base.export.Provenance;
import com.triallens.base.export.TableExport;
import com.triallens.base.ui.ArmFigureGrid;
import com.triallens.compare.ArmComparison;
import com.triallens.compare.CompareRow;
import com.triallens.compare.Derived;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The Compare grids as one spreadsheet: efficacy then safety rows, each arm's figure as shown and as a number,
 * and TrialLens's computed differences (labelled as computed) as shown and as numbers. Sources name their trial,
 * since reference numbers repeat across trials.
 */
final class CompareExport {

    private CompareExport() {
    }

    static TableExport<CompareRow> of(ArmComparison comparison) {
        var columns = new ArrayList<ExportColumn<CompareRow>>();
        columns.add(ExportColumn.text("Section", row -> comparison.efficacy().contains(row) ? "Efficacy" : "Safety"));
        columns.add(ExportColumn.text("Measure", CompareRow::title));
        columns.addAll(ArmFigureGrid.armExportColumns(comparison.arms(), "Not lined up"));
        var reference = comparison.chosen().getFirst();
        comparison.chosen().stream().skip(1).forEach(arm -> {
            Function<CompareRow, Optional<Derived>> derived = row -> Optional.ofNullable(row.derived().get(arm.armId()));
            var header = arm.label() + " vs " + reference.label() + " (" + Derived.LABEL + ")";
            columns.add(ExportColumn.figure(header, row -> derived.apply(row).map(Derived::display).orElse(""),
                    row -> derived.apply(row).map(Derived::differencePoints).orElse(null)));
            columns.add(ExportColumn.number(header + " 95 % CI lower, pp", row -> derived.apply(row)
                    .flatMap(Derived::riskDifference).map(rd -> points(rd.lower())).orElse(null)));
            columns.add(ExportColumn.number(header + " 95 % CI upper, pp", row -> derived.apply(row)
                    .flatMap(Derived::riskDifference).map(rd -> points(rd.upper())).orElse(null)));
            columns.add(ExportColumn.number(header + " Fisher p", row -> derived.apply(row)
                    .flatMap(Derived::fisher).map(f -> BigDecimal.valueOf(f.pValue())).orElse(null)));
        });
        columns.add(ExportColumn.text("Population", CompareRow::population));
        columns.add(ExportColumn.text("Sources", comparison::sources));
        columns.add(ExportColumn.text("As each trial names it", row -> String.join("; ", row.sourceNames())));
        var rows = Stream.concat(comparison.efficacy().stream(), comparison.safety().stream()).toList();
        return TableExport.of("Compare arms", columns, rows, Provenance.now(String.join(" / ",
                comparison.chosen().stream().map(a -> a.label() + " (" + a.registryId() + ")").toList())));
    }

    private static BigDecimal points(double fraction) {
        return BigDecimal.valueOf(fraction * 100);
    }
}
