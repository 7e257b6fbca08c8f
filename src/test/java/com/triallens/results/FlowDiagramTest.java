package com.triallens.results;

import com.triallens.results.FlowDiagram.Count;
import com.triallens.results.FlowDiagram.Line;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The participant-flow read model: chains, reasons, units and missing counts, from rows as the database gives them. */
class FlowDiagramTest {

    private static final List<GroupLabel> GROUPS = List.of(new GroupLabel(1, "Placebo", "Placebo"),
            new GroupLabel(2, "Drug", "Drug"), new GroupLabel(3, "Extension", "Extension"));

    private final List<Line> lines = new ArrayList<>();
    private long stepId;

    /** One step of period 10 with counts for groups 1, 2, 3 in turn; null leaves a group without a count. */
    private void step(boolean dropWithdraw, String type, String... counts) {
        stepId++;
        for (int g = 0; g < counts.length; g++) {
            if (counts[g] != null) {
                lines.add(new Line(10, "Double-blind", stepId, dropWithdraw, type, null, (long) g + 1, counts[g], null,
                        null));
            }
        }
        if (counts.length == 0) {
            lines.add(new Line(10, "Double-blind", stepId, dropWithdraw, type, null, null, null, null, null));
        }
    }

    private FlowDiagram.Period period() {
        return FlowDiagram.of(GROUPS, null, lines).periods().getFirst();
    }

    @Test
    void the_chain_runs_from_started_through_each_milestone_to_completed_with_not_completed_beside_it() {
        step(false, "COMPLETED", "143", "142", "0");
        step(false, "STARTED", "158", "159", "0");
        step(false, "Received OL CZP", "96", "20", "0");
        step(false, "NOT COMPLETED", "15", "17", "0");
        step(true, "Adverse Event", "6", "3", "0");
        var period = period();
        assertThat(period.chain()).extracting(FlowDiagram.Step::label)
                .containsExactly("Started", "Received OL CZP", "Completed");
        assertThat(period.notCompleted()).map(FlowDiagram.Step::label).contains("Not completed");
        assertThat(period.steps()).extracting(FlowDiagram.Step::label)
                .as("the table keeps the posted order, reasons last")
                .containsExactly("Completed", "Started", "Received OL CZP", "Not completed", "Adverse Event");
    }

    @Test
    void each_group_lists_only_the_reasons_it_posts_a_count_other_than_zero_for() {
        step(false, "STARTED", "158", "159", "0");
        step(true, "Adverse Event", "6", "3", "0");
        step(true, "Lost to Follow-up", "1", "0", "0");
        step(true, "Patient's decision", "0", null, "0");
        var period = period();
        assertThat(period.reasonsOf(1)).extracting(FlowDiagram.Step::label)
                .containsExactly("Adverse Event", "Lost to Follow-up");
        assertThat(period.reasonsOf(2)).extracting(FlowDiagram.Step::label)
                .as("a reason without a posted count is not known to be 0")
                .containsExactly("Adverse Event", "Patient's decision");
        assertThat(period.reasonsOf(2).get(1).count(2).display(null)).isEqualTo("Not posted");
        assertThat(period.reasonsOf(3)).isEmpty();
    }

    @Test
    void a_group_posted_as_zero_throughout_a_period_takes_no_part_in_it() {
        step(false, "STARTED", "158", null, "0");
        step(false, "COMPLETED", "143", null, "0");
        var period = period();
        assertThat(period.involves(1)).isTrue();
        assertThat(period.involves(2)).as("counts not posted are not zeros").isTrue();
        assertThat(period.involves(3)).isFalse();
    }

    @Test
    void counts_read_in_words_with_units_when_the_record_counts_units() {
        assertThat(new Count("1", null, null).display(null)).isEqualTo("1 participant");
        assertThat(new Count("412", null, null).display(null)).isEqualTo("412 participants");
        assertThat(new Count("12", "20", null).display("eyes")).isEqualTo("12 participants (20 eyes)");
        assertThat(new Count("1", "1", null).display("eyes")).isEqualTo("1 participant (1 eye)");
        assertThat(new Count("3", "5", null).display(null)).isEqualTo("3 participants (5 units)");
        assertThat(new Count(null, null, null).display(null)).isEqualTo("Not posted");
        assertThat(new Count("NA", null, null).display(null)).isEqualTo("NA participants (as posted)");
        assertThat(new Count("243", null, "123 from Placebo").displayWithComment(null))
                .isEqualTo("243 participants — 123 from Placebo");
    }

    @Test
    void a_step_without_any_count_is_kept_and_every_group_reads_not_posted() {
        step(false, "STARTED", "10", "10", "10");
        step(false, "Week 4 visit");
        var period = period();
        assertThat(period.chain()).extracting(FlowDiagram.Step::label).containsExactly("Started", "Week 4 visit");
        assertThat(period.chain().get(1).count(1).display(null)).isEqualTo("Not posted");
    }

    @Test
    void periods_keep_their_posted_order_and_an_untitled_one_is_numbered() {
        step(false, "STARTED", "1", "1", "1");
        lines.add(new Line(20, null, ++stepId, false, "STARTED", null, 1L, "2", null, null));
        var diagram = FlowDiagram.of(GROUPS, null, lines);
        assertThat(diagram.periods()).extracting(FlowDiagram.Period::title).containsExactly("Double-blind", "Period 2");
        assertThat(FlowDiagram.of(GROUPS, null, List.of()).isEmpty()).isTrue();
    }
}
