package com.triallens.efficacy;

import com.triallens.TestTrials;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@Transactional
class FiguresToCheckTest {

    @Autowired EfficacyService efficacy;
    @Autowired JdbcClient jdbc;

    private long trialWithResponses(String p) {
        var tests = new TestTrials(jdbc);
        var trial = tests.trial("TEST-CHECK", "NCT09990777");
        var a = tests.arm(trial, "A", "Arm A", "EXPERIMENTAL", 1);
        var b = tests.arm(trial, "B", "Arm B", "ACTIVE_COMPARATOR", 2);
        var orr = tests.endpoint(trial, "ORR", "Objective response rate", "COUNT_OF_PARTICIPANTS", 1);
        tests.result(orr, a, "12", "participants", 50);
        tests.result(orr, b, "10", "participants", 50);
        tests.comparisonWithP(orr, a, b, p);
        return trial;
    }

    @Test
    void a_reported_p_value_that_the_counts_clearly_contradict_is_flagged_for_curators() {
        assertThat(efficacy.figuresToCheck(trialWithResponses("0.01"))).singleElement().asString()
                .startsWith("Objective response rate / Arm A vs Arm B: Reported p = 0.01, but Fisher's exact test")
                .contains("12/50", "10/50", "0.81");
    }

    @Test
    void a_p_value_in_line_with_the_counts_is_not_flagged() {
        assertThat(efficacy.figuresToCheck(trialWithResponses("0.64"))).isEmpty();
    }

    @Test
    void fortress_gives_no_counts_so_nothing_can_be_checked() {
        assertThat(efficacy.figuresToCheck(1)).isEmpty();
    }
}
