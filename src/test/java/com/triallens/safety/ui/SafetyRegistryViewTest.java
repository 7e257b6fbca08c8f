package com.triallens.safety.ui;

import com.triallens.base.ui.ExportMenu;
import com.triallens.base.ui.ExportedTable;
import com.triallens.base.ui.Sources;
import com.triallens.base.ui.chart.ChartCard;
import com.triallens.ctgov.CtgovImportService;
import com.triallens.safety.AdverseEvents.Kind;
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

/** The Safety page of imported registry records: 2, 8 and 1 groups, and a record without results. */
@SpringBootTest
@ViewPackages(packages = "com.triallens")
@WithMockUser(username = "curator", roles = {"CURATOR", "VIEWER"})
@Transactional
class SafetyRegistryViewTest extends SpringBrowserlessTest {

    @Autowired CtgovImportService imports;

    private SafetyView open(String file, String registryId) throws IOException {
        var content = Files.readAllBytes(Path.of("src/test/resources/ctgov", file));
        imports.importRecord(imports.preview(file, content, step -> { }), "Safety view test");
        UI.getCurrent().navigate(SafetyView.class, QueryParameters.of("trial", registryId));
        return (SafetyView) getCurrentView();
    }

    private List<String> column(Grid<?> grid, String key) {
        var tester = test(grid);
        var index = grid.getColumns().indexOf(grid.getColumnByKey(key));
        return IntStream.range(0, tester.size()).mapToObj(r -> tester.getCellText(r, index)).toList();
    }

    /** The hierarchy column's text, as the tree grid renders it (its renderer is not plain text). */
    private List<String> names(EventTermsGrid grid) {
        var tester = test(grid);
        return IntStream.range(0, tester.size()).mapToObj(r -> tester.getRow(r).name()).toList();
    }

    private List<String> groupColumn(Grid<?> grid, String label) {
        var column = grid.getColumns().stream().filter(c -> label.equals(header(c))).findFirst().orElseThrow();
        return column(grid, column.getKey());
    }

    /** A group column's header: its label, cut to three lines, with the full title on hover. */
    private static String header(Grid.Column<?> column) {
        return column.getHeaderComponent() instanceof GroupHeader group ? group.getText() : column.getHeaderText();
    }

    private static String description(ChartCard card) {
        return card.getChart().getSpec().description();
    }

    private String pageText() {
        return String.join("\n", $(Paragraph.class).all().stream().map(Paragraph::getText).toList());
    }

    @Test
    void two_group_trial_shows_totals_first_as_affected_of_at_risk_with_the_share() throws IOException {
        var view = open("real/NCT04280705.json", "NCT04280705");
        assertThat(view.grid).as("no curated summaries").isNull();
        assertThat(column(view.totals, "total")).containsExactly("Deaths (all causes)",
                "Serious adverse events (total)", "Other adverse events (total)");
        assertThat(groupColumn(view.totals, "Placebo")).containsExactly("77/521 (14.8 %)", "163/516 (31.6 %)",
                "295/516 (57.2 %)");
        assertThat(groupColumn(view.totals, "Remdesivir")).containsExactly("59/541 (10.9 %)", "131/532 (24.6 %)",
                "276/532 (51.9 %)");
        assertThat($(Sources.class).all()).as("the totals cite the imported record").singleElement()
                .satisfies(sources -> assertThat(sources.getElement().getTextRecursively()).matches("\\[\\d+\\]"));
    }

    @Test
    void export_gives_totals_and_terms_as_affected_of_at_risk_never_1_participants() throws IOException {
        open("real/NCT04280705.json", "NCT04280705");
        var csv = ExportedTable.csv($(ExportMenu.class).single());
        assertThat(csv.row("Adverse events", "Deaths (all causes)")).containsEntry("Placebo", "77/521 (14.8 %)")
                .containsEntry("Placebo (raw)", "77").containsEntry("Placebo participants", "521");
        assertThat(csv.row("Adverse events", "Coagulopathy (serious) — Blood and lymphatic system disorders"))
                .containsEntry("Remdesivir", "1/532 (0.2 %)").containsEntry("Placebo", "0/516 (0.0 %)");
        assertThat(csv.rows()).hasSize(3 + 110)
                .allSatisfy(row -> assertThat(row.values()).noneMatch(v -> v.contains("1 participants")));
    }

    @Test
    void two_group_trial_lists_terms_under_their_organ_system_with_events_and_filters_them() throws IOException {
        var view = open("real/NCT04280705.json", "NCT04280705");
        var names = names(view.terms);
        assertThat(names.getFirst()).as("organ systems in alphabetical order")
                .startsWith("Blood and lymphatic system disorders (").endsWith(" terms)");
        assertThat(names).contains("Cardiac disorders (15 terms)");
        assertThat(names).contains("Coagulopathy", "Febrile neutropenia");
        var remdesivir = groupColumn(view.terms, "Remdesivir");
        assertThat(remdesivir.get(names.indexOf("Coagulopathy"))).isEqualTo("1/532 (0.2 %), 1 event");
        assertThat(groupColumn(view.terms, "Placebo").get(names.indexOf("Coagulopathy"))).isEqualTo("0/516 (0.0 %), 0 events");
        assertThat(remdesivir).noneMatch(cell -> cell.contains("NaN") || cell.contains("null"));

        test(view.kind).selectItem(Kind.OTHER.label());
        assertThat(column(view.terms, "kind")).filteredOn(k -> !k.isEmpty()).hasSize(10).containsOnly("Other");
        assertThat(view.shown.getText()).startsWith("10 of 110 terms in 4 organ systems.");

        test(view.kind).selectItem(Kind.ALL.label());
        test(view.search).setValue("NEUTROPENIA");
        assertThat(names(view.terms)).contains("Febrile neutropenia").allSatisfy(name ->
                assertThat(name.toLowerCase()).containsAnyOf("neutropenia", "blood and lymphatic"));

        test(view.search).setValue("no such term");
        assertThat(view.terms.isVisible()).isFalse();
        assertThat(view.shown.getText()).isEqualTo("No adverse event matches.");
    }

    @Test
    void two_group_trial_draws_incidence_beside_a_computed_risk_difference_experimental_against_placebo()
            throws IOException {
        var view = open("real/NCT04280705.json", "NCT04280705");
        assertThat(view.chart.first.isVisible() && view.chart.first.getParent().isPresent())
                .as("no group picker with two groups").isFalse();
        var card = view.chart.card;
        var option = card.getChart().option();
        assertThat(option.at("/grid").size()).isEqualTo(2);
        assertThat(option.at("/xAxis/1/name").asString()).startsWith(SafetyCharts.RISK_DIFFERENCE)
                .contains("Remdesivir − Placebo");
        assertThat(description(card)).contains("Remdesivir minus Placebo", "Newcombe hybrid score (Wilson)",
                "computed by TrialLens", "sorted by risk difference");
        var table = card.getChart().getSpec().tableView();
        assertThat(table.columns()).containsExactly("Adverse event", "Organ system", "Remdesivir", "Placebo",
                SafetyCharts.RISK_DIFFERENCE);
        assertThat(table.rows()).isNotEmpty().hasSizeLessThanOrEqualTo(30);
        // Sorted by risk difference, largest first: the first number of each difference never grows down the table.
        var estimates = table.rows().stream().map(r -> Double.parseDouble(r.get(4).substring(0, r.get(4).indexOf(' '))))
                .toList();
        assertThat(estimates).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(option.toString()).doesNotContain("NaN", "undefined");
    }

    @Test
    void eight_cohorts_two_with_none_at_risk_say_none_assessed_and_are_not_offered_for_comparison() throws IOException {
        var view = open("real/NCT04431453.json", "NCT04431453");
        var headers = view.totals.getColumns().stream().map(SafetyRegistryViewTest::header).toList();
        assertThat(headers).hasSize(9);
        assertThat(view.totals.getColumns()).as("full titles on hover").map(Grid.Column::getHeaderComponent)
                .filteredOn(GroupHeader.class::isInstance).map(h -> h.getElement().getAttribute("title")).contains("RDV, Cohort 2: Age ≥ 28 Days to < 18 Years and Weight ≥ 20 kg to < 40 kg");
        var cohort6 = headers.stream().filter(h -> h.contains("Cohort 6")).findFirst().orElseThrow();
        assertThat(groupColumn(view.totals, cohort6)).containsOnly("0 at risk: none assessed");
        assertThat(groupColumn(view.terms, cohort6)).filteredOn(c -> !c.isEmpty())
                .isNotEmpty().containsOnly("0 at risk: none assessed");

        var offered = test(view.chart.first).getSuggestions();
        assertThat(offered).hasSize(6).noneMatch(g -> g.contains("Cohort 6") || g.contains("Cohort 7"));
        var before = description(view.chart.card);
        assertThat(before).contains(offered.get(0) + " minus " + offered.get(1));
        test(view.chart.second).selectItem(offered.get(5));
        assertThat(description(view.chart.card)).contains(offered.get(0) + " minus " + offered.get(5));
        test(view.chart.second).selectItem(offered.get(0));
        assertThat(view.chart.card).isNull();
        assertThat(view.chart.nothingToCompare.getText()).isEqualTo("Pick two different groups to compare.");
    }

    @Test
    void one_group_trial_draws_incidence_only() throws IOException {
        var view = open("real/NCT03275402.json", "NCT03275402");
        var option = view.chart.card.getChart().option();
        assertThat(option.toString()).doesNotContain("Risk difference");
        assertThat(view.chart.card.getChart().getSpec().title()).isEqualTo("Most frequent adverse events");
        assertThat(description(view.chart.card)).contains("One group: no difference is computed");
        assertThat(groupColumn(view.totals, "131I-omburtamab")).startsWith("17/52 (32.7 %)", "20/52 (38.5 %)");
    }

    @Test
    void a_record_without_results_shows_no_empty_grid_or_chart() throws IOException {
        var view = open("nct09990002-test-no-results.json", "NCT09990002");
        assertThat(view.grid).isNull();
        assertThat(view.totals).isNull();
        assertThat(view.terms).isNull();
        assertThat(view.chart).isNull();
        assertThat($(Grid.class).all()).isEmpty();
        assertThat($(ChartCard.class).all()).isEmpty();
        assertThat(pageText()).contains("No adverse events are stored for");
    }
}
