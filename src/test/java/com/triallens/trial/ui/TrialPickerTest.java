package com.triallens.trial.ui;

import com.triallens.TestTrials;
import com.triallens.base.ui.ArmFigureGrid;
import com.triallens.base.ui.GridReader;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.triallens.trial.TrialHeader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@Transactional
@ViewPackages(packages = "com.triallens")
@WithMockUser(roles = "VIEWER")
class TrialPickerTest extends SpringBrowserlessTest {

    @Autowired JdbcClient jdbc;

    private String headerText(String id) {
        return $(Span.class).id(id).getText();
    }

    private String pageText() {
        return $(Main.class).first().getElement().getTextRecursively();
    }

    private void open(String route, String registryId) {
        UI.getCurrent().navigate(route, QueryParameters.of(TrialPage.PARAMETER, registryId));
    }

    private String firstCellsOfGrid() {
        com.vaadin.flow.component.grid.Grid<?> grid = $(com.vaadin.flow.component.grid.Grid.class).first();
        var tester = test(grid);
        var key = grid.getColumns().getFirst().getKey();
        return java.util.stream.IntStream.range(0, tester.size())
                .mapToObj(row -> GridReader.cell(tester, grid, row, key)).toList().toString();
    }

    @Test
    void pages_without_a_trial_parameter_show_the_first_trial() {
        navigate("efficacy", Main.class);
        assertThat(headerText("trial-acronym")).isEqualTo("FORTRESS");
        assertThat(firstCellsOfGrid()).contains("Median progression-free survival");
    }

    @Test
    void the_trial_parameter_chooses_the_trial_and_the_side_links_keep_it() {
        var tests = new TestTrials(jdbc);
        var other = tests.trial("STUDY-301", "NCT00337103");
        var eribulin = tests.arm(other, "ERI", "Eribulin", "EXPERIMENTAL", 1);
        var capecitabine = tests.arm(other, "CAP", "Capecitabine", "ACTIVE_COMPARATOR", 2);
        var serious = tests.adverseEventCategory(other, "SAE", "Serious adverse events", "ITT", 0);
        tests.adverseEvent(serious, eribulin, "30", "participants", 99);
        tests.adverseEvent(serious, capecitabine, "20", "participants", 98);

        open("safety", "NCT00337103");

        assertThat(headerText("trial-acronym")).isEqualTo("STUDY-301");
        assertThat(headerText("trial-registry-id")).isEqualTo("NCT00337103");
        var grid = test($(ArmFigureGrid.class).single());
        assertThat(grid.size()).isOne();
        assertThat(grid.getCellText(0, 0)).isEqualTo("Serious adverse events");
        assertThat(grid.getHeaderCell(1)).isEqualTo("Eribulin");
        assertThat(grid.getHeaderCell(2)).isEqualTo("Capecitabine");
        assertThat($(SideNavItem.class).all()).filteredOn(item -> item.getLabel().equals("Efficacy"))
                .singleElement().extracting(SideNavItem::getPath).isEqualTo("efficacy?trial=NCT00337103");
    }

    @Test
    @WithMockUser(roles = "CURATOR")
    void every_trial_page_opens_for_a_trial_that_has_no_figures_yet() {
        new TestTrials(jdbc).trial("EMPTY", "NCT09990000");
        for (var route : java.util.List.of("", "efficacy", "safety", "references", "curation")) {
            open(route, "NCT09990000");
            assertThat(headerText("trial-acronym")).as(route).isEqualTo("EMPTY");
            assertThat(pageText()).as(route).doesNotContain("FORTRESS", "Balixafortide");
        }
    }

    @Test
    void an_unknown_trial_says_so_instead_of_showing_another() {
        navigate("efficacy", Main.class);
        open("efficacy", "NCT00000000");
        assertThat(pageText()).contains("TrialLens has no trial NCT00000000").doesNotContain("FORTRESS");
    }

    @SuppressWarnings("unchecked")
    @Test
    void picking_a_trial_opens_the_same_page_for_it() {
        new TestTrials(jdbc).trial("STUDY-301", "NCT00337103");
        navigate("references", Main.class);
        var picker = (ComboBox<TrialHeader>) $(ComboBox.class).id("trial-picker");
        var other = test(picker).getSuggestionItems().stream()
                .filter(trial -> trial.registryId().equals("NCT00337103")).findFirst().orElseThrow();

        test(picker).selectItem(picker.getItemLabelGenerator().apply(other));

        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("references?trial=NCT00337103");
        assertThat(headerText("trial-acronym")).isEqualTo("STUDY-301");
    }
}
