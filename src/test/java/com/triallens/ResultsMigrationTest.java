package com.triallens;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V9 carries every per-arm figure into the registry-shaped tables, on a database that holds data: FORTRESS as
 * seeded and curated, a trial imported before V8 (spreads, notes, text p-values, adverse-event terms), and one
 * imported since (whose registry results already hold everything). Runs on H2, and on PostgreSQL in the postgres runs.
 */
class ResultsMigrationTest {

    private ScratchDatabase database;
    private JdbcClient jdbc;

    @BeforeEach
    void a_database_at_v8_with_data() {
        database = new ScratchDatabase();
        var dataSource = database.dataSource;
        Flyway.configure().dataSource(dataSource).target(MigrationVersion.fromVersion("8")).load().migrate();
        jdbc = JdbcClient.create(dataSource);

        // A curator corrected FORTRESS's ORR (combination) and entered its participants; the trail has it.
        jdbc.sql("update endpoint_result set value_value = 13.5, value_places = 1, participants = 200, version = 1"
                + " where id = 1").update();
        audit("endpoint_result", 1, "value", "13.0", "13.5");
        audit("comparison", 2, "ciLevel", "95", "96");
        audit("adverse_event_result", 8, "status", "REPORTED", "NOT_REPORTED");

        // Imported before V8: only the per-arm tables hold its figures.
        importedTrial(50, "NCT09990050");
        jdbc.sql("""
                insert into arm (id, trial_id, code, label, short_label, role, ordinal) values
                    (50, 50, 'ERIBULIN', 'Eribulin', 'Eribulin', 'ACTIVE_COMPARATOR', 0),
                    (51, 50, 'CAPECITABINE', 'Capecitabine', 'Capecitabine', 'ACTIVE_COMPARATOR', 1)""").update();
        jdbc.sql("""
                insert into analysis_population (id, trial_id, code, name) values
                    (50, 50, 'POSTED', 'As posted on ClinicalTrials.gov'),
                    (51, 50, 'AE', 'Adverse-event population as posted')""").update();
        jdbc.sql("""
                insert into endpoint (id, trial_id, code, name, kind, measure_type, population_id, ordinal, param_type,
                                      time_frame)
                values (50, 50, 'PFS', 'Progression-free Survival (PFS)', 'PRIMARY', 'MEDIAN_TIME', 50, 0, 'MEDIAN',
                        'Up to 24 months')""").update();
        jdbc.sql("""
                insert into endpoint_result (id, endpoint_id, arm_id, status, value_value, value_places, unit,
                    participants, reference_id, dispersion_type, lower_value, lower_places, posted_note)
                values (50, 50, 50, 'REPORTED', 4.20, 2, 'months', 98, 50, '95% Confidence Interval', 3.8, 1,
                        'upper limit NA; comment: Upper limit not estimable'),
                       (51, 50, 51, 'NOT_REPORTED', null, null, 'months', 99, 50, '95% Confidence Interval', null, null,
                        'value NA; comment: Median not reached')""").update();
        jdbc.sql("""
                insert into comparison (id, endpoint_id, experimental_arm_id, comparator_arm_id, statistic, estimate_value,
                    estimate_places, ci_level_value, ci_level_places, ci_lower_value, ci_lower_places, ci_upper_value,
                    ci_upper_places, p_value_text, ci_sides, param_type, method, reference_id)
                values (50, 50, 50, 51, 'HAZARD_RATIO', 0.620, 3, 95, 0, 0.48, 2, 0.80, 2, '<0.001', 'TWO_SIDED',
                        'Hazard Ratio (HR)', 'Log Rank', 50)""").update();
        jdbc.sql("""
                insert into endpoint (id, trial_id, code, name, kind, measure_type, population_id, ordinal)
                values (51, 50, 'OS', 'Overall Survival (OS)', 'SECONDARY', 'MEDIAN_TIME', 50, 1)""").update();
        jdbc.sql("""
                insert into comparison (id, endpoint_id, experimental_arm_id, comparator_arm_id, p_value_value,
                    p_value_places, reference_id)
                values (51, 51, 50, 51, 0.0000004, 7, 50)""").update();
        jdbc.sql("""
                insert into adverse_event_category (id, trial_id, code, name, population_id, ordinal, organ_system,
                                                    seriousness)
                values (50, 50, 'FEBRILE', 'Febrile neutropenia', 51, 0, 'Blood and lymphatic system disorders',
                        'SERIOUS')""").update();
        jdbc.sql("""
                insert into adverse_event_result (id, category_id, arm_id, status, value_value, value_places, unit,
                                                  participants, reference_id, events)
                values (50, 50, 50, 'REPORTED', 5, 0, 'participants', 99, 50, 6)""").update();

        // Imported since V8: its registry results hold every figure; its per-arm rows were copies.
        importedTrial(60, "NCT09990060");
        jdbc.sql("""
                insert into arm (id, trial_id, code, label, short_label, role, ordinal)
                values (60, 60, 'DRUG', 'Drug', 'Drug', 'EXPERIMENTAL', 0)""").update();
        jdbc.sql("insert into analysis_population (id, trial_id, code, name) values (60, 60, 'POSTED', 'As posted')")
                .update();
        jdbc.sql("""
                insert into endpoint (id, trial_id, code, name, kind, measure_type, population_id, ordinal)
                values (60, 60, 'ORR', 'Objective Response Rate', 'PRIMARY', 'OTHER', 60, 0)""").update();
        jdbc.sql("""
                insert into endpoint_result (id, endpoint_id, arm_id, status, value_value, value_places, unit, reference_id)
                values (60, 60, 60, 'REPORTED', 12, 0, 'participants', 60)""").update();
        jdbc.sql("""
                insert into registry_results (trial_id, reference_id, content_digest, figures)
                values (60, 60, 'digest', 1)""").update();
        jdbc.sql("""
                insert into result_group (id, trial_id, module, ordinal, code, title, arm_id)
                values (60, 60, 'OUTCOME', 0, 'OG000', 'Drug', 60)""").update();
        jdbc.sql("""
                insert into result_measure (id, trial_id, module, ordinal, title, unit_of_measure)
                values (60, 60, 'OUTCOME', 0, 'Objective Response Rate', 'Participants')""").update();
        jdbc.sql("insert into result_class (id, measure_id, ordinal) values (60, 60, 0)").update();
        jdbc.sql("insert into result_category (id, class_id, ordinal) values (60, 60, 0)").update();
        jdbc.sql("insert into result_measurement (category_id, group_id, value_text) values (60, 60, '12')").update();

        Flyway.configure().dataSource(dataSource).load().migrate();
    }

    @AfterEach
    void drop_the_postgres_database() {
        database.close();
    }

    /** A trial with its import reference, both with id {@code id}. */
    private void importedTrial(long id, String registryId) {
        jdbc.sql("""
                insert into trial (id, acronym, registry_id, title, phase, status, design, condition_text)
                values (:id, :registryId, :registryId, 'Imported', '3', 'Completed', 'Randomized', 'Cancer')""")
                .param("id", id).param("registryId", registryId).update();
        jdbc.sql("insert into reference (id, trial_id, ref_number, source) values (:id, :id, 1, 'ClinicalTrials.gov')")
                .param("id", id).update();
    }

    private void audit(String entity, long id, String field, String oldValue, String newValue) {
        jdbc.sql("""
                insert into audit_entry (changed_at, username, entity, entity_id, entity_label, field, old_value,
                                         new_value, reason)
                values (timestamp '2026-11-01 10:00:00', 'curator', :entity, :id, 'label', :field, :old, :new, 'Source')""")
                .param("entity", entity).param("id", id).param("field", field).param("old", oldValue)
                .param("new", newValue).update();
    }

    /** Each group's figure of a measure as "group: value [spread] lower–upper (n analysed) ref", in group order. */
    private List<String> figures(long trialId, String measure) {
        return jdbc.sql("""
                        select g.title || ': ' || coalesce(v.value_text, '-') || ' ' || coalesce(v.spread_text, '')
                            || coalesce(v.lower_text, '') || '–' || coalesce(v.upper_text, '') || ' (n '
                            || coalesce((select d.count_text from result_denom d where d.measure_id = m.id
                                         and d.group_id = g.id), '?') || ') ref '
                            || coalesce(cast(f.ref_number as varchar(10)), 'import')
                        from result_measurement v join result_group g on g.id = v.group_id
                        join result_category k on k.id = v.category_id join result_class c on c.id = k.class_id
                        join result_measure m on m.id = c.measure_id left join reference f on f.id = v.reference_id
                        where m.trial_id = :trial and m.title = :measure order by g.ordinal""")
                .param("trial", trialId).param("measure", measure).query(String.class).list();
    }

    private List<String> analyses(long trialId) {
        return jdbc.sql("""
                        select m.title || ': ' || coalesce(a.param_type, '-') || ' ' || coalesce(a.param_value, '-')
                            || ' (' || coalesce(a.ci_pct_value, '-') || ' ' || coalesce(a.ci_num_sides, '-') || ' '
                            || coalesce(a.ci_lower, '-') || '–' || coalesce(a.ci_upper, '-') || ') p '
                            || coalesce(a.p_value, '-') || ' ' || coalesce(a.statistical_method, '-') || ' ref '
                            || cast(f.ref_number as varchar(10)) || ' groups '
                            || (select min(g.title) from result_analysis_group ag join result_group g on g.id = ag.group_id
                                where ag.analysis_id = a.id and ag.ordinal = 0) || ' vs '
                            || (select min(g.title) from result_analysis_group ag join result_group g on g.id = ag.group_id
                                where ag.analysis_id = a.id and ag.ordinal = 1)
                        from result_analysis a join result_measure m on m.id = a.measure_id
                        join reference f on f.id = a.reference_id
                        where m.trial_id = :trial order by m.ordinal""")
                .param("trial", trialId).query(String.class).list();
    }

    @Test
    void fortress_figures_move_with_their_precision_references_and_curated_changes() {
        assertThat(figures(1, "Objective response rate")).containsExactly(
                "Balixafortide + eribulin: 13.5 – (n 200) ref 7", "Eribulin alone: 13.7 – (n ?) ref 7");
        assertThat(figures(1, "Median progression-free survival")).containsExactly(
                "Balixafortide + eribulin: 3.5 – (n ?) ref 2", "Eribulin alone: 4.0 – (n ?) ref 2");
        assertThat(figures(1, "Median overall survival")).containsExactly(
                "Balixafortide + eribulin: 11.0 – (n ?) ref 2", "Eribulin alone: 11.2 – (n ?) ref 2");
        assertThat(figures(1, "Clinical benefit rate")).containsExactly(
                "Balixafortide + eribulin: 16.7 – (n ?) ref 7", "Eribulin alone: 19.6 – (n ?) ref 7");
        assertThat(figures(1, "Serious treatment-emergent adverse events")).containsExactly(
                "Balixafortide + eribulin: 28 – (n ?) ref 2", "Eribulin alone: 26.5 – (n ?) ref 2");
        assertThat(figures(1, "Infusion-related reactions")).as("not reported stays without a number").containsExactly(
                "Balixafortide + eribulin: 43.6 – (n ?) ref 2", "Eribulin alone: - – (n ?) ref 2");
        assertThat(jdbc.sql("select version from result_measurement where value_text = '13.5'").query(Integer.class)
                .single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select m.title || ' ' || m.unit_of_measure || ' ' || m.param_type || ' ' || case when m.safety then 'safety' else 'efficacy' end || ' '
                            || m.population_description || ' ' || coalesce(cast(e.code as varchar(40)), '-')
                        from result_measure m left join endpoint e on e.id = m.endpoint_id
                        where m.trial_id = 1 order by m.ordinal""").query(String.class).list()).containsExactly(
                "Objective response rate % NUMBER efficacy Third line and later ORR",
                "Median progression-free survival months MEDIAN efficacy Third line and later PFS",
                "Median overall survival months MEDIAN efficacy Third line and later OS",
                "Clinical benefit rate % NUMBER efficacy Third line and later CBR",
                "Serious treatment-emergent adverse events % NUMBER safety Overall safety population -",
                "TEAEs leading to death % NUMBER safety Overall safety population -",
                "TEAEs grade 3 or higher % NUMBER safety Overall safety population -",
                "Infusion-related reactions % NUMBER safety Overall safety population -");
        assertThat(analyses(1)).containsExactly(
                "Objective response rate: - - (- - -–-) p 1.00 - ref 7 groups Balixafortide + eribulin vs Eribulin alone",
                "Median progression-free survival: Hazard Ratio (HR) 1.07 (96 - 0.81–1.41) p - - ref 2 groups "
                        + "Balixafortide + eribulin vs Eribulin alone",
                "Median overall survival: Hazard Ratio (HR) 1.08 (99.9 - 0.66–1.77) p - - ref 2 groups "
                        + "Balixafortide + eribulin vs Eribulin alone");
    }

    @Test
    void a_trial_imported_before_v8_keeps_spreads_notes_text_p_values_and_adverse_event_counts() {
        assertThat(figures(50, "Progression-free Survival (PFS)")).containsExactly(
                "Eribulin: 4.20 3.8– (n 98) ref 1", "Capecitabine: - – (n 99) ref 1");
        assertThat(jdbc.sql("""
                        select v.comment from result_measurement v join result_group g on g.id = v.group_id
                        where g.trial_id = 50 and g.title = 'Capecitabine'""").query(String.class).list())
                .containsExactly("value NA; comment: Median not reached");
        assertThat(analyses(50)).containsExactly("Progression-free Survival (PFS): Hazard Ratio (HR) 0.620 "
                + "(95 TWO_SIDED 0.48–0.80) p <0.001 Log Rank ref 1 groups Eribulin vs Capecitabine",
                "Overall Survival (OS): - - (- - -–-) p 0.0000004 - ref 1 groups Eribulin vs Capecitabine");
        assertThat(figures(50, "Febrile neutropenia")).containsExactly("Eribulin: 5 – (n 99) ref 1");
        assertThat(jdbc.sql("""
                        select m.description || ' / ' || m.param_type || ' / ' || m.unit_of_measure || ' / ' || v.comment
                        from result_measure m join result_class c on c.measure_id = m.id
                        join result_category k on k.class_id = c.id join result_measurement v on v.category_id = k.id
                        where m.title = 'Febrile neutropenia'""").query(String.class).single())
                .isEqualTo("Blood and lymphatic system disorders (serious) / COUNT_OF_PARTICIPANTS / participants / 6 events");
    }

    @Test
    void a_trial_imported_since_v8_keeps_its_registry_results_alone() {
        assertThat(figures(60, "Objective Response Rate")).containsExactly("Drug: 12 – (n ?) ref import");
        assertThat(jdbc.sql("select count(*) from result_measure where trial_id = 60").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void the_audit_trail_follows_each_figure_to_its_new_row() {
        assertThat(jdbc.sql("""
                        select a.field || ' ' || m.title || ' / ' || g.title || ' ' || coalesce(v.value_text, 'not reported')
                        from audit_entry a join result_measurement v on v.id = a.entity_id
                        join result_group g on g.id = v.group_id join result_category k on k.id = v.category_id
                        join result_class c on c.id = k.class_id join result_measure m on m.id = c.measure_id
                        where a.entity = 'result_measurement' order by a.id""").query(String.class).list())
                .containsExactly("value Objective response rate / Balixafortide + eribulin 13.5",
                        "status Infusion-related reactions / Eribulin alone not reported");
        assertThat(jdbc.sql("""
                        select a.field || ' ' || n.ci_pct_value from audit_entry a join result_analysis n on n.id = a.entity_id
                        where a.entity = 'result_analysis'""").query(String.class).list()).containsExactly("ciLevel 96");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity in ('endpoint_result', 'comparison',"
                + " 'adverse_event_result')").query(Long.class).single()).isZero();
    }

    @Test
    void the_per_arm_tables_are_gone() {
        for (var table : List.of("endpoint_result", "comparison", "adverse_event_result", "adverse_event_category")) {
            assertThat(jdbc.sql("select count(*) from information_schema.tables where lower(table_name) = :t")
                    .param("t", table).query(Long.class).single()).as(table).isZero();
        }
    }
}
