package com.triallens.safety.ui;

import com.triallens.base.ui.ExportMenu;
import com.triallens.base.ui.ExportedTable;
import com.triallens.base.ui.chart.ChartCard;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ViewPackages(packages = "com.triallens")
@WithMockUser(roles = "VIEWER")
class SafetyViewTest extends SpringBrowserlessTest {

    @Test
    void safety_grid_keeps_precision_and_says_not_reported() {
        var grid = test(navigate(SafetyView.class).grid);
        assertThat(IntStream.range(0, 5).mapToObj(grid::getHeaderCell))
                .containsExactly("Adverse events", "Balixafortide + eribulin", "Eribulin alone", "Population", "Sources");
        List<List<String>> rows = IntStream.range(0, grid.size())
                .mapToObj(r -> IntStream.range(0, 4).mapToObj(c -> grid.getCellText(r, c)).toList()).toList();
        assertThat(rows).containsExactly(
                List.of("Serious treatment-emergent adverse events", "28 %", "26.5 %", "Overall safety population"),
                List.of("TEAEs leading to death", "6.9 %", "6.4 %", "Overall safety population"),
                List.of("TEAEs grade 3 or higher", "68.3 %", "64.2 %", "Overall safety population"),
                List.of("Infusion-related reactions", "43.6 %", "Not reported", "Overall safety population"));
    }

    @Test
    void safety_export_says_not_reported_with_an_empty_number_never_zero() throws IOException {
        navigate(SafetyView.class);
        var csv = ExportedTable.csv($(ExportMenu.class).single());
        assertThat(csv.fileName()).startsWith("FORTRESS-safety-").endsWith(".csv");
        assertThat(csv.row("Adverse events", "Infusion-related reactions"))
                .containsEntry("Balixafortide + eribulin", "43.6 %")
                .containsEntry("Balixafortide + eribulin (raw)", "43.6")
                .containsEntry("Eribulin alone", "Not reported")
                .containsEntry("Eribulin alone (raw)", "");
        var serious = csv.row("Adverse events", "Serious treatment-emergent adverse events");
        assertThat(serious).containsEntry("Balixafortide + eribulin (raw)", "28")
                .containsEntry("Eribulin alone (raw)", "26.5");
    }

    @Test
    void fortress_keeps_its_curated_summaries_first_with_history_and_no_registry_sections() {
        var view = navigate(SafetyView.class);
        assertThat(view.grid.getColumnByKey("history")).isNotNull();
        assertThat(view.grid.getColumnByKey("sources")).isNotNull();
        assertThat(view.totals).as("FORTRESS posts no registry totals").isNull();
        assertThat(view.terms).isNull();
        assertThat(view.chart).as("no terms: no incidence / risk-difference chart").isNull();
        assertThat($(ChartCard.class).all()).extracting(card -> card.getChart().getSpec().title())
                .containsExactly("Adverse events by arm");
    }
}
