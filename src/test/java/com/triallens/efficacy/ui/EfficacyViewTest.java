package com.triallens.efficacy.ui;

import com.triallens.base.ui.ExportMenu;
import com.triallens.base.ui.ExportedTable;
import com.triallens.base.ui.GridReader;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import com.vaadin.browserless.ViewPackages;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ViewPackages(packages = "com.triallens")
@WithMockUser(roles = "VIEWER")
class EfficacyViewTest extends SpringBrowserlessTest {

    private List<String> row(int index) {
        var view = navigate(EfficacyView.class);
        return GridReader.row(test(view.grid), view.grid, index, "endpoint", "arm-*", "comparison", "sources");
    }

    @Test
    void grid_has_endpoint_arm_comparison_and_sources_columns() {
        var view = navigate(EfficacyView.class);
        assertThat(GridReader.headers(view.grid)).containsExactly(
                "Endpoint", "", "Balixafortide + eribulin", "Eribulin alone", "Comparison", "Sources", "History");
        assertThat(test(view.grid).size()).isEqualTo(4);
    }

    @Test
    void cells_read_as_clinicians_read_them() {
        assertThat(row(0)).containsExactly("Objective response rate", "13.0 %", "13.7 %", "p = 1.00", "[7]");
        assertThat(row(1)).containsExactly("Median progression-free survival", "3.5 months", "4.0 months",
                "HR 1.07 (96 % CI 0.81–1.41)", "[2]");
        assertThat(row(2)).containsExactly("Median overall survival (interim)", "11.0 months", "11.2 months",
                "HR 1.08 (99.9 % CI 0.66–1.77)", "[2]");
        assertThat(row(3)).containsExactly("Clinical benefit rate", "16.7 %", "19.6 %", "None reported", "[7]");
    }

    @Test
    void population_and_time_frame_unfold_behind_the_measure_button() {
        var view = navigate(EfficacyView.class);
        var first = view.grid.getDataCommunicator().getItem(0);
        assertThat(view.grid.isDetailsVisible(first)).isFalse();
        test(view.grid).invokeLitRendererFunction(0, "about", "toggle");
        assertThat(view.grid.isDetailsVisible(first)).isTrue();
        assertThat(view.grid.getColumnByKey("endpoint").getTooltipGenerator().apply(first))
                .contains("Population: Third line and later");
    }

    @Test
    void efficacy_export_has_each_figure_as_shown_and_the_comparison_numbers() throws IOException {
        navigate(EfficacyView.class);
        var menu = $(ExportMenu.class).single();
        assertThat(List.of(menu.csv.getText(), menu.xlsx.getText())).containsExactly("Export CSV", "Export XLSX");

        var csv = ExportedTable.csv(menu);
        assertThat(csv.fileName()).matches("FORTRESS-efficacy-\\d{4}-\\d{2}-\\d{2}\\.csv");
        assertThat(csv.rows()).hasSize(4);
        var pfs = csv.row("Endpoint", "Median progression-free survival");
        assertThat(pfs).containsEntry("Balixafortide + eribulin", "3.5 months")
                .containsEntry("Balixafortide + eribulin (raw)", "3.5")
                .containsEntry("Eribulin alone (raw)", "4.0")
                .containsEntry("Eribulin alone unit", "months")
                .containsEntry("Comparison", "HR 1.07 (96 % CI 0.81–1.41)")
                .containsEntry("Statistic", "HR")
                .containsEntry("Estimate", "1.07")
                .containsEntry("CI level (%)", "96")
                .containsEntry("CI lower", "0.81")
                .containsEntry("CI upper", "1.41")
                .containsEntry("p-value", "")
                .containsEntry("Comparison reference", "2")
                .containsEntry("Population", "Third line and later")
                .containsEntry("Sources", "[2]");
        assertThat(csv.row("Endpoint", "Objective response rate")).containsEntry("p-value", "1.00");
        assertThat(csv.tail()).contains(List.of("Source/References"))
                .anySatisfy(line -> assertThat(line).startsWith("2"))
                .anySatisfy(line -> assertThat(line).startsWith("7"))
                .anySatisfy(line -> assertThat(line).startsWith("Export", "Efficacy", "Trial", "FORTRESS (NCT03786094)"));
    }

    @Test
    void efficacy_xlsx_writes_the_hazard_ratio_and_its_interval_as_numbers() throws IOException {
        navigate(EfficacyView.class);
        var pfs = ExportedTable.xlsx($(ExportMenu.class).single()).stream()
                .filter(row -> row.get("Endpoint").getText().equals("Median progression-free survival"))
                .findFirst().orElseThrow();
        assertThat(number(pfs, "Estimate")).isEqualByComparingTo("1.07");
        assertThat(number(pfs, "CI level (%)")).isEqualByComparingTo("96");
        assertThat(number(pfs, "CI lower")).isEqualByComparingTo("0.81");
        assertThat(number(pfs, "CI upper")).isEqualByComparingTo("1.41");
        assertThat(number(pfs, "Eribulin alone (raw)")).isEqualByComparingTo("4.0");
        assertThat(pfs).doesNotContainKey("p-value");
    }

    private static BigDecimal number(Map<String, Cell> row, String column) {
        assertThat(row.get(column).getType()).as(column).isEqualTo(CellType.NUMBER);
        return row.get(column).asNumber();
    }
}
