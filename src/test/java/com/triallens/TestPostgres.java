package com.triallens;

import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import javax.sql.DataSource;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * The PostgreSQL server the suite runs against when Maven's postgres executions set
 * {@code triallens.test.postgres} (a server URL such as {@code jdbc:postgresql://localhost:55432/},
 * from the environment variable TRIALLENS_TEST_POSTGRES). Each caller gets a database of its own,
 * created empty and dropped when done; TRIALLENS_TEST_POSTGRES_USER (default postgres) must be
 * allowed to create databases.
 */
public final class TestPostgres {

    private static final String SERVER = System.getProperty("triallens.test.postgres", "").trim();
    static final String USER = env("TRIALLENS_TEST_POSTGRES_USER", "postgres");
    static final String PASSWORD = env("TRIALLENS_TEST_POSTGRES_PASSWORD", "");

    private TestPostgres() {
    }

    /** Set in the postgres runs only; the H2 runs leave it empty. */
    public static boolean active() {
        return !SERVER.isEmpty();
    }

    /** A new empty database, named {@code triallens_test_<random>}. */
    public static String createDatabase() {
        var name = "triallens_test_" + UUID.randomUUID().toString().replace("-", "");
        admin("create database " + name);
        return name;
    }

    /** Drops it even while the application still holds connections to it. */
    public static void dropDatabase(String name) {
        admin("drop database if exists " + name + " with (force)");
    }

    public static String url(String database) {
        var query = SERVER.indexOf('?');
        var server = query < 0 ? SERVER : SERVER.substring(0, query);
        return (server.endsWith("/") ? server : server + "/") + database + (query < 0 ? "" : SERVER.substring(query));
    }

    public static DataSource dataSource(String database) {
        return new SimpleDriverDataSource(new org.postgresql.Driver(), url(database), USER, PASSWORD);
    }

    /** Runs one statement on the server's maintenance database {@code postgres}. */
    public static void admin(String sql) {
        try (var connection = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
             var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + SERVER + ": " + sql + " failed: " + e.getMessage(), e);
        }
    }

    /** The database a Spring context of this run uses, read back from its JDBC URL. */
    public static Optional<String> databaseOf(String jdbcUrl) {
        if (!active() || !jdbcUrl.startsWith("jdbc:postgresql:")) {
            return Optional.empty();
        }
        var path = jdbcUrl.replaceFirst("\\?.*$", "");
        return Optional.of(path.substring(path.lastIndexOf('/') + 1));
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
