package com.triallens.results.ui;

import com.triallens.ctgov.CtgovImportService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The Registry results page for a synthetic record with the registry's awkward cases (ctgov/edge). */
@SpringBootTest
@ViewPackages(packages = "com.triallens")
@WithMockUser(username = "curator", roles = {"CURATOR", "VIEWER"})
@Transactional
class RegistryResultsViewTest extends SpringBrowserlessTest {

    private static final Path EDGE = Path.of("src/test/resources/ctgov/edge/nct09990010-synthetic-edge-cases.json");

    @Autowired CtgovImportService imports;

    private RegistryResultsView open(String registryId) {
        UI.getCurrent().navigate(RegistryResultsView.class, QueryParameters.of("trial", registryId));
        return (RegistryResultsView) getCurrentView();
    }

    private RegistryResultsView imported() throws IOException {
        var content = Files.readAllBytes(EDGE);
        imports.importRecord(imports.preview("edge.json", content, step -> { }), "View test");
        return open("NCT09990010");
    }

    private List<String> column(Grid<?> grid, String key) {
        var tester = test(grid);
        var index = grid.getColumns().indexOf(grid.getColumnByKey(key));
        return IntStream.range(0, tester.size()).mapToObj(r -> tester.getCellText(r, index)).toList();
    }

    @Test
    void groups_link_to_arms_despite_punctuation_and_a_population_suffix_and_otherwise_stand_alone() throws IOException {
        var view = imported();
        var titles = column(view.groups, "title");
        var arms = column(view.groups, "arm");
        assertThat(arms.get(titles.indexOf("Low dose."))).isEqualTo("Low dose");
        assertThat(arms.get(titles.indexOf("High  dose"))).isEqualTo("High dose");
        assertThat(arms.get(titles.indexOf("Placebo (FAS)"))).isEqualTo("Placebo");
        assertThat(arms.get(titles.indexOf("Total"))).isEqualTo("No arm of this title");
        assertThat(column(view.groups, "module").stream().filter("Outcome"::equals))
                .as("the same three groups of both outcome measures, listed once").hasSize(3);
    }

    @Test
    void every_time_point_keeps_its_own_values_and_not_available_values_say_so_with_the_reason() throws IOException {
        var view = imported();
        var values = column(view.outcomes, "value");
        var rows = column(view.outcomes, "row");
        var comments = column(view.outcomes, "comment");
        assertThat(rows).contains("Week 2", "Week 12", "Female / Responder", "Male / Non-responder");
        assertThat(values).contains("-1.20 points (95% Confidence Interval -2.1 to -0.30)",
                "-3.1 points (95% Confidence Interval NA to NA)", "NA (not available)");
        assertThat(comments).contains("No participants were analysed at week 12");
        assertThat(column(view.outcomes, "analysed")).contains("29 Participants", "26 Participants", "0 Participants");
        assertThat(values).noneMatch(v -> v.contains("NaN") || v.isBlank());
    }

    @Test
    void analyses_keep_their_own_parameter_confidence_level_sidedness_and_groups() throws IOException {
        var view = imported();
        assertThat(column(view.analyses, "estimate")).containsExactly(
                "F statistic 4.71",
                "LS Mean Difference -2.70 (90% CI, one-sided, not posted to -1.80)",
                "Percentage Difference 12.5 (90% CI, two-sided, 1.2 to 23.8)");
        assertThat(column(view.analyses, "groups")).first().isEqualTo("Low dose vs High dose vs Placebo");
        assertThat(column(view.analyses, "p")).containsExactly("p = 0.012", "p <0.001", "p = 0.0450");
    }

    @Test
    void a_group_with_none_at_risk_is_never_shown_as_a_share_of_zero() throws IOException {
        var view = imported();
        assertThat(column(view.eventTotals, "serious")).containsExactly("2/30 (6.7 %)", "4/30 (13.3 %)",
                "0 at risk: none assessed");
        assertThat(column(view.eventTotals, "deaths")).containsExactly("0/30 (0.0 %)", "1/30 (3.3 %)", "Not posted");
        var incidence = column(view.events, "incidence");
        assertThat(incidence).contains("7/30 (23.3 %)", "0 at risk: none assessed");
        assertThat(column(view.events, "events")).contains("9 events", "1 event", "Not posted");
        assertThat(column(view.events, "kind")).contains("Serious", "Other");
    }

    @Test
    void participant_flow_and_baseline_read_as_posted() throws IOException {
        var view = imported();
        assertThat(column(view.flow, "step")).contains("STARTED", "COMPLETED", "Adverse Event");
        assertThat(column(view.flow, "count")).contains("30", "27", "4");
        assertThat(column(view.baseline, "value")).contains("54.2 years (STANDARD_DEVIATION 9.10)", "49 Participants");
    }

    @Test
    void a_curated_trial_without_registry_results_says_where_its_results_are_and_shows_no_empty_grid() {
        var view = open("NCT03786094");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).anyMatch(t -> t.contains(
                "No results from ClinicalTrials.gov are stored for FORTRESS"));
        assertThat($(Grid.class).all()).isEmpty();
        assertThat(view.outcomes).isNull();
    }
}
