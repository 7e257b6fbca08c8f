package com.triallens.results;

import com.triallens.results.BaselineTable.Denominator;
import com.triallens.results.BaselineTable.Figure;
import com.triallens.results.BaselineTable.Kind;
import com.triallens.results.BaselineTable.Line;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The baseline read model: headings, class and category rows, numbers analysed and missing figures. */
class BaselineTableTest {

    private static final List<GroupLabel> GROUPS = List.of(new GroupLabel(1, "Drug", "Drug"),
            new GroupLabel(2, "Placebo", "Placebo"), new GroupLabel(3, "Total", "Total"));

    private final List<Figure> figures = new ArrayList<>();
    private final List<Denominator> denominators = new ArrayList<>();

    private void figure(long measure, String title, String param, String dispersion, String unit, Long classId,
                        String classTitle, Long category, String categoryTitle, Long group, String value,
                        String spread, String comment) {
        figures.add(new Figure(measure, title, null, null, param, dispersion, unit, classId, classTitle, category,
                categoryTitle, group, value, spread, null, null, comment));
    }

    private void overall(String... counts) {
        for (int g = 0; g < counts.length; g++) {
            denominators.add(new Denominator(g + 1, null, null, "Participants", counts[g]));
        }
    }

    private BaselineTable table() {
        return BaselineTable.of(GROUPS, "All randomised", figures, denominators);
    }

    private static List<String> labels(List<Line> lines) {
        return lines.stream().map(l -> l.level() + ":" + l.kind() + ":" + l.label()).toList();
    }

    @Test
    void a_measure_is_headed_by_its_title_parameter_dispersion_and_unit() {
        figure(1, "Age, Continuous", "MEAN", "STANDARD_DEVIATION", "years", 10L, null, 100L, null, 1L, "54.2", "9.10",
                null);
        var measure = table().measures().getFirst();
        assertThat(measure.heading()).isEqualTo("Age, Continuous — Mean (Standard Deviation), years");
        assertThat(labels(measure.lines())).containsExactly("0:FIGURES:Mean (Standard Deviation)");
        assertThat(measure.lines().getFirst().cell(1)).isEqualTo("54.2 (9.10)");
        assertThat(measure.lines().getFirst().cell(2)).isEqualTo("Not posted");
        assertThat(BaselineTable.term("COUNT_OF_PARTICIPANTS")).isEqualTo("Count of Participants");
        assertThat(BaselineTable.term("CONFIDENCE_975")).isEqualTo("97.5% Confidence Interval");
        assertThat(BaselineTable.term("INTER_QUARTILE_RANGE")).isEqualTo("Inter-Quartile Range");
        assertThat(BaselineTable.term("95% Confidence Interval")).isEqualTo("95% Confidence Interval");
        assertThat(BaselineTable.term("NA")).isNull();
    }

    @Test
    void classes_head_their_categories_and_a_titled_class_of_one_untitled_category_is_one_row() {
        figure(2, "PEWS", "COUNT_OF_PARTICIPANTS", null, "Participants", 20L, "Behavior", 200L, "Score: 0", 1L, "3",
                null, null);
        figure(2, "PEWS", "COUNT_OF_PARTICIPANTS", null, "Participants", 20L, "Behavior", 201L, "Score: 1", 1L, "1",
                null, null);
        figure(2, "PEWS", "COUNT_OF_PARTICIPANTS", null, "Participants", 21L, "Cardiovascular", 210L, "Score: 0", 1L,
                "4", null, null);
        figure(3, "Region of Enrollment", "NUMBER", null, "participants", 30L, "United States", 300L, null, 1L, "12",
                null, null);
        var measures = table().measures();
        assertThat(labels(measures.get(0).lines())).containsExactly("0:HEADING:Behavior", "1:FIGURES:Score: 0",
                "1:FIGURES:Score: 1", "0:HEADING:Cardiovascular", "1:FIGURES:Score: 0");
        assertThat(measures.get(0).lines().getFirst().cell(1)).as("a heading has no figures").isEmpty();
        assertThat(labels(measures.get(1).lines())).containsExactly("0:FIGURES:United States");
    }

    @Test
    void overall_numbers_come_first_and_a_class_number_analysed_shows_only_where_it_differs() {
        overall("12", "1", "13");
        figure(4, "Viral load", "MEAN", "STANDARD_DEVIATION", "log10 copies per mL", 40L, "Nasal swabs", 400L, null,
                1L, "5.02", "NA", "SD cannot be calculated for 1 participant.");
        figure(4, "Viral load", "MEAN", "STANDARD_DEVIATION", "log10 copies per mL", 41L, "Rectal swabs", 410L, null,
                1L, "NA", null, "Not collected");
        denominators.addAll(List.of(new Denominator(1, 4L, 40L, "Participants", "1"),
                new Denominator(2, 4L, 40L, "Participants", "0"), new Denominator(3, 4L, 40L, "Participants", "1")));
        denominators.addAll(List.of(new Denominator(1, 4L, 41L, "Participants", "12"),
                new Denominator(2, 4L, 41L, "Participants", "1"), new Denominator(3, 4L, 41L, "Participants", "13")));
        var table = table();
        assertThat(labels(table.overall())).containsExactly("0:ANALYSED:Overall number of baseline participants");
        assertThat(table.overall().getFirst().cell(2)).isEqualTo("1 participant");
        assertThat(table.overall().getFirst().cell(3)).isEqualTo("13 participants");
        var lines = table.measures().getFirst().lines();
        assertThat(labels(lines)).containsExactly("0:HEADING:Nasal swabs", "1:ANALYSED:Number analysed",
                "1:FIGURES:Mean (Standard Deviation)", "0:FIGURES:Rectal swabs");
        assertThat(lines.get(1).cell(2)).isEqualTo("0 participants");
        assertThat(lines.get(2).cell(1)).isEqualTo("5.02 (NA) — SD cannot be calculated for 1 participant.");
        assertThat(lines.get(2).cell(2)).isEqualTo("Not posted");
        assertThat(lines.get(3).cell(1)).isEqualTo("NA (not available) — Not collected");
    }

    @Test
    void many_measures_share_one_list_of_rows_each_under_its_heading() {
        figure(5, "Sex", "COUNT_OF_PARTICIPANTS", null, "Participants", 50L, null, 500L, "Female", 1L, "7", null,
                null);
        figure(6, "Age", "MEDIAN", "FULL_RANGE", "years", 60L, null, 600L, null, 1L, "37", null, null);
        assertThat(labels(table().allLines())).containsExactly("0:HEADING:Sex — Count of Participants, Participants",
                "1:FIGURES:Female", "0:HEADING:Age — Median (Full Range), years", "1:FIGURES:Median (Full Range)");
    }

    @Test
    void a_record_without_baseline_is_empty_and_a_measure_without_figures_is_left_out() {
        assertThat(table().isEmpty()).isTrue();
        figures.add(new Figure(7, "Nothing posted", null, null, "MEAN", null, "years", null, null, null, null, null,
                null, null, null, null, null));
        assertThat(table().measures()).isEmpty();
        assertThat(new Line(Kind.FIGURES, 0, "x", java.util.Map.of()).cell(9)).isEqualTo("Not posted");
    }
}
