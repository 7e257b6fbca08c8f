package com.triallens.bench;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * N simulated viewers on loopback, each on a virtual thread with its own session ({@link VaadinClient}):
 * sign in, then LOOPS times: open Efficacy (full page load), go to Safety through the side navigation,
 * download Safety as CSV, open the first "Changed" history, go to Compare with FORTRESS's arms. Users start
 * evenly over the ramp-up; between steps each thinks for a random time in [THINK/2, 3*THINK/2]. Prints
 * p50/p95/p99 of every request's round trip and the errors (a non-200, a Vaadin error/resync/expiry, or an
 * answer without the expected figures). With JDBC_URL, a curator ({@link BenchCurator}) saves a figure every
 * few seconds meanwhile, so that pages are built again under load.
 * Usage: LoadBench BASE_URL USERS RAMP_SECONDS THINK_MILLIS LOOPS [JDBC_URL]
 */
public class LoadBench {

    public static void main(String[] args) throws Exception {
        var base = args[0];
        int users = Integer.parseInt(args[1]);
        int rampSeconds = Integer.parseInt(args[2]);
        int thinkMillis = Integer.parseInt(args[3]);
        int loops = Integer.parseInt(args[4]);
        var samples = new ArrayList<VaadinClient.Sample>();
        var completed = new AtomicInteger();
        var failures = new TreeMap<String, Integer>();
        var http = VaadinClient.httpClient();
        var curator = args.length > 5 ? BenchCurator.start(args[5], 5_000) : null;
        long start = System.nanoTime();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int user = 0; user < users; user++) {
                long delay = users == 1 ? 0 : TimeUnit.SECONDS.toMillis(rampSeconds) * user / (users - 1);
                executor.submit(() -> {
                    sleep(delay);
                    try {
                        journey(http, base, samples, thinkMillis, loops);
                        completed.incrementAndGet();
                    } catch (RuntimeException e) {
                        synchronized (failures) {
                            failures.merge(e.getMessage(), 1, Integer::sum);
                        }
                    }
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        var saves = curator == null ? "" : ", a curator's save every 5 s (%d saves)".formatted(curator.stop());
        report(samples, users, completed.get(), failures, seconds,
                "ramp-up %d s, think %d ms ±50 %%, %d loops of efficacy/safety/history/export/compare after sign-in%s"
                        .formatted(rampSeconds, thinkMillis, loops, saves));
    }

    /** One viewer's visit; the checks are the figures a viewer would see on each page. */
    static void journey(HttpClient http, String base, List<VaadinClient.Sample> samples, int thinkMillis, int loops) {
        var client = new VaadinClient(http, base, samples);
        client.signIn("viewer", "viewer-demo");
        for (int loop = 0; loop < loops; loop++) {
            think(thinkMillis);
            client.load("efficacy", "efficacy", body -> body.contains("Hazard ratios"));
            think(thinkMillis);
            client.navigate("safety", "client", "safety (side nav)", body -> body.contains("68.3"));
            think(thinkMillis);
            var history = client.node("aria-label", label -> label.startsWith("History of"));
            client.download(label -> label.startsWith("Export CSV"), "safety export (CSV)", body -> body.contains("68.3"));
            think(thinkMillis);
            client.click(history, "history popup", body -> body.contains(BenchDb.HISTORY_REASON));
            think(thinkMillis);
            client.navigate("compare", "trial=NCT03786094", "client", "compare (side nav)",
                    body -> body.contains("Figures line up only where"));
        }
    }

    static void report(List<VaadinClient.Sample> samples, int users, int completed, Map<String, Integer> failures,
                       double seconds, String shape) {
        var errors = samples.stream().filter(s -> s.error() != null).count();
        System.out.printf("users %d (%s): %d requests in %.1f s (%.0f/s), errors %d, journeys completed %d/%d%n",
                users, shape, samples.size(), seconds, samples.size() / seconds, errors, completed, users);
        System.out.printf("  %-34s %6s %8s %8s %8s %8s%n", "request", "count", "p50 ms", "p95 ms", "p99 ms", "max ms");
        var byStep = samples.stream().collect(Collectors.groupingBy(s -> s.step().replaceAll("\\s*\\(grid confirm\\)", " (confirm)"),
                TreeMap::new, Collectors.toList()));
        byStep.forEach((step, list) -> line(step, list));
        line("ALL", samples);
        line("ALL but sign-in", samples.stream().filter(s -> !s.step().startsWith("sign in")).toList());
        failures.forEach((message, count) -> System.out.printf("  failed journeys: %d × %s%n", count, message));
        var all = percentiles(samples);
        System.out.printf("RESULT users=%d p50=%.0f p95=%.0f p99=%.0f errors=%d requests=%d completed=%d%n",
                users, all[0], all[1], all[2], errors, samples.size(), completed);
    }

    private static void line(String step, List<VaadinClient.Sample> list) {
        var p = percentiles(list);
        System.out.printf("  %-34s %6d %8.1f %8.1f %8.1f %8.1f%n", step, list.size(), p[0], p[1], p[2], p[3]);
    }

    /** p50, p95, p99 and max in milliseconds (nearest rank). */
    static double[] percentiles(List<VaadinClient.Sample> list) {
        var millis = list.stream().mapToDouble(s -> s.nanos() / 1e6).sorted().toArray();
        if (millis.length == 0) {
            return new double[4];
        }
        return new double[]{rank(millis, 50), rank(millis, 95), rank(millis, 99), millis[millis.length - 1]};
    }

    static double rank(double[] sorted, int percent) {
        return sorted[Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private static void think(int millis) {
        sleep(millis / 2 + ThreadLocalRandom.current().nextInt(Math.max(1, millis + 1)));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
