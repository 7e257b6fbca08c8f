package com.triallens;

import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.util.UUID;

/** An empty database of a test's own: in-memory H2, or a new PostgreSQL database in the postgres runs. */
final class ScratchDatabase implements AutoCloseable {

    final DataSource dataSource;
    private final String postgresDatabase;

    ScratchDatabase() {
        if (TestPostgres.active()) {
            postgresDatabase = TestPostgres.createDatabase();
            dataSource = TestPostgres.dataSource(postgresDatabase);
        } else {
            postgresDatabase = null;
            var h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            dataSource = h2;
        }
    }

    @Override
    public void close() {
        if (postgresDatabase != null) {
            TestPostgres.dropDatabase(postgresDatabase);
        }
    }
}
