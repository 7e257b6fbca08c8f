package com.triallens.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A curator saving now and then while the viewers read: every PERIOD, in one transaction, FORTRESS's first efficacy
 * figure takes the next of two values, with its audit row and the trial's content revision raised, as a save through
 * the Curation page writes them. The pages viewers open are then built again from the database under load. It
 * writes through JDBC (H2 AUTO_SERVER or PostgreSQL) rather than the Curation page's form: what is measured is the
 * pages' work after a change, not the form's. The Safety figure the viewers check is not touched.
 */
final class BenchCurator implements AutoCloseable {

    private final Thread thread;
    private final AtomicInteger saves = new AtomicInteger();
    private volatile boolean running = true;

    private BenchCurator(String jdbcUrl, long periodMillis) {
        thread = Thread.ofPlatform().daemon().name("bench-curator").start(() -> {
            try (var connection = BenchDb.connect(jdbcUrl)) {
                connection.setAutoCommit(false);
                while (running) {
                    Thread.sleep(periodMillis);
                    save(connection, saves.get() % 2 == 0 ? "0.77" : "0.78");
                    saves.incrementAndGet();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (SQLException e) {
                System.err.println("bench curator stopped: " + e);
            }
        });
    }

    static BenchCurator start(String jdbcUrl, long periodMillis) {
        return new BenchCurator(jdbcUrl, periodMillis);
    }

    private static void save(Connection connection, String value) throws SQLException {
        try (var statement = connection.createStatement()) {
            // An app from before V12 has no content revision; its pages read the database on every view anyway.
            var revisions = statement.executeQuery("select count(*) from information_schema.columns "
                    + "where lower(table_name) = 'trial' and lower(column_name) = 'content_revision'");
            revisions.next();
            if (revisions.getInt(1) > 0) {
                statement.executeUpdate("update trial set content_revision = content_revision + 1 "
                        + "where id = (select min(id) from trial)");
            }
            statement.executeUpdate("""
                    update result_measurement set value_text = '%s', version = version + 1 where id = (
                      select min(v.id) from result_measurement v join result_category k on k.id = v.category_id
                      join result_class c on c.id = k.class_id join result_measure m on m.id = c.measure_id
                      where not m.safety and m.trial_id = (select min(id) from trial))""".formatted(value));
            statement.executeUpdate("""
                    insert into audit_entry (changed_at, username, entity, entity_id, entity_label, field,
                                             old_value, new_value, reason)
                    select current_timestamp, 'curator', 'result_measurement', min(v.id), 'Bench save', 'value',
                           null, '%s', 'Bench curator save'
                    from result_measurement v join result_category k on k.id = v.category_id
                    join result_class c on c.id = k.class_id join result_measure m on m.id = c.measure_id
                    where not m.safety and m.trial_id = (select min(id) from trial)""".formatted(value));
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    /** Stops saving; returns how many saves were made. */
    int stop() {
        close();
        return saves.get();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
