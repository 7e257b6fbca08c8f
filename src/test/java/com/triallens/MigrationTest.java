package com.triallens;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;


import static org.assertj.core.api.Assertions.assertThat;

/** The migrations alone, on a fresh database (H2, or PostgreSQL in the postgres runs): they create the schema and seed FORTRESS. */
class MigrationTest {

    private JdbcClient jdbc;
    private int applied;
    private ScratchDatabase database;

    @BeforeEach
    void migrate_a_fresh_database() {
        database = new ScratchDatabase();
        applied = Flyway.configure().dataSource(database.dataSource).load().migrate().migrationsExecuted;
        jdbc = JdbcClient.create(database.dataSource);
    }

    @AfterEach
    void drop_the_postgres_database() {
        database.close();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void fresh_database_gets_schema_and_fortress_seed() {
        assertThat(applied).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("select registry_id from trial").query(String.class).list()).containsExactly("NCT03786094");
        assertThat(count("reference")).isEqualTo(7);
        assertThat(count("arm")).isEqualTo(2);
        assertThat(count("intervention")).isEqualTo(3);
        assertThat(count("result_group")).isEqualTo(2);
        assertThat(count("result_measure")).isEqualTo(8);
        assertThat(count("result_measurement")).isEqualTo(16);
        assertThat(count("result_analysis")).isEqualTo(3);
    }

    @Test
    void every_figure_is_linked_to_a_reference() {
        assertThat(jdbc.sql("""
                select count(*) from result_measurement r left join reference f on f.id = r.reference_id
                where f.id is null""").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from result_analysis a left join reference f on f.id = a.reference_id
                where f.id is null""").query(Long.class).single()).isZero();
    }

    @Test
    void per_arm_patient_counts_are_left_empty_because_the_source_has_none() {
        assertThat(jdbc.sql("select count(*) from arm where participants is not null").query(Long.class).single()).isZero();
        assertThat(count("result_denom")).isZero();
    }

    @Test
    void not_reported_row_carries_no_number() {
        assertThat(jdbc.sql("""
                select v.value_text from result_measurement v join result_group g on g.id = v.group_id
                join result_category k on k.id = v.category_id join result_class c on c.id = k.class_id
                join result_measure m on m.id = c.measure_id
                where m.title = 'Infusion-related reactions' and g.title = 'Eribulin alone'""")
                .query(String.class).list()).containsExactly((String) null);
    }

    @Test
    void new_rows_do_not_collide_with_seeded_ids() {
        jdbc.sql("insert into reference (trial_id, ref_number, source) values (1, 8, 'test')").update();
        assertThat(jdbc.sql("select id from reference where ref_number = 8").query(Long.class).single())
                .isGreaterThanOrEqualTo(100);
    }
}
