package com.triallens;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The columns that take one of a fixed set of codes keep working after the connection that ran the
 * migrations has closed, as HikariCP closes every connection after its maxLifetime (30 min). With the
 * CHECK (column IN (...)) constraints of V1-V5 on H2 2.4, every such write then failed with "Check
 * constraint invalid ... The database has been closed [90098]": imports (which insert arms, categories
 * and import rows) failed until a restart while pages and readiness stayed well.
 */
class AllowedCodesTest {

    private Connection survivor;
    private JdbcClient jdbc;
    private String postgresDatabase;

    @BeforeEach
    void migrate_then_close_the_migrating_connection() throws SQLException {
        if (TestPostgres.active()) {
            postgresDatabase = TestPostgres.createDatabase();
            var dataSource = TestPostgres.dataSource(postgresDatabase);
            Flyway.configure().dataSource(dataSource).load().migrate();
            survivor = dataSource.getConnection();
        } else {
            var h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            survivor = h2.getConnection();
            // each connection of this data source is a connection of its own, closed when Flyway is done
            Flyway.configure().dataSource(h2).load().migrate();
        }
        jdbc = JdbcClient.create(new SingleConnectionDataSource(survivor, true));
    }

    @AfterEach
    void close() throws SQLException {
        survivor.close();
        if (postgresDatabase != null) {
            TestPostgres.dropDatabase(postgresDatabase);
        }
    }

    private long id(String table) {
        return jdbc.sql("select min(id) from " + table).query(Long.class).single();
    }

    @Test
    void every_code_column_takes_its_codes_after_the_migrating_connection_closed() {
        assertThat(jdbc.sql("update arm set role = 'PLACEBO_COMPARATOR' where id = :id").param("id", id("arm")).update()).isOne();
        assertThat(jdbc.sql("update endpoint set kind = 'SECONDARY', measure_type = 'MEAN' where id = :id")
                .param("id", id("endpoint")).update()).isOne();
        assertThat(jdbc.sql("update mechanism_link set relation = 'BLOCKS' where id = :id").param("id", id("mechanism_link")).update()).isOne();
        assertThat(jdbc.sql("insert into app_user (username, display_name, password_hash, role) values ('u', 'U', 'x', 'CURATOR')")
                .update()).isOne();
        assertThat(jdbc.sql("""
                insert into trial_import (trial_id, registry_id, file_name, reference_id, action, imported_at, imported_by)
                values (:trial, 'NCT03786094', 'f.json', :reference, 'UPDATED', current_timestamp, 'curator')""")
                .param("trial", id("trial")).param("reference", id("reference")).update()).isOne();
    }

    @Test
    void a_code_outside_its_set_is_still_refused() {
        assertThatThrownBy(() -> jdbc.sql("update arm set role = 'BOSS' where id = :id").param("id", id("arm")).update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("insert into app_user (username, display_name, password_hash, role) "
                + "values ('v', 'V', 'x', 'OWNER')").update()).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void no_migration_after_v7_lists_constants_in_a_check_constraint() throws IOException {
        var check = Pattern.compile("check\\s*\\((?:[^()]|\\([^()]*\\))*\\bin\\s*\\(", Pattern.CASE_INSENSITIVE);
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            List<String> offending = files.filter(f -> version(f) >= 7).filter(f -> {
                try {
                    return check.matcher(Files.readString(f).replaceAll("--[^\n]*", "")).find();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Path::toString).toList();
            assertThat(offending).as("use a code table with a foreign key instead (see V7)").isEmpty();
        }
    }

    private static int version(Path migration) {
        var name = migration.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }
}
