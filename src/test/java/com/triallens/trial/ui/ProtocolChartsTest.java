package com.triallens.trial.ui;

import com.triallens.base.domain.ArmRole;
import com.triallens.base.domain.ReportedDecimal;
import com.triallens.base.ui.chart.Chart;
import com.triallens.trial.Dosing;
import com.triallens.trial.EndpointDefinition;
import com.triallens.trial.EndpointKind;
import com.triallens.trial.MeasureType;
import com.triallens.trial.RegistryProtocol;
import com.triallens.trial.TrialHeader;
import com.triallens.trial.TrialOverview;
import com.triallens.trial.TrialService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class ProtocolChartsTest {

    @Autowired TrialService trials;
    TrialOverview overview;

    @BeforeEach
    void load() {
        overview = trials.overview(trials.defaultTrial().orElseThrow().id());
    }

    @Test
    void dosing_calendar_marks_balixafortide_days_1_to_3_and_8_to_10_and_eribulin_days_2_and_9() {
        var option = new Chart(ProtocolCharts.dosingSchedule(overview)).option();
        assertThat(option.at("/xAxis/data").size()).isEqualTo(21);
        var balixafortide = option.at("/series/0/data");
        assertThat(option.at("/series/0/name").asString()).isEqualTo("Balixafortide");
        assertThat(balixafortide.valueStream().map(p -> p.get(0).asString()).toList())
                .containsExactly("1", "2", "3", "8", "9", "10");
        var eribulin = option.at("/series/1/data");
        assertThat(eribulin.valueStream().map(p -> p.get(0).asString() + "@" + p.get(1).asString()).toList())
                .containsExactly("2@Balixafortide + eribulin: Eribulin", "9@Balixafortide + eribulin: Eribulin",
                        "2@Eribulin alone: Eribulin", "9@Eribulin alone: Eribulin");
    }

    @Test
    void workflow_is_drawn_from_enrolment_arms_and_endpoints() {
        var table = ProtocolCharts.workflow(overview).tableView();
        assertThat(table.rows()).contains(
                List.of("Enrolled: 432 patients", "leads to", "Randomisation"),
                List.of("Randomisation", "leads to", "Balixafortide + eribulin"),
                List.of("Randomisation", "leads to", "Eribulin alone"),
                List.of("Eribulin alone", "leads to", "Primary: ORR, PFS"),
                List.of("Eribulin alone", "leads to", "Secondary: OS, CBR, Safety"));
    }

    @Test
    void mechanism_shows_balixafortide_blocking_cxcr4() {
        var spec = ProtocolCharts.mechanism(overview);
        assertThat(spec.tableView().rows()).contains(
                List.of("CXCL12 (SDF-1)", "binds", "CXCR4"),
                List.of("Balixafortide", "blocks", "CXCR4"),
                List.of("CXCR4", "drives", "Metastasis"));
        var option = new Chart(spec).option();
        assertThat(option.at("/series/0/type").asString()).isEqualTo("graph");
        assertThat(option.at("/series/0/links/1/lineStyle/type").asString()).isEqualTo("dashed");
    }

    @Test
    void an_imported_trial_with_curated_dosing_names_its_endpoints_and_says_assignment_when_not_randomised() {
        var imported = new TrialOverview(new TrialHeader(9, "SINGLE", "NCT09990009", "2", "Completed", 0), "Single arm",
                "Non-randomized, single group assignment, open label", "Cancer", 1, null, null, null, Map.of(),
                List.of(new Dosing("Drug X", ArmRole.EXPERIMENTAL, "Drug X", ReportedDecimal.parse("5"), "mg", "IV", 21,
                        List.of(1), null)),
                List.of(new EndpointDefinition(1, "P_OBJECTIVE_RESPONSE_RATE_ORR", "Objective Response Rate (ORR)",
                                EndpointKind.PRIMARY, MeasureType.OTHER, "As posted", false, List.of()),
                        new EndpointDefinition(2, "S_DURATION_OF_RESPONSE_IN_PARTICIPANTS_WHO_RE",
                                "Duration of Response in Participants Who Responded to Drug X", EndpointKind.SECONDARY,
                                MeasureType.OTHER, "As posted", false, List.of())),
                List.of(), true, RegistryProtocol.NONE);

        var rows = ProtocolCharts.workflow(imported).tableView().rows();
        assertThat(rows).contains(List.of("Enrolled: 1 participant", "leads to", "Assignment to arms"),
                List.of("Drug X", "leads to", "Primary: Objective Response Rate (ORR)"),
                List.of("Drug X", "leads to", "Secondary: Duration of Response in Participants…"));
        assertThat(rows.stream().flatMap(List::stream)).noneMatch(cell -> cell.matches("(Primary|Secondary): .")
                || cell.contains("Randomisation"));
    }
}
