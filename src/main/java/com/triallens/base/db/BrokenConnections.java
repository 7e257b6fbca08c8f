package com.triallens.base.db;

import com.zaxxer.hikari.SQLExceptionOverride;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Tells the connection pool (HikariCP, {@code spring.datasource.hikari.exception-override-class-name}) to drop a
 * connection whose database is closed or broken, and every other pooled connection with it. HikariCP
 * evicts on its own only for SQL states of class 08 (connection exception), which PostgreSQL uses but H2
 * does not: an H2 database that closed itself answers "The database has been closed" (90098) on every
 * connection opened before, while a new connection opens the database afresh.
 */
public final class BrokenConnections implements SQLExceptionOverride {

    private static final Logger LOG = LoggerFactory.getLogger(BrokenConnections.class);

    /**
     * H2 error codes after which a connection is of no further use: database closed (90098), called at
     * shutdown (90121), file I/O failed (90028, 90031), connection broken (90067), out of memory (90108).
     */
    static final Set<Integer> H2_BROKEN = Set.of(90098, 90121, 90028, 90031, 90067, 90108);

    private static final List<Runnable> POOLS = new CopyOnWriteArrayList<>();

    /** Asks HikariCP through its no-argument constructor; the pools to empty come from {@link #register}. */
    public BrokenConnections() {
    }

    static void register(Runnable evictAll) {
        POOLS.add(evictAll);
    }

    static void unregister(Runnable evictAll) {
        POOLS.remove(evictAll);
    }

    @java.lang.Override
    public Override adjudicate(SQLException failure) {
        if (!broken(failure)) {
            return Override.CONTINUE_EVICT;
        }
        LOG.warn("The database reported that it is closed or broken (H2 error {}): dropping the pooled connections",
                failure.getErrorCode());
        POOLS.forEach(Runnable::run);
        return Override.MUST_EVICT;
    }

    static boolean broken(SQLException failure) {
        for (var e = failure; e != null; e = e.getNextException()) {
            if (isH2(e) && H2_BROKEN.contains(e.getErrorCode())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isH2(SQLException e) {
        return e.getClass().getName().startsWith("org.h2.");
    }
}
