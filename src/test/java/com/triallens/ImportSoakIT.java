package com.triallens;

import com.triallens.audit.AuditFilter;
import com.triallens.audit.AuditService;
import com.triallens.base.domain.EditConflictException;
import com.triallens.base.domain.FigureEdit;
import com.triallens.base.domain.ReportedDecimal;
import com.triallens.base.domain.ResultStatus;
import com.triallens.ctgov.CtgovImportService;
import com.triallens.efficacy.EfficacyService;
import com.triallens.results.ResultsService;
import com.triallens.safety.SafetyService;
import com.triallens.trial.TrialService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports (some previews cancelled midway, as the Import page cancels them), curation saves and page reads run
 * together for {@code triallens.soak.seconds} (default 120) against the embedded default database (an H2
 * file) or, in the PostgreSQL run, a PostgreSQL database, while the pool retires its connections every
 * 30 s (HikariCP's shortest maxLifetime; 30 min in production). Afterwards every kind of request still
 * works and every change has its audit rows.
 */
@SpringBootTest(properties = {"spring.datasource.hikari.max-lifetime=30000", "spring.datasource.hikari.keepalive-time=0"})
class ImportSoakIT {

    private static final Duration DURATION = Duration.ofSeconds(Long.getLong("triallens.soak.seconds", 120));
    private static final String FIXTURE = "nct09990001-test-eribulin.json";

    @DynamicPropertySource
    static void embeddedDefault(DynamicPropertyRegistry registry) throws IOException {
        if (!TestPostgres.active()) {
            EmbeddedDefault.useIn(registry);
        }
    }

    @Autowired CtgovImportService imports;
    @Autowired EfficacyService efficacy;
    @Autowired SafetyService safety;
    @Autowired TrialService trials;
    @Autowired AuditService audit;
    @Autowired JdbcClient jdbc;

    private final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger trialNumber = new AtomicInteger();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    /** Record "entity id" → its version before the soak, for the audit check. */
    private final Map<String, Integer> startVersions = new ConcurrentHashMap<>();

    private static void signIn() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "soak-curator", null, AuthorityUtils.createAuthorityList("ROLE_CURATOR", "ROLE_VIEWER")));
    }

    private static byte[] record(int number) {
        var json = new String(EmbeddedDefault.ctgovRecord(FIXTURE), StandardCharsets.UTF_8);
        return json.replace("NCT09990001", "NCT1%07d".formatted(number)).getBytes(StandardCharsets.UTF_8);
    }

    private void count(String what) {
        counts.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
    }

    private void importOne(int number) {
        var preview = imports.preview("soak-" + number + ".json", record(number), step -> { });
        imports.importRecord(preview, "Soak test import");
    }

    /** A preview cancelled between two of its steps, as the Import page cancels one when the curator leaves. */
    private void cancelledImport() {
        var number = trialNumber.incrementAndGet();
        var stepsBeforeCancel = ThreadLocalRandom.current().nextInt(1, 5);
        var steps = new AtomicInteger();
        try {
            imports.preview("soak-" + number + ".json", record(number), step -> {
                if (steps.incrementAndGet() > stepsBeforeCancel) {
                    throw new CancellationException("cancelled by the soak test");
                }
            });
        } catch (CancellationException expected) {
            count("cancelled imports");
        }
    }

    private void importer(Instant end) {
        while (Instant.now().isBefore(end)) {
            if (ThreadLocalRandom.current().nextInt(3) == 0) {
                cancelledImport();
            } else {
                importOne(trialNumber.incrementAndGet());
                count("imports");
            }
        }
    }

    private void curator(Instant end, long trial) {
        var random = ThreadLocalRandom.current();
        while (Instant.now().isBefore(end)) {
            var onEfficacy = random.nextBoolean();
            var results = onEfficacy ? efficacy.resultsForCuration(trial) : safety.resultsForCuration(trial);
            var result = results.get(random.nextInt(results.size()));
            if (result.values().status() != ResultStatus.REPORTED) {
                continue;
            }
            var next = result.version() + 1;
            var edit = new FigureEdit(ResultStatus.REPORTED, ReportedDecimal.parse(CurationSaveLoop.valueAt(next)),
                    result.values().unit(), result.values().participants());
            try {
                if (onEfficacy) {
                    efficacy.updateResult(result.id(), result.version(), edit, "Soak test save");
                } else {
                    safety.updateResult(result.id(), result.version(), edit, "Soak test save");
                }
                count("saves");
            } catch (EditConflictException otherCuratorFirst) {
                count("save conflicts");
            }
        }
    }

    private void reader(Instant end, long fortress) {
        var random = ThreadLocalRandom.current();
        while (Instant.now().isBefore(end)) {
            var page = trials.trials("", 0, 50);
            var trial = random.nextBoolean() ? fortress : page.get(random.nextInt(page.size())).id();
            efficacy.efficacyTable(trial);
            safety.safetyTable(trial);
            trials.overview(trial);
            audit.find(new AuditFilter(null, null, null, null), 0, 50);
            count("page reads");
        }
    }

    private Runnable guarded(String name, ThrowingRunnable work) {
        return () -> {
            signIn();
            try {
                work.run();
            } catch (Throwable e) {
                failures.add(name + ": " + e);
                e.printStackTrace();
            }
        };
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void concurrent_imports_cancelled_imports_saves_and_reads_leave_every_request_working_and_every_change_audited()
            throws Exception {
        signIn();
        var fortress = trials.defaultTrial().orElseThrow().id();
        efficacy.resultsForCuration(fortress).forEach(r -> startVersions.put(EfficacyService.RESULT + " " + r.id(), r.version()));
        safety.resultsForCuration(fortress).forEach(r -> startVersions.put(SafetyService.RESULT + " " + r.id(), r.version()));
        var end = Instant.now().plus(DURATION);
        var workers = Executors.newFixedThreadPool(6);
        for (int i = 0; i < 2; i++) {
            workers.execute(guarded("importer", () -> importer(end)));
            workers.execute(guarded("curator", () -> curator(end, fortress)));
            workers.execute(guarded("reader", () -> reader(end, fortress)));
        }
        workers.shutdown();
        assertThat(workers.awaitTermination(DURATION.toSeconds() + 300, TimeUnit.SECONDS)).isTrue();
        System.out.println("ImportSoakIT (" + (TestPostgres.active() ? "PostgreSQL" : "H2 file") + ", "
                + DURATION.toSeconds() + " s): " + counts);

        assertThat(failures).isEmpty();
        assertThat(counts.get("imports")).isNotNull();
        assertThat(counts.get("saves")).isNotNull();
        assertThat(counts.get("cancelled imports")).isNotNull();

        // every kind of request still works
        importOne(9_999_999);
        guarded("after the soak", () -> curator(Instant.now().plusMillis(200), fortress)).run();
        assertThat(failures).isEmpty();
        assertThat(efficacy.efficacyTable(fortress).rows()).isNotEmpty();

        assertEveryChangeHasItsAuditRows();
    }

    private List<String> twice(String entity, Object id) {
        return jdbc.sql("select new_value from audit_entry where entity = :entity and entity_id = :id and field = 'value'"
                        + " and reason = 'Soak test save' group by new_value having count(*) > 1")
                .param("entity", entity).param("id", id).query(String.class).list();
    }

    private void assertEveryChangeHasItsAuditRows() {
        for (var entity : List.of(ResultsService.MEASUREMENT)) {
            var rows = jdbc.sql("select r.id, r.version, (select count(*) from audit_entry a where a.entity = :entity"
                            + " and a.entity_id = r.id and a.field = 'value' and a.reason = 'Soak test save') saves from "
                            + entity + " r").param("entity", entity).query().listOfRows();
            for (var row : rows) {
                var key = entity + " " + row.get("id");
                var before = startVersions.get(key);
                if (before != null) {
                    var version = ((Number) row.get("version")).intValue();
                    assertThat(((Number) row.get("saves")).intValue()).as(() -> "audited saves of " + key
                                    + "; values audited twice (two saves from one version): " + twice(entity, row.get("id")))
                            .isEqualTo(version - before);
                }
            }
        }
        assertThat(jdbc.sql("""
                select count(*) from trial_import i where not exists (
                    select 1 from audit_entry a where a.entity = 'trial' and a.entity_id = i.trial_id)""")
                .query(Long.class).single()).as("imported trials without their audit rows").isZero();
        assertThat(jdbc.sql("""
                select count(*) from registry_results r where r.trial_id in (select trial_id from trial_import)
                and not exists (select 1 from audit_entry a where a.entity = 'registry_results' and a.entity_id = r.trial_id)""")
                .query(Long.class).single()).as("imported results without their audit rows").isZero();
        assertThat(jdbc.sql("""
                select count(*) from audit_entry a where a.entity = 'trial'
                and not exists (select 1 from trial t where t.id = a.entity_id)""")
                .query(Long.class).single()).as("audit rows of trials that were never written").isZero();
    }
}
