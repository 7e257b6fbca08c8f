package com.triallens.results.ui;

import com.triallens.ctgov.CtgovImportService;
import com.triallens.results.BaselineTable.Line;
import com.triallens.results.FlowDiagram.Step;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The Participant flow and Baseline characteristics pages with real registry records, a record without results and FORTRESS. */
@SpringBootTest
@ViewPackages(packages = "com.triallens")
@WithMockUser(username = "curator", roles = {"CURATOR", "VIEWER"})
@Transactional
class FlowAndBaselineViewsTest extends SpringBrowserlessTest {

    @Autowired CtgovImportService imports;

    private ParticipantFlowView open(String trial) {
        return RegistryRecords.open(imports, ParticipantFlowView.class, trial);
    }

    private BaselineView openBaseline(String trial) {
        return RegistryRecords.open(imports, BaselineView.class, trial);
    }

    @SuppressWarnings("unchecked")
    private static Grid<Step> table(ParticipantFlowView view, int period) {
        return (Grid<Step>) view.tables.get(period);
    }

    private List<String> column(Grid<Step> grid, String key) {
        var tester = test(grid);
        var index = grid.getColumns().indexOf(grid.getColumnByKey(key));
        return IntStream.range(0, tester.size()).mapToObj(r -> tester.getCellText(r, index)).toList();
    }

    private static List<Grid.Column<Step>> groupColumns(Grid<Step> grid) {
        return grid.getColumns().stream().filter(c -> c.getKey().startsWith("group-")).toList();
    }

    private static String header(Grid.Column<?> column) {
        return ((Span) column.getHeaderComponent()).getText();
    }

    /** The group lanes drawn in a period's diagram. */
    private static long lanes(Div diagram) {
        return diagram.getChildren().findFirst().orElseThrow().getChildren().count();
    }

    private <T extends com.vaadin.flow.component.Component & com.vaadin.flow.component.HasText> List<String> texts(
            Class<T> type) {
        return $(type).all().stream().map(c -> c.getText()).toList();
    }

    @Test
    void flow_two_periods_each_have_a_diagram_and_a_table_and_a_group_without_anyone_in_a_period_is_named_not_drawn() {
        var view = open("real/NCT02552212.json");
        assertThat(texts(H3.class)).contains("Double-Blind Period (Week 0 - 52)", "SFE Period (Week 52 - 156)");
        assertThat(view.tables).hasSize(2);
        assertThat(view.diagrams).hasSize(2);
        var first = view.diagrams.get(0).getElement().getTextRecursively();
        assertThat(first).contains("Placebo", "CZP 200 mg Q2W", "Started", "158 participants", "Received OL CZP",
                "Completed", "143 participants", "Not completed", "15 participants", "Adverse Event: 6 participants")
                .doesNotContain("SFE OL CZP").doesNotContain("Patient's decision: 0");
        assertThat(texts(Paragraph.class)).anyMatch(t -> t.startsWith("SFE OL CZP 200 mg Q2W has no participants"));
        var second = view.diagrams.get(1).getElement().getTextRecursively();
        assertThat(second).contains("SFE OL CZP 200 mg Q2W", "243 participants",
                "123 subjects from Placebo arm and 120 subjects from CZP 200 mg Q2W arm", "Withdrawal by Subject: 18");
        assertThat(lanes(view.diagrams.get(0))).isEqualTo(2);
        assertThat(lanes(view.diagrams.get(1))).as("only the extension group takes part in the second period")
                .isEqualTo(1);
        var table = table(view, 0);
        assertThat(column(table, "row")).startsWith("Started", "Received OL CZP", "Completed Week 52 Without Starting SFE",
                "Completed", "Not completed", "Adverse Event").hasSize(15);
        assertThat(column(table, "kind")).filteredOn("Reason for not completing"::equals).hasSize(10);
        assertThat(groupColumns(table)).extracting(FlowAndBaselineViewsTest::header)
                .containsExactly("Placebo", "CZP 200 mg Q2W", "SFE OL CZP 200 mg Q2W");
        assertThat(column(table, groupColumns(table).get(0).getKey())).startsWith("158 participants", "96 participants");
        assertThat(texts(Paragraph.class)).anyMatch(t -> t.startsWith("Recruitment: This study started to enroll"))
                .anyMatch(t -> t.equals("Before assignment to groups: The Participant Flow refers to the Randomized Set (RS)."));
    }

    @Test
    void flow_eight_cohorts_are_headed_by_short_labels_with_the_full_titles_in_a_legend_and_scroll_inside_the_diagram() {
        var view = open("real/NCT04431453.json");
        var table = table(view, 0);
        var headers = groupColumns(table).stream().map(FlowAndBaselineViewsTest::header).toList();
        assertThat(headers).hasSize(8).contains("Cohort 1", "Cohort 2", "Cohort 5")
                .allMatch(h -> h.length() <= 30);
        assertThat(groupColumns(table).getFirst().getHeaderComponent().getElement().getAttribute("title"))
                .isEqualTo("Remdesivir (RDV), Cohort 1: Age 12 to <18 Years and Weight ≥40 kg");
        assertThat($(com.vaadin.flow.component.html.DescriptionList.class).single().getElement().getTextRecursively())
                .contains("RDV, Cohort 8: < 12 Years and Weight ≥ 40 kg");
        var diagram = view.diagrams.getFirst();
        assertThat(diagram.getClassNames()).contains("flow-diagram");
        assertThat(diagram.getElement().getAttribute("tabindex")).isEqualTo("0");
        assertThat(diagram.getElement().getAttribute("aria-label")).isEqualTo("Participant flow diagram: Overall Study");
        assertThat(diagram.getElement().getTextRecursively()).contains("1 participant", "Death: 1 participant",
                "Enrolled but Never Treated: 1 participant").doesNotContain("null", "NaN")
                .doesNotContainPattern("(?<![0-9])1 participants");
        assertThat(texts(H3.class)).as("the legend, then the period above its diagram's group headings")
                .containsExactly("Groups", "Overall Study");
    }

    @Test
    void flow_a_single_group_and_an_observational_study_each_get_one_lane() {
        for (var record : List.of("real/NCT03275402.json", "real/NCT05594173.json")) {
            var view = open(record);
            assertThat(view.diagrams).hasSize(1);
            assertThat(lanes(view.diagrams.getFirst())).isEqualTo(1);
            assertThat(groupColumns(table(view, 0))).hasSize(1);
            assertThat($(com.vaadin.flow.component.html.DescriptionList.class).all())
                    .as("short titles need no legend").isEmpty();
        }
        assertThat(open("NCT03275402").diagrams.getFirst().getElement().getTextRecursively())
                .contains("52 participants", "Study terminated by sponsor: 21 participants");
    }

    @Test
    void flow_a_record_without_results_and_fortress_say_so_in_one_line_without_an_empty_diagram() {
        for (var trial : List.of("nct09990002-test-no-results.json", "NCT03786094")) {
            var view = open(trial);
            assertThat(view.diagrams).isEmpty();
            assertThat(view.tables).isEmpty();
            assertThat($(Div.class).all()).noneMatch(d -> d.hasClassName("flow-diagram"));
            assertThat($(Grid.class).all()).isEmpty();
            assertThat(texts(Paragraph.class)).singleElement().asString()
                    .startsWith("No participant flow from ClinicalTrials.gov is stored for ");
        }
        assertThat(texts(Paragraph.class)).containsExactly(
                "No participant flow from ClinicalTrials.gov is stored for FORTRESS.");
    }

    /** The grid under the heading that starts with {@code heading}. */
    @SuppressWarnings("unchecked")
    private Grid<Line> table(BaselineView view, String heading) {
        var headings = $(H3.class).all().stream().map(H3::getText).filter(t -> !t.equals("Groups")).toList();
        var index = IntStream.range(0, headings.size()).filter(i -> headings.get(i).startsWith(heading)).findFirst()
                .orElseThrow(() -> new AssertionError("no table headed " + heading + " in " + headings));
        return (Grid<Line>) view.tables.get(index);
    }

    /** Each row as "label | cell | cell …", the cells in column order. */
    private List<String> rows(Grid<Line> grid) {
        var tester = test(grid);
        return IntStream.range(0, tester.size()).mapToObj(r -> String.join(" | ", IntStream
                .range(0, grid.getColumns().size()).mapToObj(c -> tester.getCellText(r, c)).toList())).toList();
    }

    private static List<String> headers(Grid<Line> grid) {
        return grid.getColumns().stream().filter(c -> c.getKey().startsWith("group-"))
                .map(c -> ((Span) c.getHeaderComponent()).getText()).toList();
    }

    @Test
    void baseline_overall_numbers_come_first_then_a_table_per_measure_headed_by_what_its_figures_are() {
        var view = openBaseline("real/NCT02552212.json");
        assertThat($(H3.class).all()).extracting(H3::getText).containsExactly(
                "Overall number of baseline participants",
                "Age, Categorical — Count of Participants, Participants",
                "Age, Continuous — Mean (Standard Deviation), years",
                "Sex: Female, Male — Count of Participants, Participants",
                "Race/Ethnicity, Customized — Count of Participants, Participants");
        var overall = table(view, "Overall");
        assertThat(headers(overall)).containsExactly("Placebo", "CZP 200 mg Q2W", "Total Title");
        assertThat(rows(overall)).containsExactly(
                "Overall number of baseline participants | 158 participants | 159 participants | 317 participants");
        assertThat(rows(table(view, "Age, Continuous"))).singleElement().asString()
                .matches("Mean \\(Standard Deviation\\) \\| [0-9.]+ \\([0-9.]+\\) \\| .*");
        assertThat(rows(table(view, "Sex"))).extracting(r -> r.split(" \\| ")[0]).containsExactly("Female", "Male");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Baseline Characteristics refer to the Randomized Set witch consisted of all subjects "
                        + "randomized into the study.");
    }

    @Test
    void baseline_nine_groups_with_total_keep_withheld_cohorts_as_not_posted_and_show_numbers_analysed_where_they_differ() {
        var view = openBaseline("real/NCT04431453.json");
        var age = table(view, "Age, Customized");
        assertThat(headers(age)).hasSize(9).contains("Cohort 1", "Cohort 6", "Total");
        assertThat(age.getColumns().getFirst().isFrozen()).isTrue();
        var rows = rows(age);
        assertThat(rows.getFirst()).isEqualTo("Number analysed | 12 participants | 12 participants | 12 participants"
                + " | 12 participants | 3 participants | 0 participants | 0 participants | 5 participants"
                + " | 56 participants");
        assertThat(rows.get(1)).isEqualTo("Newborns (0-27 days) | 0 | 0 | 0 | 0 | 3 | Not posted | Not posted | 0 | 3");
        var pews = rows(table(view, "Pediatric Early Warning Score"));
        assertThat(pews).extracting(r -> r.split(" \\| ")[0]).startsWith("Behavior", "Number analysed", "Score: 0");
        assertThat(pews.getFirst()).as("a class heading carries no figures").isEqualTo("Behavior" + " | ".repeat(9));
        var viralLoad = rows(table(view, "Severe Acute Respiratory Syndrome"));
        assertThat(viralLoad).anyMatch(r -> r.startsWith("Mean (Standard Deviation) | 5.35 (1.796) |")
                && r.contains("5.02 (NA) — SD cannot be calculated for 1 participant."));
        assertThat(view.tables.stream().flatMap(g -> rows((Grid<Line>) g).stream()))
                .noneMatch(r -> r.contains("null") || r.contains("NaN") || r.matches(".*(?<![0-9])1 participants.*"));
    }

    @Test
    void baseline_a_single_group_and_an_observational_study_have_one_column_and_no_legend() {
        var view = openBaseline("real/NCT03275402.json");
        assertThat(headers(table(view, "Overall"))).containsExactly("131I-omburtamab");
        assertThat(rows(table(view, "Region of Enrollment"))).extracting(r -> r.split(" \\| ")[0])
                .containsExactly("United States", "Japan", "Denmark", "Spain");
        view = openBaseline("real/NCT05594173.json");
        assertThat(rows(table(view, "Age, Continuous — Median (Full Range), years"))).singleElement().asString()
                .startsWith("Median (Full Range) | ");
        assertThat(rows(table(view, "Overall"))).containsExactly(
                "Overall number of baseline participants | 17 participants");
        assertThat($(com.vaadin.flow.component.html.DescriptionList.class).all()).isEmpty();
    }

    @Test
    void baseline_a_record_without_results_and_fortress_say_so_in_one_line_without_an_empty_table() {
        for (var trial : List.of("nct09990002-test-no-results.json", "NCT03786094")) {
            var view = openBaseline(trial);
            assertThat(view.tables).isEmpty();
            assertThat($(Grid.class).all()).isEmpty();
            assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).singleElement().asString()
                    .startsWith("No baseline characteristics from ClinicalTrials.gov are stored for ");
        }
        assertThat($(Paragraph.class).single().getText())
                .isEqualTo("No baseline characteristics from ClinicalTrials.gov are stored for FORTRESS.");
    }
}
