package com.triallens.base.db;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Readiness follows whether the database takes a write, not only whether it answers. */
class DatabaseHealthTest {

    private static Status health(String url) {
        var dataSource = new DriverManagerDataSource(url, "sa", "");
        var indicator = new DatabaseHealth(dataSource, new DataSourceTransactionManager(dataSource));
        try {
            return indicator.health().getStatus();
        } finally {
            indicator.destroy();
        }
    }

    @Test
    void a_database_that_takes_writes_is_up_and_a_read_only_one_is_down(@TempDir Path dir) {
        var url = "jdbc:h2:" + dir.resolve("db").toAbsolutePath();
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();

        assertThat(health(url)).isEqualTo(Status.UP);
        assertThat(health(url + ";ACCESS_MODE_DATA=r")).isEqualTo(Status.DOWN);
        assertThat(health(url)).isEqualTo(Status.UP);
    }
}
