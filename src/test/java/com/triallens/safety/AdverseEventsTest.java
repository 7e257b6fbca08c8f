package com.triallens.safety;

import com.triallens.base.domain.ArmRole;
import com.triallens.results.ResultFigures.Counts;
import com.triallens.safety.AdverseEvents.Group;
import com.triallens.safety.AdverseEvents.Kind;
import com.triallens.safety.AdverseEvents.Term;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The adverse-event module in memory: filters, organ systems, risk differences and groups with none at risk. */
class AdverseEventsTest {

    private static final long DRUG = 1;
    private static final long PLACEBO = 2;
    private static final long UNASSESSED = 3;

    private static final List<Group> GROUPS = List.of(new Group(PLACEBO, "Placebo", "Placebo", ArmRole.PLACEBO_COMPARATOR),
            new Group(DRUG, "Drug", "Drug 10 mg", ArmRole.EXPERIMENTAL),
            new Group(UNASSESSED, "Neonates", "Neonates cohort", ArmRole.EXPERIMENTAL));

    private static Term term(int ordinal, String name, String organSystem, boolean serious, int drug, int drugAtRisk,
                             int placebo, int placeboAtRisk) {
        return new Term(ordinal, name, organSystem, serious, Map.of(DRUG, new Counts(drug, drugAtRisk, drug + 1),
                PLACEBO, new Counts(placebo, placeboAtRisk, null), UNASSESSED, new Counts(0, 0, 0)));
    }

    private static AdverseEvents events(Term... terms) {
        return new AdverseEvents(GROUPS, List.of(), List.of(terms));
    }

    @Test
    void risk_difference_of_56_of_70_against_48_of_80_is_20_points_with_newcombes_interval() {
        var plot = events(term(0, "Headache", "Nervous system disorders", false, 56, 70, 48, 80))
                .riskPlot(DRUG, PLACEBO);
        var rd = plot.rows().getFirst().difference();
        // Newcombe 1998, Table II (a), method 10: 0.2000 (0.0524 to 0.3339).
        assertThat(rd.estimate()).isCloseTo(0.2, within(1e-9));
        assertThat(rd.lower()).isCloseTo(0.0524, within(0.5e-4));
        assertThat(rd.upper()).isCloseTo(0.3339, within(0.5e-4));
        assertThat(rd.levelPercent()).isEqualTo(95);
        assertThat(plot.method()).isEqualTo("Newcombe hybrid score (Wilson)");
        assertThat(plot.first().label()).isEqualTo("Drug");
        assertThat(plot.second().label()).isEqualTo("Placebo");
    }

    @Test
    void chart_rows_are_sorted_by_risk_difference_largest_first() {
        var plot = events(term(0, "Nausea", "Gastrointestinal disorders", false, 10, 100, 20, 100),
                term(1, "Rash", "Skin disorders", false, 30, 100, 5, 100),
                term(2, "Fatigue", "General disorders", false, 12, 100, 10, 100)).riskPlot(DRUG, PLACEBO);
        assertThat(plot.rows()).extracting(AdverseEvents.Difference::label).containsExactly("Rash", "Fatigue", "Nausea");
        assertThat(plot.rows()).extracting(d -> Math.round(d.difference().estimate() * 100)).containsExactly(25L, 2L, -10L);
    }

    @Test
    void chart_keeps_the_thirty_terms_most_frequent_in_either_group_and_counts_those_left_out() {
        var terms = new ArrayList<Term>();
        for (int i = 0; i < 40; i++) {
            // Term i affects i of 100 on the drug and 40 - i on placebo: the most frequent are at both ends.
            terms.add(term(i, "Term " + i, "Organ " + (i % 3), false, i, 100, 40 - i, 100));
        }
        var plot = new AdverseEvents(GROUPS, List.of(), terms).riskPlot(DRUG, PLACEBO);
        assertThat(plot.compared()).isEqualTo(40);
        assertThat(plot.rows()).hasSize(AdverseEvents.CHART_TERMS);
        // Left out: the ten whose larger share is smallest (terms 16 to 25); 15 and 25 tie at 25 %, the first posted stays.
        assertThat(plot.rows()).extracting(d -> d.term().ordinal()).doesNotContain(16, 20, 24, 25).contains(15, 26, 0, 39);
        assertThat(plot.rows().getFirst().label()).isEqualTo("Term 39");
    }

    @Test
    void terms_without_participants_at_risk_in_a_group_or_without_anyone_affected_are_not_drawn() {
        var events = events(term(0, "Cough", "Respiratory disorders", false, 3, 50, 0, 0),
                term(1, "Rash", "Skin disorders", false, 0, 50, 0, 50),
                term(2, "Fever", "General disorders", false, 2, 50, 1, 50));
        var plot = events.riskPlot(DRUG, PLACEBO);
        assertThat(plot.rows()).extracting(AdverseEvents.Difference::label).containsExactly("Fever");
        assertThat(plot.compared()).isEqualTo(1);
    }

    @Test
    void a_group_with_none_at_risk_reads_none_assessed_never_zero_and_is_never_compared() {
        var events = events(term(0, "Fever", "General disorders", false, 2, 50, 1, 50));
        var fever = events.terms().getFirst();
        assertThat(fever.cell(UNASSESSED)).isEqualTo("0 at risk: none assessed");
        assertThat(fever.assessed(UNASSESSED)).isFalse();
        assertThat(fever.percent(UNASSESSED)).isEmpty();
        assertThat(events.assessedGroups()).extracting(Group::label).containsExactly("Placebo", "Drug");
        assertThat(events.riskPlot(DRUG, UNASSESSED).rows()).isEmpty();
    }

    @Test
    void a_term_cell_gives_affected_of_at_risk_with_its_share_and_the_events_in_plural_aware_words() {
        var events = events(term(0, "Fever", "General disorders", false, 1, 50, 1, 50),
                term(1, "Rash", "Skin disorders", false, 4, 50, 0, 50));
        assertThat(events.terms().get(0).cell(DRUG)).isEqualTo("1/50 (2.0 %), 2 events");
        assertThat(events.terms().get(1).cell(DRUG)).isEqualTo("4/50 (8.0 %), 5 events");
        assertThat(events.terms().get(0).cell(PLACEBO)).as("events not posted").isEqualTo("1/50 (2.0 %)");
        assertThat(events.terms().get(0).cell(99)).isEqualTo("Not posted");
    }

    @Test
    void serious_and_other_filter_and_search_on_term_or_organ_system_in_any_case() {
        var events = events(term(0, "Pneumonia", "Infections and infestations", true, 2, 50, 1, 50),
                term(1, "Pneumonia", "Infections and infestations", false, 5, 50, 4, 50),
                term(2, "Headache", "Nervous system disorders", false, 8, 50, 3, 50),
                term(3, "Sepsis", "Infections and infestations", true, 1, 50, 2, 50));
        assertThat(events.terms(Kind.SERIOUS, "")).extracting(Term::ordinal).containsExactly(0, 3);
        assertThat(events.terms(Kind.OTHER, null)).extracting(Term::ordinal).containsExactly(1, 2);
        assertThat(events.terms(Kind.ALL, " pneum ")).extracting(Term::ordinal).containsExactly(0, 1);
        assertThat(events.terms(Kind.ALL, "INFECTIONS")).extracting(Term::ordinal).containsExactly(0, 1, 3);
        assertThat(events.terms(Kind.OTHER, "infections")).extracting(Term::ordinal).containsExactly(1);
        assertThat(events.terms(Kind.SERIOUS, "headache")).isEmpty();
    }

    @Test
    void organ_systems_in_alphabetical_order_with_unnamed_ones_last_and_terms_in_posted_order() {
        var events = events(term(0, "Sepsis", "Infections and infestations", true, 1, 50, 2, 50),
                term(1, "Fall", null, false, 1, 50, 1, 50),
                term(2, "Anaemia", "Blood and lymphatic system disorders", false, 1, 50, 1, 50),
                term(3, "Pneumonia", "Infections and infestations", false, 5, 50, 4, 50));
        var grouped = AdverseEvents.byOrganSystem(events.terms());
        assertThat(grouped.keySet()).containsExactly("Blood and lymphatic system disorders",
                "Infections and infestations", AdverseEvents.NO_ORGAN_SYSTEM);
        assertThat(grouped.get("Infections and infestations")).extracting(Term::term).containsExactly("Sepsis", "Pneumonia");
    }

    @Test
    void the_same_term_posted_as_serious_and_other_gets_two_distinct_chart_rows() {
        var plot = events(term(0, "Pneumonia", "Infections and infestations", true, 2, 50, 1, 50),
                term(1, "Pneumonia", "Infections and infestations", false, 5, 50, 4, 50),
                term(2, "Pneumonia", "Respiratory disorders", false, 3, 50, 1, 50)).riskPlot(DRUG, PLACEBO);
        assertThat(plot.rows()).extracting(AdverseEvents.Difference::label).containsExactlyInAnyOrder(
                "Pneumonia (serious)", "Pneumonia — Infections and infestations", "Pneumonia — Respiratory disorders");
    }

    @Test
    void experimental_against_comparator_by_default_else_the_first_two_assessed_groups() {
        var events = events(term(0, "Fever", "General disorders", false, 2, 50, 1, 50));
        assertThat(events.defaultPair().orElseThrow()).extracting(Group::label).containsExactly("Drug", "Placebo");
        var unknownRoles = new AdverseEvents(List.of(new Group(PLACEBO, "A", "A", ArmRole.OTHER),
                new Group(DRUG, "B", "B", ArmRole.OTHER)), List.of(), events.terms());
        assertThat(unknownRoles.defaultPair().orElseThrow()).extracting(Group::label).containsExactly("A", "B");
        var single = new AdverseEvents(GROUPS.subList(0, 1), List.of(), events.terms());
        assertThat(single.defaultPair()).isEmpty();
    }

    @Test
    void one_group_incidence_is_most_frequent_first() {
        var plot = events(term(0, "Fever", "General disorders", false, 2, 50, 1, 50),
                term(1, "Rash", "Skin disorders", false, 9, 50, 0, 50),
                term(2, "Cough", "Respiratory disorders", false, 0, 50, 0, 50)).incidencePlot(DRUG);
        assertThat(plot.rows()).extracting(AdverseEvents.Share::label).containsExactly("Rash", "Fever");
        assertThat(plot.rows().getFirst().percent()).isCloseTo(18.0, within(1e-9));
    }

    @Test
    void a_group_is_never_compared_with_itself() {
        var events = events(term(0, "Fever", "General disorders", false, 2, 50, 1, 50));
        assertThatThrownBy(() -> events.riskPlot(DRUG, DRUG)).isInstanceOf(IllegalArgumentException.class);
    }
}
