package com.triallens.bench;

import com.triallens.Application;
import com.triallens.audit.AuditFilter;
import com.triallens.audit.AuditService;
import com.triallens.compare.CompareService;
import com.triallens.trial.TrialService;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The lazy grids at scale: starts the app's Spring context on a throw-away H2 file database,
 * lets Flyway create the schema, adds TRIALS trials and AUDIT_ROWS audit rows by JDBC, then times what the
 * grids call: AuditService.find/count (the Audit grid's page fetch) for the first, middle and last page,
 * filtered by user, kind of record and month; and the trial listing. Each figure: median and p95 of REPEATS
 * fetches after 5 unmeasured ones. Page size 50, the Vaadin Grid's default.
 * Usage: GridBench [TRIALS] [AUDIT_ROWS] [REPEATS]
 */
public class GridBench {

    private static final int PAGE = 50;
    /** Vaadin's security setup needs the servlet context, so the web server starts too, unused. */
    private static final int PORT = 19050;
    private static final String[] USERS = {"curator", "admin", "curator2", "curator3", "curator4"};
    private static final String[] ENTITIES = {"result_measurement", "result_analysis", "registry_results", "trial", "arm"};

    public static void main(String[] args) throws Exception {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int auditRows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        var dir = Files.createTempDirectory("triallens-gridbench");
        var app = new SpringApplication(Application.class);
        try (ConfigurableApplicationContext context = app.run(
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db"),
                "--triallens.admin.initial-password=bench-only-4Qv7-Lark-Tide", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--server.port=" + PORT, "--vaadin.productionMode=true")) {
            var jdbc = context.getBean(JdbcTemplate.class);
            long start = System.nanoTime();
            generate(jdbc, trials, auditRows);
            System.out.printf("generated %d trials and %d audit rows in %.1f s (H2 file in %s)%n",
                    trials, auditRows, (System.nanoTime() - start) / 1e9, dir);

            SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                    "curator", null, AuthorityUtils.createAuthorityList("ROLE_CURATOR")));
            var audit = context.getBean(AuditService.class);
            long total = audit.count(AuditFilter.ALL);
            System.out.printf("%-52s %8s %8s%n", "grid fetch (page of " + PAGE + ")", "median", "p95 ms");
            measure("audit: count, no filter (" + total + " rows)", repeats, () -> audit.count(AuditFilter.ALL));
            measure("audit: first page", repeats, () -> audit.find(AuditFilter.ALL, 0, PAGE));
            measure("audit: middle page", repeats, () -> audit.find(AuditFilter.ALL, total / 2, PAGE));
            measure("audit: last page", repeats, () -> audit.find(AuditFilter.ALL, total - PAGE, PAGE));
            var byUser = new AuditFilter("curator3", null, null, null);
            long userRows = audit.count(byUser);
            measure("audit: filtered by user, count (" + userRows + ")", repeats, () -> audit.count(byUser));
            measure("audit: filtered by user, first page", repeats, () -> audit.find(byUser, 0, PAGE));
            measure("audit: filtered by user, last page", repeats, () -> audit.find(byUser, userRows - PAGE, PAGE));
            var byEntity = new AuditFilter(null, "comparison", null, null);
            measure("audit: filtered by record kind, first page", repeats, () -> audit.find(byEntity, 0, PAGE));
            var month = LocalDate.now().minusMonths(6);
            var byMonth = new AuditFilter(null, null, month, month.plusDays(30));
            measure("audit: filtered by 31 days, count", repeats, () -> audit.count(byMonth));
            measure("audit: filtered by 31 days, first page", repeats, () -> audit.find(byMonth, 0, PAGE));
            System.out.println("audit: sorted: n/a (the audit grid is fixed newest first; AuditService takes no sort)");

            var trialService = context.getBean(TrialService.class);
            int trialCount = trialService.countTrials("");
            measure("trials: picker count (" + trialCount + ")", repeats, () -> trialService.countTrials(""));
            measure("trials: picker first page", repeats, () -> trialService.trials("", 0, PAGE));
            measure("trials: picker middle page", repeats, () -> trialService.trials("", trialCount / 2, PAGE));
            measure("trials: picker last page", repeats, () -> trialService.trials("", trialCount - PAGE, PAGE));
            measure("trials: picker filtered (\"nct0\"), first page", repeats,
                    () -> trialService.trials("nct0", 0, PAGE));
            var compare = context.getBean(CompareService.class);
            measure("arms: compare picker first page (" + compare.countArms("") + ")", repeats,
                    () -> compare.arms("", 0, PAGE));
        }
    }

    private static void generate(JdbcTemplate jdbc, int trials, int auditRows) {
        var trialRows = new ArrayList<Object[]>();
        for (int i = 0; i < trials; i++) {
            trialRows.add(new Object[]{"BENCH-" + i, "NCT9%07d".formatted(i), "Benchmark trial " + i + " of eribulin",
                    "PHASE" + (1 + i % 3), i % 4 == 0 ? "Completed" : "Recruiting", "Randomised, open label",
                    "Breast cancer", 100 + i});
        }
        jdbc.batchUpdate("""
                insert into trial (acronym, registry_id, title, phase, status, design, condition_text, enrolment)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", trialRows);
        var now = LocalDateTime.now();
        var batch = new ArrayList<Object[]>();
        for (int i = 0; i < auditRows; i++) {
            // two years of changes, evenly spread, oldest first
            var changedAt = now.minusMinutes((long) (auditRows - i) * 2 * 365 * 24 * 60 / auditRows);
            batch.add(new Object[]{Timestamp.valueOf(changedAt), USERS[i % USERS.length], ENTITIES[i % ENTITIES.length],
                    (long) (i % 5000), "Benchmark record " + (i % 5000) + " / arm " + (i % 3), "value",
                    String.valueOf(i % 100), String.valueOf((i + 1) % 100), "Benchmark change " + i});
            if (batch.size() == 5_000) {
                insertAudit(jdbc, batch);
            }
        }
        insertAudit(jdbc, batch);
    }

    private static void insertAudit(JdbcTemplate jdbc, List<Object[]> batch) {
        jdbc.batchUpdate("""
                insert into audit_entry (changed_at, username, entity, entity_id, entity_label, field, old_value,
                                         new_value, reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch);
        batch.clear();
    }

    private static void measure(String name, int repeats, Supplier<?> fetch) {
        for (int i = 0; i < 5; i++) {
            fetch.get();
        }
        var millis = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            var result = fetch.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
            if (result instanceof List<?> list && list.isEmpty()) {
                throw new IllegalStateException(name + ": empty page");
            }
        }
        Arrays.sort(millis);
        double median = millis[repeats / 2];
        double p95 = LoadBench.rank(millis, 95);
        System.out.printf("%-52s %8.2f %8.2f%n", name, median, p95);
        System.out.printf("RESULT grid=%s median_ms=%.2f p95_ms=%.2f%n", name.replace(' ', '_'), median, p95);
    }
}
