package com.triallens.base.db;

import com.zaxxer.hikari.HikariDataSource;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.Optional;

/** The connection pool behind a data source. */
public final class Pools {

    private Pools() {
    }

    /** The pool behind the data source, also when something wraps it (JDBC's Wrapper interface). */
    public static Optional<HikariDataSource> hikari(DataSource dataSource) {
        try {
            return dataSource.isWrapperFor(HikariDataSource.class)
                    ? Optional.of(dataSource.unwrap(HikariDataSource.class)) : Optional.empty();
        } catch (SQLException e) {
            return Optional.empty();
        }
    }
}
