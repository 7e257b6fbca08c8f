package com.triallens.efficacy.ui;

import com.triallens.base.ui.GridReader;
import com.triallens.base.ui.chart.ChartCard;
import com.triallens.ctgov.CtgovImportService;
import com.triallens.efficacy.EfficacyRow;
import com.triallens.results.ui.RegistryRecords;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The Efficacy page for real registry records of 1, 2, 3 and 8 groups, and for a record without results. */
@SpringBootTest
@ViewPackages(packages = "com.triallens")
@WithMockUser(username = "curator", roles = {"CURATOR", "VIEWER"})
@Transactional
class EfficacyFitsEveryTrialTest extends SpringBrowserlessTest {

    @Autowired CtgovImportService imports;

    private EfficacyView open(String record) {
        return RegistryRecords.open(imports, EfficacyView.class, record);
    }

    private List<String> groupHeaders(EfficacyView view) {
        return GridReader.headers(view.grid).subList(2, 2 + (int) view.grid.getColumns().stream()
                .filter(c -> c.getKey().startsWith("arm-")).count());
    }

    /** Every row of the tree as the grid shows it: each measure, then the rows under it. */
    private List<EfficacyRow> shownRows(EfficacyView view) {
        var tree = view.grid.getTreeData();
        return tree.getRootItems().stream().<EfficacyRow>mapMulti((root, rows) -> {
            rows.accept(root);
            tree.getChildren(root).forEach(rows);
        }).toList();
    }

    /** The grid's row index of the first row whose measure column reads {@code name}. */
    private int rowNamed(EfficacyView view, String name) {
        var tester = test(view.grid);
        return IntStream.range(0, tester.size()).filter(i -> name.equals(GridReader.cell(tester, view.grid, i, "endpoint")))
                .findFirst().orElseThrow();
    }

    /** Each chart on the page draws at least one number: no empty frame. */
    private void everyChartDrawsSomething() {
        for (var card : $(ChartCard.class).all()) {
            var values = new ArrayList<JsonNode>();
            card.getChart().option().path("series").forEach(series -> series.path("data").forEach(values::add));
            assertThat(values).as(card.getChart().option().at("/title/0/text").asString())
                    .anySatisfy(v -> assertThat(v.toString()).containsPattern("\\d"));
        }
    }

    @Test
    void one_group_has_one_column_and_no_comparison_chart() {
        var view = open("real/NCT03275402.json");
        assertThat(groupHeaders(view)).containsExactly("131I-omburtamab");
        assertThat(GridReader.cell(test(view.grid), view.grid, 0, "endpoint")).isEqualTo("Overall Survival Rate");
        assertThat(GridReader.cell(test(view.grid), view.grid, 0, groupKey(view, 0))).matches("\\d.*");
        assertThat($(ChartCard.class).all()).noneMatch(c -> c.getChart().option().toString().contains("forest"));
        everyChartDrawsSomething();
    }

    @Test
    void two_groups_show_each_analysis_by_its_own_name_and_level() {
        var view = open("real/NCT04280705.json");
        assertThat(groupHeaders(view)).containsExactly("Placebo", "Remdesivir");
        var recovery = shownRows(view).stream().filter(r -> r.name().equals("Time to Recovery")).findFirst().orElseThrow();
        assertThat(recovery.comparisonText()).startsWith("Cox Proportional Hazard 1.29 (95 % CI");
        everyChartDrawsSomething();
    }

    @Test
    void three_groups_name_the_groups_each_analysis_compares() {
        var view = open("real/NCT00567567.json");
        assertThat(groupHeaders(view)).containsExactly("Single HST (CEM)", "Tandem HST (CEM)", "Not Assigned",
                "All Patients", "All Eligible Patients");
        var polymorphism = shownRows(view).stream().filter(r -> r.name().startsWith("Proportion of Patients With a Polymorphism"))
                .findFirst().orElseThrow();
        assertThat(polymorphism.comparisonText()).contains(" vs Not Assigned: OR 1.4328 (95 % CI 0.4105–5.001)");
        everyChartDrawsSomething();
    }

    @Test
    void eight_cohorts_read_with_short_headers_and_time_points_and_categories_under_their_measure() {
        var view = open("real/NCT04431453.json");
        var headers = groupHeaders(view);
        assertThat(headers).startsWith("Cohort 1", "Cohort 2", "Cohort 3").contains("Cohort 8", "Cohort 1 (2)")
                .allSatisfy(h -> assertThat(h.length()).isLessThanOrEqualTo(12));
        var rows = shownRows(view);
        var laboratory = rows.stream().filter(r -> r.name().startsWith("Percentage of Participants With Treatment-Emergent Graded"))
                .findFirst().orElseThrow();
        var under = rows.subList(rows.indexOf(laboratory) + 1, rows.indexOf(laboratory) + 3);
        assertThat(under).extracting(EfficacyRow::name).containsExactly("Any grade", "Grade 3 or 4");
        // The heading row gives each cohort's number analysed; its rows give the figures, as percentages.
        var tester = test(view.grid);
        var index = rowNamed(view, laboratory.name());
        assertThat(GridReader.cell(tester, view.grid, index + 1, "endpoint")).isEqualTo("Any grade");
        assertThat(GridReader.analysed(tester, index, groupKey(view, 1))).isEqualTo("n = 12");
        assertThat(GridReader.cell(tester, view.grid, index, groupKey(view, 1))).isEmpty();
        assertThat(GridReader.cell(tester, view.grid, index + 2, groupKey(view, 1))).isEqualTo("16.7 %");
        everyChartDrawsSomething();
    }

    @Test
    void a_measure_over_time_points_is_drawn_as_lines_over_those_time_points() {
        open("real/NCT03064438.json");
        var lines = $(ChartCard.class).all().stream().map(c -> c.getChart().option())
                .filter(o -> o.at("/series/0/type").asString().equals("line")).toList();
        assertThat(lines).isNotEmpty().allSatisfy(o -> assertThat(o.at("/xAxis/data").toString())
                .isEqualTo("[\"Week 2\",\"Week 4\",\"Week 8\",\"Week 12\"]"));
    }

    @Test
    void withheld_cohorts_read_as_posted_never_as_a_number() {
        var view = open("real/NCT04431453.json");
        var tester = test(view.grid);
        var texts = new ArrayList<String>();
        for (int row = 0; row < tester.size(); row++) {
            for (var column : view.grid.getColumns()) {
                if (column.getKey().startsWith("arm-")) {
                    texts.add(GridReader.cell(tester, view.grid, row, column.getKey()));
                }
            }
        }
        assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("NA"))
                .noneSatisfy(t -> assertThat(t).isIn("NaN", "null", "0"));
    }

    @Test
    void a_record_without_results_says_so_in_one_line_and_draws_nothing() {
        var view = open("nct09990002-test-no-results.json");
        assertThat(view.grid).isNull();
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anySatisfy(t -> assertThat(t).startsWith("No outcome results are stored for"));
        assertThat($(ChartCard.class).all()).isEmpty();
    }

    private static String groupKey(EfficacyView view, int index) {
        return view.grid.getColumns().stream().filter(c -> c.getKey().startsWith("arm-")).toList().get(index).getKey();
    }
}
