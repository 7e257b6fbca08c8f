package com.triallens.compare.ui;

import com.triallens.TestTrials;
import com.triallens.compare.ArmChoice;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@Transactional
@ViewPackages(packages = "com.triallens")
@WithMockUser(roles = "VIEWER")
class CompareViewTest extends SpringBrowserlessTest {

    @Autowired JdbcClient jdbc;

    private CompareView open(String... arms) {
        UI.getCurrent().navigate(CompareView.class, new QueryParameters(Map.of(CompareView.PARAMETER, List.of(arms))));
        return (CompareView) UI.getCurrent().getCurrentView();
    }

    @Test
    void the_url_names_the_arms_and_the_first_is_the_reference_for_computed_differences() {
        var view = open("NCT03786094:COMBINATION", "NCT03786094:CONTROL");
        var grid = test(view.efficacy);

        assertThat(IntStream.range(0, 5).mapToObj(grid::getHeaderCell)).containsExactly("Endpoint",
                "FORTRESS · Balixafortide + eribulin", "FORTRESS · Eribulin alone",
                "FORTRESS · Eribulin alone vs FORTRESS · Balixafortide + eribulin (computed by TrialLens)", "Population");
        assertThat(IntStream.range(0, 4).mapToObj(c -> grid.getCellText(0, c))).containsExactly(
                "Objective response rate (% of participants)", "13.0 %", "13.7 %", "+0.7 pp");
        assertThat(grid.getCellText(0, 5)).isEqualTo("FORTRESS [7]");
    }

    @Test
    void the_comparison_exports_figures_and_computed_differences_as_text_and_numbers() throws Exception {
        var view = open("NCT03786094:COMBINATION", "NCT03786094:CONTROL");
        var out = new java.io.ByteArrayOutputStream();
        view.export.prepare(com.triallens.base.export.ExportFormat.CSV).writeTo(out);
        var csv = out.toString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(csv).contains("\"FORTRESS · Eribulin alone vs FORTRESS · Balixafortide + eribulin (computed by TrialLens)\"")
                .contains("\"Efficacy\",\"Objective response rate (% of participants)\",\"13.0 %\",13.0,")
                .contains("\"'+0.7 pp\",0.7,")
                .contains("\"Not reported\",,");
    }

    @Test
    void fewer_than_two_arms_ask_for_more_and_unknown_arms_are_named() {
        var view = open("NCT03786094:CONTROL", "NCT00000000:X");
        var text = view.getElement().getTextRecursively();
        assertThat(text).contains("Not found, left out: NCT00000000:X.", "Pick two or more arms");
        assertThat(view.efficacy).isNull();
    }

    @Test
    void measures_that_do_not_match_are_listed_with_the_reason_instead_of_compared() {
        var tests = new TestTrials(jdbc);
        var trial = tests.trial("TEST-301", "NCT09990301");
        var eribulin = tests.arm(trial, "ERI", "Eribulin", "EXPERIMENTAL", 1);
        tests.result(tests.endpoint(trial, "ORR", "Objective response rate", "PERCENT_OF_PARTICIPANTS", 1),
                eribulin, "11.0", "%", null);

        var view = open("NCT03786094:CONTROL", "NCT09990301:ERI");

        assertThat(view.notCompared.getElement().getTextRecursively()).contains("Objective response rate: "
                + "TEST-301 · Eribulin reports it as a different population (Intention to treat against Third line and later).");
        assertThat(view.getElement().getTextRecursively()).contains("No measure lines up here.");
    }

    @Test
    void picking_arms_puts_them_in_the_url_in_the_order_picked() {
        var view = open();
        var picker = test(view.picker);
        picker.selectItem("FORTRESS · Eribulin alone");
        picker.selectItem("FORTRESS · Balixafortide + eribulin", "FORTRESS · Eribulin alone");

        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("compare?arm=NCT03786094%3ACONTROL&arm=NCT03786094%3ACOMBINATION");
        assertThat(view.picker.getValue()).extracting(ArmChoice::armCode).containsExactlyInAnyOrder("CONTROL", "COMBINATION");
    }
}
