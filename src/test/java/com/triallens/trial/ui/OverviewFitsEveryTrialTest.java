package com.triallens.trial.ui;

import com.triallens.base.ui.chart.ChartSpec;
import com.triallens.ctgov.CtgovImportService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Overview of FORTRESS and of imported records (2 arms, 8 cohorts, observational, no results): every section
 * has data, every fact a value, no curated picture is drawn without curated data.
 */
@SpringBootTest
@ViewPackages(packages = "com.triallens")
@WithMockUser(username = "curator", roles = {"CURATOR", "VIEWER"})
@Transactional
class OverviewFitsEveryTrialTest extends SpringBrowserlessTest {

    private static final String NO_RESULTS = "nct09990002-test-no-results.json";

    @Autowired CtgovImportService imports;

    private static byte[] fixture(String name) {
        try {
            return Files.readAllBytes(Path.of("src/test/resources/ctgov", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private OverviewView imported(String name, byte[] content, String registryId) {
        imports.importRecord(imports.preview(name, content, step -> { }), "Overview test");
        UI.getCurrent().navigate(OverviewView.class, QueryParameters.of("trial", registryId));
        return (OverviewView) getCurrentView();
    }

    private OverviewView imported(String name, String registryId) {
        return imported(name, fixture(name), registryId);
    }

    private static String text(Component view) {
        return view.getElement().getTextRecursively();
    }

    private static List<String> headings(OverviewView view) {
        return view.getChildren().filter(H3.class::isInstance).map(h -> ((H3) h).getText()).toList();
    }

    private static List<String> chartTitles(OverviewView view) {
        return view.charts.stream().map(ChartSpec::title).toList();
    }

    private List<String> column(Grid<?> grid, String key) {
        var tester = test(grid);
        var index = grid.getColumns().indexOf(grid.getColumnByKey(key));
        return IntStream.range(0, tester.size()).mapToObj(r -> tester.getCellText(r, index)).toList();
    }

    private static List<String> keys(Grid<?> grid) {
        return grid.getColumns().stream().map(Grid.Column::getKey).toList();
    }

    /** Words the page must never show for any trial. */
    private static void readsWithoutPlaceholders(OverviewView view) {
        assertThat(text(view)).doesNotContain("0-day", "Primary: P", "NaN", "undefined", "null", "1 participants",
                "Not stated on ClinicalTrials.gov");
        assertThat(chartTitles(view)).allSatisfy(title -> assertThat(title).doesNotContain("0-day"));
    }

    @Test
    void fortress_keeps_its_curated_dosing_endpoints_and_pictures_and_has_no_registry_section() {
        var view = navigate(OverviewView.class);

        assertThat(text(view.facts)).contains("432 patients[2][5]", "Prior therapy", "Mechanism", "Outcome");
        assertThat(headings(view)).containsExactly("Arms and dosing", "Endpoints");
        assertThat(view.armGroups.isAttached()).isFalse();
        assertThat(view.dosing.isAttached()).isTrue();
        assertThat(keys(view.endpoints)).contains("analysis");
        assertThat(chartTitles(view)).containsExactly("Dosing schedule", "Trial workflow", "Mechanism of action");
        assertThat(view.charts.get(0).description()).contains("21-day cycle");
        readsWithoutPlaceholders(view);
    }

    @Test
    void a_two_arm_record_shows_its_registry_facts_arms_and_interventions_and_no_curated_pictures() {
        var view = imported("real/NCT04280705.json", "NCT04280705");

        var facts = text(view.facts);
        assertThat(facts).contains("Registry", "Study type", "Interventional", "Phase", "3", "Completed",
                "National Institute of Allergy and Infectious Diseases (NIAID)", "21 February 2020 (actual)",
                "Primary completion", "21 May 2020 (actual)", "1062 participants (actual)[1]",
                "Randomized, parallel assignment, double masking (participant, investigator); primary purpose: treatment");
        assertThat(facts).doesNotContain("Prior therapy", "Mechanism", "Outcome", "patients");
        assertThat(view.getElement().getTextRecursively()).contains("This study is an adaptive, randomized");
        assertThat(headings(view)).containsExactly("Summary", "Arms and interventions", "Endpoints");
        assertThat(column(view.armGroups, "arm-group")).containsExactly("Placebo", "Remdesivir");
        assertThat(column(view.armGroups, "type")).containsExactly("Placebo comparator", "Experimental");
        assertThat(column(view.interventions, "intervention")).containsExactly("Placebo", "Remdesivir");
        assertThat(column(view.interventions, "type")).containsExactly("Other", "Drug");
        assertThat(column(view.interventions, "arm-groups")).containsExactly("Placebo", "Remdesivir");
        assertThat(column(view.interventions, "description").get(1)).startsWith("Drug Remdesivir is a single");
        assertThat(view.dosing.isAttached()).as("no curated dosing: no dosing grid").isFalse();
        assertThat(view.charts).as("no dosing calendar, workflow or mechanism without curated data").isEmpty();
        assertThat(keys(view.endpoints)).as("no interim analyses: no Analysis column")
                .containsExactly("endpoint", "kind", "population", "sources");
        assertThat(column(view.endpoints, "population")).doesNotContain("");
        readsWithoutPlaceholders(view);
    }

    @Test
    void an_eight_cohort_record_lists_every_cohort_and_the_one_drug_given_to_all_of_them() {
        var view = imported("real/NCT04431453.json", "NCT04431453");

        assertThat(text(view.facts)).contains("59 participants (actual)", "Gilead Sciences", "Phase", "2/3");
        var cohorts = column(view.armGroups, "arm-group");
        assertThat(cohorts).hasSize(8);
        assertThat(cohorts.getFirst()).startsWith("Remdesivir (RDV), Cohort 1");
        assertThat(column(view.interventions, "intervention")).containsExactly("Remdesivir");
        assertThat(column(view.interventions, "arm-groups").getFirst().split("; ")).containsExactlyElementsOf(cohorts);
        assertThat(view.charts).isEmpty();
        readsWithoutPlaceholders(view);
    }

    @Test
    void a_record_without_results_shows_anticipated_enrolment_its_groups_and_no_empty_column() {
        var view = imported(NO_RESULTS, "NCT09990002");

        var facts = text(view.facts);
        assertThat(facts).contains("60 participants (anticipated)", "Recruiting", "1/2");
        assertThat(facts).as("the record gives no sponsor or dates").doesNotContain("Sponsor", "Start", "Completion");
        assertThat(headings(view)).containsExactly("Arms and interventions", "Endpoints");
        assertThat(column(view.armGroups, "type")).containsExactly("Experimental", "Sham comparator");
        assertThat(keys(view.armGroups)).as("no group has a description").containsExactly("arm-group", "type");
        assertThat(keys(view.interventions)).containsExactly("intervention", "type", "arm-groups");
        assertThat(column(view.interventions, "arm-groups")).containsExactly("Dose escalation: Drug X + Eribulin",
                "Dose escalation: Drug X + Eribulin", "Sham infusion");
        assertThat(view.charts).isEmpty();
        readsWithoutPlaceholders(view);
    }

    @Test
    void an_observational_record_without_arm_groups_leaves_out_the_groups_and_the_phase() {
        var view = imported("real/NCT05594173.json", "NCT05594173");

        var facts = text(view.facts);
        assertThat(facts).contains("Observational", "20 participants (actual)", "Cohort model, prospective");
        assertThat(facts).doesNotContain("Phase");
        assertThat(view.armGroups.isAttached()).isFalse();
        assertThat(keys(view.interventions)).as("the intervention names no group")
                .containsExactly("intervention", "type", "description");
        readsWithoutPlaceholders(view);
    }

    @Test
    void one_participant_reads_in_the_singular_and_a_missing_count_reads_not_reported() {
        var json = JsonMapper.builder().build();
        var study = (ObjectNode) json.readTree(fixture(NO_RESULTS));
        var enrolment = (ObjectNode) study.get("protocolSection").get("designModule").get("enrollmentInfo");
        enrolment.put("count", 1);
        var one = imported("one.json", json.writeValueAsBytes(study), "NCT09990002");
        assertThat(text(one.facts)).contains("1 participant (anticipated)");
        readsWithoutPlaceholders(one);

        enrolment.remove("count");
        var none = imported("none.json", json.writeValueAsBytes(study), "NCT09990002");
        assertThat(text(none.facts)).contains("Enrolled", "Not reported").doesNotContain("participant");
    }
}
