package com.triallens.base.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Readiness includes this indicator ({@code management.endpoint.health.group.readiness.include}): the
 * instance is ready only while the database takes a write. It updates the single row of
 * {@code health_check} in its own transaction; a database that answers reads but cannot write (an H2
 * file database that closed itself, a full disk, a read-only replica) makes readiness DOWN, and UP again
 * once a write succeeds. It also lets {@link BrokenConnections} empty this application's pool.
 */
@Component("databaseWrite")
class DatabaseHealth implements HealthIndicator, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseHealth.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Runnable evictAll;

    DatabaseHealth(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setTimeout(5);
        this.evictAll = Pools.hikari(dataSource).<Runnable>map(pool -> () -> {
            var bean = pool.getHikariPoolMXBean();
            if (bean != null) {
                bean.softEvictConnections();
            }
        }).orElse(() -> { });
        BrokenConnections.register(evictAll);
    }

    @Override
    public Health health() {
        try {
            var updated = transaction.execute(status -> jdbc.update(
                    "update health_check set checked_at = ? where id = 1", Timestamp.from(Instant.now())));
            return updated != null && updated == 1 ? Health.up().build()
                    : Health.down().withDetail("reason", "health_check row missing").build();
        } catch (RuntimeException failure) {
            LOG.warn("Readiness: the database did not take a write", failure);
            return Health.down(failure).build();
        }
    }

    @Override
    public void destroy() {
        BrokenConnections.unregister(evictAll);
    }
}
