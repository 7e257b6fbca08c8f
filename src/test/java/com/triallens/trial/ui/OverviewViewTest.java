package com.triallens.trial.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ViewPackages(packages = "com.triallens")
@WithMockUser(roles = "VIEWER")
class OverviewViewTest extends SpringBrowserlessTest {

    @Test
    void overview_lists_design_population_and_outcome_with_sources() {
        var view = navigate(OverviewView.class);
        var text = view.facts.getElement().getTextRecursively();
        assertThat(text).contains("NCT03786094[3][4]", "432 patients[2][5]",
                "International, multicenter, open-label, randomized, active-controlled, parallel-group[3][4]",
                "CXCR4 antagonist", "CXCL12 (SDF-1)", "terminated early[7]");
    }

    @Test
    void dosing_grid_gives_each_drug_dose_route_and_cycle_days() {
        var grid = test(navigate(OverviewView.class).dosing);
        assertThat(IntStream.range(0, grid.size()).mapToObj(r ->
                IntStream.range(0, 7).mapToObj(c -> grid.getCellText(r, c)).toList()))
                .containsExactly(
                        java.util.List.of("Balixafortide + eribulin", "Experimental", "Balixafortide", "5.5 mg/kg", "IV",
                                "Days 1–3, 8–10 of a 21-day cycle", "[2]"),
                        java.util.List.of("Balixafortide + eribulin", "Experimental", "Eribulin", "1.4 mg/m²", "IV",
                                "Days 2, 9 of a 21-day cycle", "[2]"),
                        java.util.List.of("Eribulin alone", "Active comparator", "Eribulin", "1.4 mg/m²", "IV",
                                "Days 2, 9 of a 21-day cycle", "[2]"));
    }

    @Test
    void endpoints_grid_shows_primary_and_secondary_with_populations() {
        var grid = test(navigate(OverviewView.class).endpoints);
        assertThat(grid.size()).isEqualTo(6);
        assertThat(grid.getCellText(0, 0)).isEqualTo("Objective response rate");
        assertThat(grid.getCellText(0, 1)).isEqualTo("Primary");
        assertThat(grid.getCellText(1, 2)).isEqualTo("Overall");
        assertThat(grid.getCellText(3, 3)).isEqualTo("Interim");
    }

    @Test
    void references_page_lists_the_seven_sources_with_anchors() {
        var view = navigate(ReferencesView.class);
        var items = view.list.getChildren().map(ListItem.class::cast).toList();
        assertThat(items).hasSize(7);
        assertThat(items.get(6).getId()).contains("ref-7");
        assertThat(items.get(6).getElement().getTextRecursively()).contains("[7]", "BioSpace", "Polyphor Provides Update");
    }
}
