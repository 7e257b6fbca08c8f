package com.triallens;

import com.triallens.base.domain.FigureEdit;
import com.triallens.base.domain.ReportedDecimal;
import com.triallens.ctgov.CtgovImportService;
import com.triallens.efficacy.EfficacyService;
import com.triallens.trial.TrialService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default database (an H2 file, with the URL of {@code application.properties}) under
 * interrupted threads and a database that closed: later requests work without a restart.
 */
@SpringBootTest
@WithMockUser(username = "curator", roles = {"CURATOR", "VIEWER"})
@DisabledIf(value = "com.triallens.TestPostgres#active", disabledReason = "H2's file database; PostgreSQL runs the soak test")
class EmbeddedDatabaseResilienceTest {

    @DynamicPropertySource
    static void embeddedDefault(DynamicPropertyRegistry registry) throws IOException {
        EmbeddedDefault.useIn(registry);
    }

    @Autowired CtgovImportService imports;
    @Autowired EfficacyService efficacy;
    @Autowired TrialService trials;
    @Autowired JdbcClient jdbc;

    /** Runs {@code work} as a curator on a thread of its own, interrupted first when asked; returns its failure. */
    private static Throwable onOwnThread(boolean interrupted, Runnable work) throws InterruptedException {
        var failure = new AtomicReference<Throwable>();
        var thread = Thread.ofPlatform().start(() -> {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "curator", null, AuthorityUtils.createAuthorityList("ROLE_CURATOR", "ROLE_VIEWER")));
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            try {
                work.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        thread.join();
        return failure.get();
    }

    private void importFixture(String name) {
        imports.importRecord(imports.preview(name, EmbeddedDefault.ctgovRecord(name), step -> { }), "Resilience test");
    }

    private long trialCount() {
        return jdbc.sql("select count(*) from trial").query(Long.class).single();
    }

    private void saveFirstResult() {
        var trial = trials.defaultTrial().orElseThrow().id();
        var result = efficacy.resultsForCuration(trial).getFirst();
        var values = result.values();
        efficacy.updateResult(result.id(), result.version(), new FigureEdit(values.status(),
                ReportedDecimal.parse("12.5"), values.unit(), values.participants()), "Resilience test save");
    }

    @Test
    void an_import_whose_thread_is_interrupted_while_it_writes_leaves_the_database_open() throws Exception {
        // Before the interrupt-safe file system (retry:), this closed the H2 database: every later
        // request failed with "The database has been closed [90098]" until a restart.
        var interrupted = onOwnThread(true, () -> importFixture("nct09990001-test-eribulin.json"));
        assertThat(interrupted).as("the interrupted import").isNull();

        assertThat(trialCount()).isEqualTo(2);
        assertThat(onOwnThread(false, () -> importFixture("nct09990002-test-no-results.json"))).isNull();
        assertThat(trialCount()).isEqualTo(3);
        assertThat(onOwnThread(false, this::saveFirstResult)).isNull();
    }

    @Test
    void when_the_database_closes_the_pool_drops_its_connections_and_the_next_request_works() throws Exception {
        jdbc.sql("shutdown immediately").update();

        // The request that meets a closed connection fails; it empties the pool, so the next one works.
        int failures = failuresBeforeSuccess(this::trialCount);
        assertThat(failures).isLessThanOrEqualTo(1);
        for (int i = 0; i < 20; i++) {
            assertThat(trialCount()).isPositive();
        }
        assertThat(onOwnThread(false, () -> imports.preview("again.json", EmbeddedDefault.ctgovRecord("nct09990001-test-eribulin.json"),
                step -> { }))).isNull();
        assertThat(onOwnThread(false, this::saveFirstResult)).isNull();
    }

    private static int failuresBeforeSuccess(Supplier<?> request) {
        for (int failures = 0; failures < 10; failures++) {
            try {
                request.get();
                return failures;
            } catch (RuntimeException closed) {
                assertThat(closed).hasStackTraceContaining("The database has been closed");
            }
        }
        return 10;
    }
}
