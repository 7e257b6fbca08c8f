package com.triallens.trial;

import com.triallens.base.domain.ArmRole;
import com.triallens.base.domain.Citation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import com.triallens.TestTrials;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class TrialServiceTest {

    @Autowired TrialService trials;
    @Autowired JdbcClient jdbc;
    TrialOverview overview;

    @BeforeEach
    void open_fortress() {
        overview = trials.overview(trials.defaultTrial().orElseThrow().id());
    }

    private static List<Integer> numbers(List<Citation> citations) {
        return citations.stream().map(Citation::number).toList();
    }

    @Test
    @Transactional
    void trials_are_listed_by_acronym_a_page_at_a_time_and_found_by_acronym_registry_id_or_title() {
        var tests = new TestTrials(jdbc);
        for (int i = 1; i <= 30; i++) {
            tests.trial("T%02d".formatted(i), "NCT090000%02d".formatted(i));
        }

        assertThat(trials.countTrials("")).isEqualTo(31);
        assertThat(trials.trials("", 0, 3)).extracting(TrialHeader::acronym).containsExactly("FORTRESS", "T01", "T02");
        assertThat(trials.trials("", 29, 10)).extracting(TrialHeader::acronym).containsExactly("T29", "T30");
        assertThat(trials.trials("nct0378", 0, 10)).extracting(TrialHeader::acronym).containsExactly("FORTRESS");
        assertThat(trials.trials("BALIXAFORTIDE", 0, 10)).extracting(TrialHeader::acronym).containsExactly("FORTRESS");
        assertThat(trials.countTrials("t1")).isEqualTo(10);
        assertThat(trials.countTrials("100%")).isZero();
        assertThat(trials.trial("NCT09000007")).map(TrialHeader::acronym).contains("T07");
        assertThat(trials.trial("NCT00000000")).isEmpty();
    }

    @Test
    void header_names_fortress_with_registry_id_phase_and_status() {
        var header = overview.header();
        assertThat(header.acronym()).isEqualTo("FORTRESS");
        assertThat(header.registryId()).isEqualTo("NCT03786094");
        assertThat(header.phase()).isEqualTo("3");
        assertThat(header.status()).isEqualTo("Terminated early");
    }

    @Test
    void trial_facts_keep_the_references_the_source_gives_them() {
        assertThat(overview.enrolment()).isEqualTo(432);
        assertThat(numbers(overview.sourcesOf(TrialFact.REGISTRY_ID))).containsExactly(3, 4);
        assertThat(numbers(overview.sourcesOf(TrialFact.ENROLMENT))).containsExactly(2, 5);
        assertThat(numbers(overview.sourcesOf(TrialFact.MECHANISM))).containsExactly(1, 2);
        assertThat(numbers(overview.sourcesOf(TrialFact.OUTCOME))).containsExactly(7);
        assertThat(overview.design())
                .isEqualTo("International, multicenter, open-label, randomized, active-controlled, parallel-group");
    }

    @Test
    void dosing_gives_dose_unit_route_and_days_of_the_21_day_cycle() {
        assertThat(overview.dosing()).extracting(Dosing::arm, Dosing::drug, Dosing::doseText, Dosing::route,
                        Dosing::daysText, Dosing::cycleLengthDays)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Balixafortide + eribulin", "Balixafortide", "5.5 mg/kg", "IV", "1–3, 8–10", 21),
                        org.assertj.core.groups.Tuple.tuple("Balixafortide + eribulin", "Eribulin", "1.4 mg/m²", "IV", "2, 9", 21),
                        org.assertj.core.groups.Tuple.tuple("Eribulin alone", "Eribulin", "1.4 mg/m²", "IV", "2, 9", 21));
        assertThat(overview.dosing().getFirst().days()).containsExactly(1, 2, 3, 8, 9, 10);
        assertThat(overview.dosing()).allSatisfy(d -> assertThat(d.source().number()).isEqualTo(2));
    }

    @Test
    void arms_are_experimental_then_active_comparator() {
        var arms = trials.arms(overview.header().id());
        assertThat(arms).extracting(a -> a.label() + " / " + a.role())
                .containsExactly("Balixafortide + eribulin / " + ArmRole.EXPERIMENTAL,
                        "Eribulin alone / " + ArmRole.ACTIVE_COMPARATOR);
    }

    @Test
    void endpoints_say_kind_population_and_interim() {
        assertThat(overview.endpoints()).extracting(e -> e.code() + " " + e.kind() + " " + e.population()
                        + (e.interim() ? " interim" : ""))
                .containsExactly(
                        "ORR PRIMARY Third line and later",
                        "PFS_OVERALL PRIMARY Overall",
                        "PFS PRIMARY Third line and later",
                        "OS SECONDARY Third line and later interim",
                        "CBR SECONDARY Third line and later",
                        "SAFETY SECONDARY Overall safety population");
        assertThat(numbers(overview.endpoints().get(2).sources())).containsExactly(2, 6);
    }

    @Test
    void reference_list_is_in_source_order_with_the_biospace_title() {
        var references = trials.references(overview.header().id());
        assertThat(numbers(references)).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(references.get(6).describe()).isEqualTo("[7] BioSpace: Polyphor Provides Update on the Phase III "
                + "FORTRESS Study of Balixafortide in Patients With Advanced HER2 Negative Breast Cancer");
    }
}
