package com.triallens.compare;

import com.triallens.TestTrials;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FORTRESS's arms beside a made-up two-arm trial (TEST-301, eribulin versus capecitabine) whose figures are
 * chosen so that each matching rule is exercised once.
 */
@SpringBootTest
@Transactional
class CompareServiceTest {

    @Autowired CompareService compare;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void a_second_trial_with_an_eribulin_arm() {
        var tests = new TestTrials(jdbc);
        var trial = tests.trial("TEST-301", "NCT09990301");
        tests.population(trial, "TREATED", "All patients who received at least one dose");
        var eribulin = tests.arm(trial, "ERI", "Eribulin", "EXPERIMENTAL", 1);
        var capecitabine = tests.arm(trial, "CAP", "Capecitabine", "ACTIVE_COMPARATOR", 2);
        var orr = tests.endpoint(trial, "ORR", "Overall Response Rate (ORR)", "COUNT_OF_PARTICIPANTS", 1);
        tests.result(orr, eribulin, "25", "participants", 100);
        tests.result(orr, capecitabine, "10", "participants", 100);
        var pfs = tests.endpoint(trial, "PFS", "Progression-Free Survival", "MEDIAN_TIME", 2);
        tests.result(pfs, eribulin, "3.7", "months", 100);
        tests.result(pfs, capecitabine, "4.2", "months", 100);
        var weeks = tests.trial("TEST-302", "NCT09990302");
        var eribulinInWeeks = tests.arm(weeks, "ERI", "Eribulin", "EXPERIMENTAL", 1);
        tests.result(tests.endpoint(weeks, "PFS", "Progression-Free Survival", "MEDIAN_TIME", 1), eribulinInWeeks,
                "16.1", "weeks", 100);
        var serious = tests.adverseEventCategory(trial, "SAE", "Serious adverse events", "TREATED", 1);
        tests.adverseEvent(serious, eribulin, "30", "participants", 99);
        tests.adverseEvent(serious, capecitabine, "20", "participants", 98);
    }

    private ArmComparison compare(String... references) {
        return compare.compare(List.of(references).stream().map(r -> compare.arm(r).orElseThrow()).toList());
    }

    @Test
    void arms_are_found_across_trials_by_trial_or_arm_name() {
        assertThat(compare.arms("eribulin", 0, 10)).extracting(ArmChoice::label)
                .containsExactly("FORTRESS · Balixafortide + eribulin", "FORTRESS · Eribulin alone", "TEST-301 · Eribulin",
                        "TEST-302 · Eribulin");
        assertThat(compare.countArms("test-301")).isEqualTo(2);
        assertThat(compare.arm("NCT03786094:CONTROL")).map(ArmChoice::label).contains("FORTRESS · Eribulin alone");
        assertThat(compare.arm("NCT03786094:NOPE")).isEmpty();
        assertThat(compare.arm("garbage")).isEmpty();
    }

    @Test
    void counts_of_participants_line_up_as_shares_with_risk_difference_newcombe_interval_and_fisher_p() {
        var result = compare("NCT09990301:CAP", "NCT09990301:ERI");

        var orr = result.efficacy().stream().filter(r -> r.measure().equals("Objective response rate")).findFirst()
                .orElseThrow();
        assertThat(orr.unit()).isEqualTo("% of participants");
        var eribulin = compare.arm("NCT09990301:ERI").orElseThrow().armId();
        assertThat(orr.figure(eribulin).display()).isEqualTo("25 participants");
        // Expected values computed independently from the Wilson and Newcombe (1998, method 10) formulas and
        // the hypergeometric sum: 25/100 vs 10/100 gives 0.15 (0.0447 to 0.2533), two-sided p = 0.0085.
        assertThat(orr.derived().get(eribulin).display()).isEqualTo("+15.0 pp; 95 % CI +4.5 to +25.3 pp; Fisher p = 0.009");
        assertThat(orr.derived().get(eribulin).methods()).contains("Computed by TrialLens", "Newcombe", "Fisher");
    }

    @Test
    void a_median_in_weeks_is_not_lined_up_with_one_in_months() {
        var result = compare("NCT09990301:CAP", "NCT09990302:ERI");

        assertThat(result.efficacy()).extracting(CompareRow::measure).doesNotContain("Progression-free survival");
        assertThat(result.notCompared()).filteredOn(n -> n.measure().equals("Progression-free survival"))
                .singleElement().extracting(NotCompared::reason).asString()
                .contains("TEST-302 · Eribulin reports it as a different kind of figure (Median, weeks against Median, months)");
    }

    @Test
    void fortress_response_in_third_line_patients_is_not_compared_with_a_whole_trial_population() {
        var result = compare("NCT03786094:CONTROL", "NCT09990301:ERI");

        assertThat(result.efficacy()).isEmpty();
        assertThat(result.notCompared()).extracting(NotCompared::measure)
                .contains("Objective response rate", "Progression-free survival");
        assertThat(result.notCompared()).filteredOn(n -> n.measure().equals("Objective response rate"))
                .singleElement().extracting(NotCompared::reason).asString()
                .contains("a different population (Intention to treat against Third line and later)");
    }

    @Test
    void safety_populations_line_up_and_a_share_without_counts_gets_only_the_difference() {
        var result = compare("NCT03786094:CONTROL", "NCT09990301:ERI");

        var serious = result.safety().stream().filter(r -> r.measure().equals("Serious adverse events")).findFirst()
                .orElseThrow();
        var fortress = compare.arm("NCT03786094:CONTROL").orElseThrow().armId();
        var eribulin = compare.arm("NCT09990301:ERI").orElseThrow().armId();
        assertThat(serious.population()).isEqualTo("Safety population");
        assertThat(serious.figure(fortress).display()).isEqualTo("26.5 %");
        assertThat(serious.figure(eribulin).display()).isEqualTo("30 participants");
        assertThat(serious.sourceNames()).containsExactly(
                "FORTRESS: Serious treatment-emergent adverse events (Overall safety population)",
                "TEST-301: Serious adverse events (All patients who received at least one dose)");
        // 30/99 = 30.30 % against FORTRESS's reported 26.5 %; FORTRESS gives no counts, so no interval or p.
        assertThat(serious.derived().get(eribulin).display()).isEqualTo("+3.8 pp");
        assertThat(result.notCompared()).filteredOn(n -> n.measure().equals("Infusion-related reactions"))
                .singleElement().extracting(NotCompared::reason).isEqualTo("Only FORTRESS · Eribulin alone has this measure.");
    }

    @Test
    void a_not_reported_figure_is_shown_and_nothing_is_computed_from_it() {
        var result = compare("NCT03786094:COMBINATION", "NCT03786094:CONTROL");

        var infusion = result.safety().stream().filter(r -> r.measure().equals("Infusion-related reactions"))
                .findFirst().orElseThrow();
        var control = compare.arm("NCT03786094:CONTROL").orElseThrow().armId();
        assertThat(infusion.figure(control).display()).isEqualTo("Not reported");
        assertThat(infusion.derived().get(control).display()).isEqualTo("Not computable: a figure is not reported");
        var orr = result.efficacy().getFirst();
        assertThat(orr.measure()).isEqualTo("Objective response rate");
        assertThat(orr.derived().get(control).display()).isEqualTo("+0.7 pp");
    }
}
