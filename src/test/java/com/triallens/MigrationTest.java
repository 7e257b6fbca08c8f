package com.triallens;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The migrations alone, on a fresh database (H2, or PostgreSQL in the postgres runs): they create the schema and seed FORTRESS. */
class MigrationTest {

    private JdbcClient jdbc;
    private int applied;
    private String postgresDatabase;

    @BeforeEach
    void migrate_a_fresh_database() {
        DataSource dataSource;
        if (TestPostgres.active()) {
            postgresDatabase = TestPostgres.createDatabase();
            dataSource = TestPostgres.dataSource(postgresDatabase);
        } else {
            var h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            dataSource = h2;
        }
        applied = Flyway.configure().dataSource(dataSource).load().migrate().migrationsExecuted;
        jdbc = JdbcClient.create(dataSource);
    }

    @AfterEach
    void drop_the_postgres_database() {
        if (postgresDatabase != null) {
            TestPostgres.dropDatabase(postgresDatabase);
        }
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
        assertThat(count("endpoint_result")).isEqualTo(8);
        assertThat(count("comparison")).isEqualTo(3);
        assertThat(count("adverse_event_result")).isEqualTo(8);
    }

    @Test
    void every_figure_is_linked_to_a_reference() {
        assertThat(jdbc.sql("""
                select count(*) from endpoint_result r left join reference f on f.id = r.reference_id
                where f.id is null""").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from adverse_event_result r left join reference f on f.id = r.reference_id
                where f.id is null""").query(Long.class).single()).isZero();
    }

    @Test
    void per_arm_patient_counts_are_left_empty_because_the_source_has_none() {
        assertThat(jdbc.sql("select count(*) from arm where participants is not null").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from endpoint_result where participants is not null")
                .query(Long.class).single()).isZero();
    }

    @Test
    void not_reported_row_carries_no_number() {
        var row = jdbc.sql("""
                select r.status, r.value_value from adverse_event_result r
                join adverse_event_category c on c.id = r.category_id
                join arm a on a.id = r.arm_id
                where c.code = 'INFUSION_REACTION' and a.code = 'CONTROL'""").query().singleRow();
        assertThat(row.get("STATUS")).isEqualTo("NOT_REPORTED");
        assertThat(row.get("VALUE_VALUE")).isNull();
    }

    @Test
    void database_refuses_a_not_reported_result_with_a_number() {
        assertThatThrownBy(() -> jdbc.sql("""
                insert into adverse_event_result (category_id, arm_id, status, value_value, value_places, unit, reference_id)
                values (4, 2, 'NOT_REPORTED', 0, 0, '%', 2)""").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void database_refuses_an_interval_without_its_level() {
        assertThatThrownBy(() -> jdbc.sql("""
                insert into comparison (endpoint_id, experimental_arm_id, comparator_arm_id, statistic,
                    estimate_value, estimate_places, ci_lower_value, ci_lower_places, ci_upper_value, ci_upper_places,
                    reference_id)
                values (5, 1, 2, 'HAZARD_RATIO', 1.1, 1, 0.9, 1, 1.3, 1, 2)""").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void new_rows_do_not_collide_with_seeded_ids() {
        jdbc.sql("insert into reference (trial_id, ref_number, source) values (1, 8, 'test')").update();
        assertThat(jdbc.sql("select id from reference where ref_number = 8").query(Long.class).single())
                .isGreaterThanOrEqualTo(100);
    }
}
