package com.triallens.results;

import com.triallens.ctgov.CtgovImportService;
import com.triallens.trial.TrialService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link ResultsService#flowDiagram} and {@link ResultsService#baselineTable} over imported registry records. */
@SpringBootTest
@WithMockUser(username = "curator", roles = {"CURATOR", "VIEWER"})
@Transactional
class FlowAndBaselineServiceTest {

    private static final Path CTGOV = Path.of("src/test/resources/ctgov");

    @Autowired CtgovImportService imports;
    @Autowired TrialService trials;
    @Autowired ResultsService results;

    private long imported(String file, String content) {
        imports.importRecord(imports.preview(file, content.getBytes(StandardCharsets.UTF_8), step -> { }), "Test");
        var registryId = Path.of(file).getFileName().toString().substring(0, 11).toUpperCase(java.util.Locale.ROOT);
        return trials.trial(registryId).orElseThrow().id();
    }

    private static String read(String file) throws IOException {
        return Files.readString(CTGOV.resolve(file));
    }

    @Test
    void periods_milestones_and_reasons_come_in_the_posted_order_with_each_groups_own_reasons() throws IOException {
        var flow = results.flowDiagram(imported("real/NCT02552212.json", read("real/NCT02552212.json")));
        assertThat(flow.groups()).extracting(GroupLabel::title)
                .containsExactly("Placebo", "CZP 200 mg Q2W", "SFE OL CZP 200 mg Q2W");
        assertThat(flow.periods()).extracting(FlowDiagram.Period::title)
                .containsExactly("Double-Blind Period (Week 0 - 52)", "SFE Period (Week 52 - 156)");
        var first = flow.periods().getFirst();
        assertThat(first.chain()).extracting(FlowDiagram.Step::label).containsExactly("Started", "Received OL CZP",
                "Completed Week 52 Without Starting SFE", "Completed");
        var placebo = flow.groups().get(0).id();
        var czp = flow.groups().get(1).id();
        var extension = flow.groups().get(2).id();
        assertThat(first.reasonsOf(placebo)).extracting(FlowDiagram.Step::label).containsExactly("Adverse Event",
                "Lack of Efficacy", "Protocol Violation", "Lost to Follow-up", "Withdrawal by Subject",
                "Study non-compliance", "Missing/Unspecified");
        assertThat(first.reasonsOf(czp)).extracting(FlowDiagram.Step::label).contains("Patient's decision")
                .doesNotContain("Lost to Follow-up", "Missing/Unspecified");
        assertThat(first.involves(extension)).isFalse();
        var second = flow.periods().get(1);
        assertThat(second.chain().getFirst().count(extension).displayWithComment(flow.unitsAnalysed()))
                .isEqualTo("243 participants — 123 subjects from Placebo arm and 120 subjects from CZP 200 mg Q2W arm");
        assertThat(flow.recruitment()).startsWith("This study started to enroll participants in September 2015.");
    }

    @Test
    void units_counted_besides_participants_and_counts_left_out_of_the_record_read_as_such() throws IOException {
        var content = read("edge/nct09990010-synthetic-edge-cases.json")
                .replace("\"participantFlowModule\": {", "\"participantFlowModule\": {\"typeUnitsAnalyzed\": \"eyes\",")
                .replaceFirst("\\{\"groupId\": \"FG000\", \"numSubjects\": \"30\"}",
                        "{\"groupId\": \"FG000\", \"numSubjects\": \"30\", \"numUnits\": \"58\"}")
                .replace(", {\"groupId\": \"FG002\", \"numSubjects\": \"29\"}", "");
        var flow = results.flowDiagram(imported("edge/nct09990010-synthetic-edge-cases.json", content));
        assertThat(flow.unitsAnalysed()).isEqualTo("eyes");
        var period = flow.periods().getFirst();
        var low = flow.groups().get(0).id();
        var placebo = flow.groups().get(2).id();
        assertThat(period.chain()).extracting(s -> s.count(low).display(flow.unitsAnalysed()))
                .containsExactly("30 participants (58 eyes)", "27 participants");
        assertThat(period.chain()).extracting(s -> s.count(placebo).display(flow.unitsAnalysed()))
                .containsExactly("30 participants", "Not posted");
        assertThat(period.notCompleted().orElseThrow().count(placebo).display(null)).isEqualTo("1 participant");
        assertThat(period.reasonsOf(placebo)).extracting(FlowDiagram.Step::label)
                .containsExactly("Withdrawal by Subject");
    }

    @Test
    void baseline_groups_include_total_and_the_overall_numbers_read_per_group() throws IOException {
        var baseline = results.baselineTable(imported("edge/nct09990010-synthetic-edge-cases.json",
                read("edge/nct09990010-synthetic-edge-cases.json")));
        assertThat(baseline.groups()).extracting(GroupLabel::title)
                .containsExactly("Low dose", "High dose", "Placebo", "Total");
        var total = baseline.groups().get(3).id();
        assertThat(baseline.overall().getFirst().cell(total)).isEqualTo("90 participants");
        assertThat(baseline.measures()).extracting(BaselineTable.Measure::heading)
                .containsExactly("Age — Mean (Standard Deviation), years",
                        "Sex: Female, Male — Count of Participants, Participants");
    }

    @Test
    void fortress_has_neither_flow_nor_baseline_from_the_registry() {
        var fortress = trials.trial("NCT03786094").orElseThrow().id();
        assertThat(results.flowDiagram(fortress).isEmpty()).isTrue();
        assertThat(results.baselineTable(fortress).isEmpty()).isTrue();
    }
}
