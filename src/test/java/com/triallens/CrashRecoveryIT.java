package com.triallens;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TrialLens killed with SIGKILL while curators' saves are in flight, then started again on the same
 * database: every result's change and its audit rows are both there or both absent, and every save
 * reported as committed before the kill is still there. The application runs in its own JVM
 * ({@link CurationSaveLoop}); the check reads the database with SQL after each kill.
 */
class CrashRecoveryIT {

    private static final int KILLS = 5;
    private static final List<String> ENTITIES = List.of("result_measurement");

    @Test
    void an_h2_file_database_keeps_each_change_with_its_audit_rows_through_kill_9_during_saves(@TempDir Path dir)
            throws Exception {
        Assumptions.assumeFalse(TestPostgres.active(), "the H2 run of the suite covers H2");
        // the application's own default: an H2 file database under ./data, here in a fresh working directory
        var url = "jdbc:h2:file:" + dir.resolve("data/triallens").toAbsolutePath();
        killAndCheck("H2 file", dir, List.of(), () -> DriverManager.getConnection(url, "sa", ""));
    }

    @Test
    void a_postgresql_database_keeps_each_change_with_its_audit_rows_through_kill_9_during_saves() throws Exception {
        if (!TestPostgres.active()) {
            System.out.println("CrashRecoveryIT: PostgreSQL part SKIPPED in this run: no PostgreSQL given"
                    + " (with TRIALLENS_TEST_POSTGRES=jdbc:postgresql://HOST:PORT/ set, as .ci/run does,"
                    + " the postgres-it run of the suite runs it)");
        }
        Assumptions.assumeTrue(TestPostgres.active(), "needs PostgreSQL: runs when TRIALLENS_TEST_POSTGRES is set");
        var database = TestPostgres.createDatabase();
        try {
            var url = TestPostgres.url(database);
            killAndCheck("PostgreSQL", Path.of("."), List.of("--spring.datasource.url=" + url,
                            "--spring.datasource.username=" + TestPostgres.USER,
                            "--spring.datasource.password=" + TestPostgres.PASSWORD),
                    () -> DriverManager.getConnection(url, TestPostgres.USER, TestPostgres.PASSWORD));
        } finally {
            TestPostgres.dropDatabase(database);
        }
    }

    @FunctionalInterface
    private interface Connect {
        Connection open() throws SQLException;
    }

    /** Highest version each record was reported committed at, by "entity id". */
    private final Map<String, Integer> committed = new HashMap<>();

    private void killAndCheck(String name, Path workingDirectory, List<String> databaseArguments, Connect connect)
            throws Exception {
        for (int kill = 1; kill <= KILLS; kill++) {
            var app = new SaveLoop(workingDirectory, databaseArguments);
            var threshold = ThreadLocalRandom.current().nextInt(10, 200);
            app.awaitSaves(threshold);
            Thread.sleep(ThreadLocalRandom.current().nextInt(0, 50));
            var atKill = app.kill();
            var state = check(connect);
            System.out.printf("CrashRecoveryIT %s kill %d/%d: SIGKILL after %d committed saves (%d conflicts),"
                            + " %d saves begun but not reported done; after it %d records changed, %d audit rows,"
                            + " each change with its audit rows, every reported commit present (newest of %d records)%n",
                    name, kill, KILLS, atKill.saved, atKill.conflicts, atKill.inFlight, state.changedRecords,
                    state.auditRows, committed.size());
        }
        var app = new SaveLoop(workingDirectory, databaseArguments);
        app.awaitSaves(5);
        app.kill();
        var state = check(connect);
        System.out.printf("CrashRecoveryIT %s: started again after the last kill and saved again; %d records changed,"
                + " %d audit rows, consistent%n", name, state.changedRecords, state.auditRows);
    }

    private record State(int changedRecords, int auditRows) {
    }

    /**
     * Per record: its version says how many saves committed; its audit trail has exactly that many rows,
     * all for the value, reading valueAt(1) ... valueAt(version) in order, each old value the previous new
     * one; the stored value is the newest audited one; no audit row names a record that does not exist.
     */
    private State check(Connect connect) throws SQLException {
        var changed = 0;
        var auditRows = 0;
        var lost = new ArrayList<String>();
        try (var db = connect.open()) {
            var trail = auditTrail(db);
            for (var entity : ENTITIES) {
                var ids = new HashSet<Long>();
                try (var rows = db.createStatement().executeQuery(
                        "select id, version, value_text from " + entity)) {
                    while (rows.next()) {
                        var id = rows.getLong(1);
                        ids.add(id);
                        var version = rows.getInt(2);
                        var key = entity + " " + id;
                        var audited = trail.getOrDefault(key, List.of());
                        assertThat(audited).as("%s at version %d: audit rows", key, version).hasSize(version);
                        for (int i = 0; i < audited.size(); i++) {
                            var row = audited.get(i);
                            assertThat(row).as("%s audit row %d", key, i + 1).containsExactly("value",
                                    i == 0 ? row[1] : audited.get(i - 1)[2], CurationSaveLoop.valueAt(i + 1));
                        }
                        if (version > 0) {
                            var value = rows.getString(3);
                            assertThat(value).as("%s value", key).isEqualTo(CurationSaveLoop.valueAt(version));
                            changed++;
                        }
                        var reported = committed.getOrDefault(key, 0);
                        if (version < reported) {
                            lost.add(key + " reported committed at version " + reported + ", stored at " + version);
                        }
                        auditRows += audited.size();
                    }
                }
                var orphans = trail.keySet().stream().filter(k -> k.startsWith(entity + " "))
                        .filter(k -> !ids.contains(Long.parseLong(k.substring(entity.length() + 1)))).toList();
                assertThat(orphans).as("audit rows of records that do not exist").isEmpty();
            }
            assertThat(lost).as("saves reported committed before the kill but not in the database").isEmpty();
            assertThat(auditRows).as("audit rows of the crash test's saves").isEqualTo(trail.values().stream()
                    .mapToInt(List::size).sum());
        }
        return new State(changed, auditRows);
    }

    /** The crash test's audit rows by "entity id", oldest first: field, old value, new value. */
    private static Map<String, List<String[]>> auditTrail(Connection db) throws SQLException {
        var trail = new LinkedHashMap<String, List<String[]>>();
        try (var statement = db.prepareStatement("select entity, entity_id, field, old_value, new_value"
                + " from audit_entry where username = ? order by id")) {
            statement.setString(1, CurationSaveLoop.USER);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    trail.computeIfAbsent(rows.getString(1) + " " + rows.getLong(2), k -> new ArrayList<>())
                            .add(new String[]{rows.getString(3), rows.getString(4), rows.getString(5)});
                }
            }
        }
        return trail;
    }

    private record AtKill(int saved, int conflicts, int inFlight) {
    }

    /** One run of {@link CurationSaveLoop} in its own JVM, its output followed line by line. */
    private final class SaveLoop {

        private final Process process;
        private final Thread follower;
        private final ArrayDeque<String> lastLines = new ArrayDeque<>();
        private final Set<String> begun = new HashSet<>();
        private boolean ready;
        private int saved;
        private int conflicts;

        SaveLoop(Path workingDirectory, List<String> databaseArguments) throws Exception {
            var command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                    "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    CurationSaveLoop.class.getName(), "--server.port=0", "--logging.level.root=WARN"));
            command.addAll(databaseArguments);
            process = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true).start();
            follower = Thread.ofVirtual().start(this::follow);
        }

        private void follow() {
            try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    take(line);
                }
            } catch (Exception closed) {
                // the process was killed
            }
        }

        private synchronized void take(String line) {
            if (!line.startsWith("SAVELOOP ")) {
                lastLines.addLast(line);
                if (lastLines.size() > 40) {
                    lastLines.removeFirst();
                }
                return;
            }
            var words = line.split(" ");
            var record = words.length == 5 ? words[2] + " " + words[3] : "";
            switch (words[1]) {
                case "READY" -> ready = true;
                case "BEGIN" -> begun.add(record);
                case "SAVED" -> {
                    saved++;
                    begun.remove(record);
                    committed.merge(record, Integer.parseInt(words[4]), Math::max);
                }
                case "CONFLICT" -> {
                    conflicts++;
                    begun.remove(record);
                }
                default -> throw new IllegalStateException(line);
            }
            notifyAll();
        }

        synchronized void awaitSaves(int count) throws InterruptedException {
            var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (saved < count && process.isAlive() && System.nanoTime() < deadline) {
                wait(200);
            }
            if (saved < count) {
                process.destroyForcibly();
                throw new AssertionError("TrialLens " + (ready ? "started but saved only " + saved : "did not start")
                        + "; its last output:\n" + String.join("\n", lastLines));
            }
        }

        /** SIGKILL, as kill -9: no shutdown hook, no pool close, no last commit. */
        AtKill kill() throws InterruptedException {
            AtKill atKill;
            synchronized (this) {
                process.destroyForcibly();
                atKill = new AtKill(saved, conflicts, begun.size());
            }
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("killed").isTrue();
            assertThat(process.exitValue()).as("exit status of a SIGKILL").isEqualTo(137);
            // saves that committed just before the kill may still be in the pipe
            follower.join();
            return atKill;
        }
    }
}
