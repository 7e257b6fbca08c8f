package com.triallens.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Retained heap per open session: the used heap of the app process after a full GC, with SESSIONS sessions
 * open, less the same with none (after one warm-up session), divided by SESSIONS. A TrialLens session is a
 * viewer at the end of the load test's journey (signed in, Efficacy loaded, Safety through the side
 * navigation, a history popup open); a hello-grid session has its grid page open.
 * Usage: HeapBench triallens|hello BASE_URL PID SESSIONS (jcmd from the same JDK)
 */
public class HeapBench {

    private static final Pattern USED = Pattern.compile("garbage-first heap\\s+total[^,]*, committed \\d+K, used (\\d+)K");

    public static void main(String[] args) throws Exception {
        var app = args[0];
        var base = args[1];
        var pid = args[2];
        int sessions = Integer.parseInt(args[3]);
        var samples = new ArrayList<VaadinClient.Sample>();
        var http = VaadinClient.httpClient();
        Runnable session = "hello".equals(app)
                ? () -> new VaadinClient(http, base, samples).load("", "grid", body -> body.contains("68.3"))
                : () -> LoadBench.journey(http, base, samples, 0, 1);
        session.run(); // warm-up: classes, caches and route registry are not per session
        long before = usedAfterGc(pid);
        var failed = new AtomicInteger();
        try (var executor = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < sessions; i++) {
                executor.submit(() -> {
                    try {
                        session.run();
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                    }
                });
            }
        }
        long errors = failed.get();
        long after = usedAfterGc(pid);
        double perSession = (after - before) / (double) sessions;
        System.out.printf("%s: used heap after GC %d KB with none open, %d KB with %d sessions open (errors %d): "
                        + "%.0f KB per session%n", app, before, after, sessions, errors, perSession);
        System.out.printf("RESULT app=%s sessions=%d kb_per_session=%.0f errors=%d%n", app, sessions, perSession, errors);
    }

    static long usedAfterGc(String pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        jcmd(pid, "GC.run");
        var info = jcmd(pid, "GC.heap_info");
        var used = USED.matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("no G1 used heap in: " + info);
        }
        return Long.parseLong(used.group(1));
    }

    private static String jcmd(String pid, String command) throws IOException, InterruptedException {
        var jcmd = System.getProperty("java.home") + "/bin/jcmd";
        var process = new ProcessBuilder(List.of(jcmd, pid, command)).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + ": " + output);
        }
        return output;
    }
}
