package com.triallens.bench;

import com.triallens.Application;
import com.triallens.ctgov.CtgovImportService;
import com.triallens.efficacy.EfficacyService;
import com.triallens.results.ResultsService;
import com.triallens.safety.SafetyService;
import com.triallens.trial.TrialService;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.util.List;
import java.util.Arrays;

/**
 * Registry results at size, timed in the server (no browser): the preview (read, parse, map, compare) and the
 * import (one transaction) of a synthetic record of about 5 MB (GROUPS groups, MEASURES measures × 4 time
 * points × 2 categories, one analysis each, AE_TERMS adverse-event terms), and the reads the Registry results
 * page makes for a trial of 30 measures × 8 groups × 4 time points. Median of RUNS, after one unmeasured run.
 * Usage: RegistryBench [MEASURES] [AE_TERMS] [RUNS]
 */
public class RegistryBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int GROUPS = 8;
    private static final int PORT = 19051;

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--write-page-record")) {
            Files.write(java.nio.file.Path.of(args[1]), JSON.writeValueAsBytes(record(9_500, 30, 100)));
            return;
        }
        int measures = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int aeTerms = args.length > 1 ? Integer.parseInt(args[1]) : 2_500;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        var dir = Files.createTempDirectory("triallens-registrybench");
        try (ConfigurableApplicationContext context = new SpringApplication(Application.class).run(
                "--spring.datasource.url=jdbc:h2:retry:" + dir.resolve("db") + ";WRITE_DELAY=0",
                "--triallens.admin.initial-password=bench-only-4Qv7-Lark-Tide", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--server.port=" + PORT, "--vaadin.productionMode=true")) {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "curator", null, AuthorityUtils.createAuthorityList("ROLE_CURATOR", "ROLE_VIEWER")));
            var imports = context.getBean(CtgovImportService.class);

            var previewMs = new double[runs];
            var importMs = new double[runs];
            int bytes = 0;
            for (int run = -1; run < runs; run++) {
                var content = JSON.writeValueAsBytes(record(9_000 + run + 1, measures, aeTerms));
                bytes = content.length;
                long start = System.nanoTime();
                var preview = imports.preview("bench.json", content, step -> { });
                long previewed = System.nanoTime();
                imports.importRecord(preview, "Registry benchmark");
                long imported = System.nanoTime();
                if (run >= 0) {
                    previewMs[run] = (previewed - start) / 1e6;
                    importMs[run] = (imported - previewed) / 1e6;
                }
            }
            System.out.printf("record of %.1f MB: %d groups, %d measures x 4 time points x 2 categories, %d AE terms%n",
                    bytes / 1e6, GROUPS, measures, aeTerms);
            print("import: preview (read, parse, map, compare)", previewMs);
            print("import: write (one transaction)", importMs);
            var both = new double[runs];
            Arrays.setAll(both, i -> previewMs[i] + importMs[i]);
            print("import: preview + write", both);

            imports.importRecord(imports.preview("page.json", JSON.writeValueAsBytes(record(9_500, 30, 100)),
                    step -> { }), "Registry benchmark");
            var trialId = context.getBean(TrialService.class).trial("NCT09999500").orElseThrow().id();
            var results = context.getBean(ResultsService.class);
            var pageMs = new double[Math.max(runs, 20)];
            for (int run = -3; run < pageMs.length; run++) {
                long start = System.nanoTime();
                int rows = results.groups(trialId).size() + results.outcomeMeasurements(trialId).size()
                        + results.analyses(trialId).size() + results.eventTotals(trialId).size()
                        + results.events(trialId).size() + results.flow(trialId).size()
                        + results.baselineMeasurements(trialId).size() + (results.notes(trialId).isPresent() ? 1 : 0);
                if (run >= 0) {
                    pageMs[run] = (System.nanoTime() - start) / 1e6;
                }
                if (rows < 30 * 4 * 2 * GROUPS) {
                    throw new IllegalStateException("page read only " + rows + " rows");
                }
            }
            print("page data: 30 measures x 8 groups x 4 time points", pageMs);
            var efficacy = context.getBean(EfficacyService.class);
            var safety = context.getBean(SafetyService.class);
            var efficacyMs = new double[pageMs.length];
            var safetyMs = new double[pageMs.length];
            for (int run = -3; run < pageMs.length; run++) {
                long start = System.nanoTime();
                int rows = efficacy.efficacyTable(trialId).rows().size() + efficacy.historyByEndpoint(trialId).size();
                long between = System.nanoTime();
                int safetyRows = safety.safetyTable(trialId).rows().size() + safety.historyByCategory(trialId).size();
                if (run >= 0) {
                    efficacyMs[run] = (between - start) / 1e6;
                    safetyMs[run] = (System.nanoTime() - between) / 1e6;
                }
                if (rows < 30 * 4 * 2 || safetyRows < 100) {
                    throw new IllegalStateException("Efficacy read " + rows + " rows, Safety " + safetyRows);
                }
            }
            print("Efficacy page data (table and history), same trial", efficacyMs);
            print("Safety page data (table and history), same trial", safetyMs);
        }
    }

    private static void print(String name, double[] millis) {
        var sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf("%-52s median %8.1f ms, max %8.1f ms%n", name, sorted[sorted.length / 2], sorted[sorted.length - 1]);
        System.out.println("RESULT registry=" + name.replaceAll("[^A-Za-z0-9]+", "_") + " median_ms="
                + String.format("%.1f", sorted[sorted.length / 2]));
    }

    /** A synthetic API v2 record (invented figures) with full results. */
    static ObjectNode record(int number, int measures, int aeTerms) {
        var study = JSON.createObjectNode();
        var protocol = study.putObject("protocolSection");
        protocol.putObject("identificationModule").put("nctId", "NCT0999%04d".formatted(number))
                .put("briefTitle", "Synthetic benchmark record " + number).put("acronym", "BENCH-" + number);
        protocol.putObject("statusModule").put("overallStatus", "COMPLETED");
        var arms = protocol.putObject("armsInterventionsModule").putArray("armGroups");
        for (int g = 0; g < GROUPS; g++) {
            arms.addObject().put("label", "Cohort " + (g + 1)).put("type", "EXPERIMENTAL");
        }
        var results = study.putObject("resultsSection");
        var outcomes = results.putObject("outcomeMeasuresModule").putArray("outcomeMeasures");
        for (int m = 0; m < measures; m++) {
            var measure = outcomes.addObject().put("type", m < 3 ? "PRIMARY" : "SECONDARY")
                    .put("title", "Synthetic measure " + m + " of the benchmark").put("paramType", "MEAN")
                    .put("dispersionType", "Standard Deviation").put("unitOfMeasure", "points")
                    .put("timeFrame", "Weeks 4, 8, 12 and 24")
                    .put("populationDescription", "All participants who received at least one dose of study drug.");
            groups(measure.putArray("groups"), "OG");
            var denom = measure.putArray("denoms").addObject().put("units", "Participants").putArray("counts");
            for (int g = 0; g < GROUPS; g++) {
                denom.addObject().put("groupId", "OG%03d".formatted(g)).put("value", String.valueOf(40 + g));
            }
            var classes = measure.putArray("classes");
            for (int c = 0; c < 4; c++) {
                var categories = classes.addObject().put("title", "Week " + (c + 1) * 4).putArray("categories");
                for (int k = 0; k < 2; k++) {
                    var measurements = categories.addObject().put("title", k == 0 ? "Female" : "Male")
                            .putArray("measurements");
                    for (int g = 0; g < GROUPS; g++) {
                        measurements.addObject().put("groupId", "OG%03d".formatted(g))
                                .put("value", "%d.%02d".formatted(m % 50, (g * 7 + c) % 100))
                                .put("spread", "%d.%d".formatted(1 + g, c));
                    }
                }
            }
            measure.putArray("analyses").addObject().put("paramType", "LS Mean Difference").put("paramValue", "1.25")
                    .put("ciPctValue", "95").put("ciNumSides", "TWO_SIDED").put("ciLowerLimit", "0.40")
                    .put("ciUpperLimit", "2.10").put("pValue", "0.004").put("statisticalMethod", "ANCOVA")
                    .putArray("groupIds").add("OG000").add("OG001");
        }
        participantFlow(results.putObject("participantFlowModule"));
        baseline(results.putObject("baselineCharacteristicsModule"));
        var events = results.putObject("adverseEventsModule").put("frequencyThreshold", "5").put("timeFrame", "24 weeks");
        var eventGroups = events.putArray("eventGroups");
        for (int g = 0; g < GROUPS; g++) {
            eventGroups.addObject().put("id", "EG%03d".formatted(g)).put("title", "Cohort " + (g + 1))
                    .put("seriousNumAffected", 3 + g).put("seriousNumAtRisk", 40 + g)
                    .put("otherNumAffected", 20 + g).put("otherNumAtRisk", 40 + g);
        }
        var other = events.putArray("otherEvents");
        for (int t = 0; t < aeTerms; t++) {
            var stats = other.addObject().put("term", "Synthetic term " + t).put("organSystem", "Organ system " + t % 26)
                    .put("sourceVocabulary", "MedDRA 26.0").put("assessmentType", "SYSTEMATIC_ASSESSMENT")
                    .putArray("stats");
            for (int g = 0; g < GROUPS; g++) {
                stats.addObject().put("groupId", "EG%03d".formatted(g)).put("numEvents", t % 9 + g)
                        .put("numAffected", t % 7 + g).put("numAtRisk", 40 + g);
            }
        }
        return study;
    }

    /** One period: started, two milestones, completed and not completed, with four reasons, per group. */
    private static void participantFlow(ObjectNode flow) {
        flow.put("recruitmentDetails", "Synthetic recruitment at 40 sites.");
        groups(flow.putArray("groups"), "FG");
        var period = flow.putArray("periods").addObject().put("title", "Overall Study");
        var milestones = period.putArray("milestones");
        var steps = List.of("STARTED", "Received first dose", "Week 12 visit", "COMPLETED", "NOT COMPLETED");
        for (int s = 0; s < steps.size(); s++) {
            var achievements = milestones.addObject().put("type", steps.get(s)).putArray("achievements");
            for (int g = 0; g < GROUPS; g++) {
                var started = 40 + g;
                var value = switch (s) { case 0 -> started; case 1 -> started - 1; case 2 -> started - 3;
                    case 3 -> started - 5; default -> 5; };
                achievements.addObject().put("groupId", "FG%03d".formatted(g)).put("numSubjects", String.valueOf(value));
            }
        }
        var reasons = period.putArray("dropWithdraws");
        var why = List.of("Adverse Event", "Withdrawal by Subject", "Lost to Follow-up", "Death");
        for (int r = 0; r < why.size(); r++) {
            var reasonCounts = reasons.addObject().put("type", why.get(r)).putArray("reasons");
            for (int g = 0; g < GROUPS; g++) {
                reasonCounts.addObject().put("groupId", "FG%03d".formatted(g)).put("numSubjects", r == 0 ? "2" : "1");
            }
        }
    }

    /** Ten baseline measures over the groups and a total: age as a mean, sex and race as counts of participants. */
    private static void baseline(ObjectNode baseline) {
        baseline.put("populationDescription", "All participants who received at least one dose.");
        var groups = baseline.putArray("groups");
        groups(groups, "BG");
        groups.addObject().put("id", "BG%03d".formatted(GROUPS)).put("title", "Total");
        var denom = baseline.putArray("denoms").addObject().put("units", "Participants").putArray("counts");
        for (int g = 0; g <= GROUPS; g++) {
            denom.addObject().put("groupId", "BG%03d".formatted(g)).put("value", String.valueOf(g == GROUPS ? 348 : 40 + g));
        }
        var measures = baseline.putArray("measures");
        for (int m = 0; m < 10; m++) {
            var counts = m > 0;
            var measure = measures.addObject().put("title", m == 0 ? "Age, Continuous" : "Characteristic " + m)
                    .put("paramType", counts ? "COUNT_OF_PARTICIPANTS" : "MEAN")
                    .put("unitOfMeasure", counts ? "Participants" : "years");
            if (!counts) {
                measure.put("dispersionType", "STANDARD_DEVIATION");
            }
            var categories = measure.putArray("classes").addObject().putArray("categories");
            for (int k = 0; k < (counts ? 3 : 1); k++) {
                var category = categories.addObject();
                if (counts) {
                    category.put("title", "Category " + (k + 1));
                }
                var measurements = category.putArray("measurements");
                for (int g = 0; g <= GROUPS; g++) {
                    var value = measurements.addObject().put("groupId", "BG%03d".formatted(g))
                            .put("value", counts ? String.valueOf(10 + k + g) : "%d.%d".formatted(50 + g, k));
                    if (!counts) {
                        value.put("spread", "%d.%d".formatted(8 + g % 3, g));
                    }
                }
            }
        }
    }

    private static void groups(ArrayNode list, String prefix) {
        for (int g = 0; g < GROUPS; g++) {
            list.addObject().put("id", prefix + "%03d".formatted(g)).put("title", "Cohort " + (g + 1))
                    .put("description", "Synthetic cohort " + (g + 1));
        }
    }
}
