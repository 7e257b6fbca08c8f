package com.triallens.results;

import com.triallens.base.domain.ArmRole;
import com.triallens.base.domain.ResultStatus;
import com.triallens.results.ResultFigures.Column;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The figures the pages read from registry-shaped rows: arms found through their groups, text kept as posted. */
class ResultFiguresTest {

    private static final long PLACEBO = 1;
    private static final List<Column> COLUMNS = List.of(
            new Column(10, "Placebo (FAS)", "Placebo (FAS)", PLACEBO, ArmRole.PLACEBO_COMPARATOR),
            new Column(11, "Placebo (SS)", "Placebo (SS)", PLACEBO, ArmRole.PLACEBO_COMPARATOR),
            new Column(12, "Open-label extension", "Open-label extension", null, ArmRole.OTHER));

    @Test
    void an_arm_posted_as_two_groups_is_found_through_the_one_that_reports_in_the_row() {
        var groups = ResultFigures.armGroups(COLUMNS);
        assertThat(groups).containsExactly(Map.entry(PLACEBO, List.of(10L, 11L)));
        assertThat(ResultFigures.figureOfArm(groups, Map.of(11L, "8/158", 12L, "2/40"), PLACEBO)).isEqualTo("8/158");
        assertThat(ResultFigures.figureOfArm(groups, Map.of(10L, "5/159", 11L, "8/158"), PLACEBO))
                .as("both groups report: which one is the arm's is a curator's call").isNull();
        assertThat(ResultFigures.figureOfArm(groups, Map.of(12L, "2/40"), PLACEBO)).isNull();
    }

    @Test
    void a_value_posted_as_text_reads_as_posted_and_carries_no_number() {
        var notReached = new ResultFigures.Cell(1, 0, "NA", null, "13.9", "NA", "Median not reached", null, "99");
        var figure = notReached.figure("Months", "95% Confidence Interval", null);
        assertThat(figure.status()).isEqualTo(ResultStatus.NOT_REPORTED);
        assertThat(figure.display()).isEqualTo("NA: Median not reached (95% Confidence Interval 13.9–NA)");
        assertThat(figure.participants()).isEqualTo(99);

        var below = new ResultFigures.Cell(2, 0, "<0.1", null, null, null, null, null, null);
        assertThat(below.figure("%", null, null).display()).isEqualTo("<0.1 %");
        var posted = new ResultFigures.Cell(3, 0, "4.20", null, null, null, null, null, "98");
        assertThat(posted.figure("months", null, null).display()).isEqualTo("4.20 months");
    }

    @Test
    void none_at_risk_is_said_as_such_never_zero() {
        var noneAtRisk = new ResultFigures.Counts(0, 0, null).figure(null);
        assertThat(noneAtRisk.value()).isNull();
        assertThat(noneAtRisk.display()).isEqualTo("0 at risk: none assessed");
        assertThat(new ResultFigures.Counts(8, 159, 9).figure(null).display()).isEqualTo("8 participants");
    }
}
