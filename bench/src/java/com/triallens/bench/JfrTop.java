package com.triallens.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * The profile's top costs from a JFR recording, streamed (a recording of a load run is too big for
 * {@code jfr print}). Each CPU sample goes to its owner: the frame nearest the leaf that belongs to
 * bcrypt, TrialLens (by class), Vaadin (by package), Spring Security, Spring Data JDBC, Tomcat or the
 * database driver; libraries such as Jackson and the JDK count for whoever called them.
 * Also prints the JVM's and the machine's CPU use over the window, and the time the JIT compilers and the
 * garbage collector took in it (a run that meets a fresh JVM spends much of its CPU compiling).
 * Usage: JfrTop FILE [from-epoch-ms to-epoch-ms] [top-n]
 */
public final class JfrTop {

    private record Owner(String prefix, String label, boolean byClass) {
    }

    private static final List<Owner> OWNERS = List.of(
            new Owner("org.springframework.security.crypto.bcrypt.", "bcrypt (password checks)", false),
            new Owner("com.triallens.", "TrialLens ", true),
            new Owner("com.vaadin.", "Vaadin ", false),
            new Owner("org.springframework.security.", "Spring Security", false),
            new Owner("org.springframework.jdbc.", "Spring JDBC / Data JDBC", false),
            new Owner("org.springframework.data.", "Spring JDBC / Data JDBC", false),
            new Owner("org.h2.", "database driver (H2)", false),
            new Owner("org.postgresql.", "database driver (PostgreSQL)", false),
            new Owner("com.zaxxer.hikari.", "connection pool", false),
            new Owner("org.apache.catalina.", "Tomcat", false),
            new Owner("org.apache.coyote.", "Tomcat", false),
            new Owner("org.apache.tomcat.", "Tomcat", false),
            new Owner("org.springframework.boot.loader.", "jar loader (resource and class lookups)", false),
            new Owner("org.springframework.aop.", "Spring proxies and transactions", false),
            new Owner("org.springframework.transaction.", "Spring proxies and transactions", false),
            new Owner("org.springframework.", "Spring (other)", false));

    private static final String OTHER = "other (JDK, libraries without a known caller)";

    private JfrTop() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Instant from = args.length > 2 ? Instant.ofEpochMilli(Long.parseLong(args[1])) : Instant.MIN;
        Instant to = args.length > 2 ? Instant.ofEpochMilli(Long.parseLong(args[2])) : Instant.MAX;
        int top = args.length > 3 ? Integer.parseInt(args[3]) : args.length == 2 ? Integer.parseInt(args[1]) : 12;
        Map<String, Integer> owners = new HashMap<>();
        Map<String, Integer> ownerMethods = new HashMap<>();
        Map<String, Integer> leaves = new HashMap<>();
        int samples = 0;
        double jvm = 0;
        double machine = 0;
        int loads = 0;
        double compileFirst = -1;
        double compileLast = 0;
        double gc = 0;
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (event.getStartTime().isBefore(from) || event.getStartTime().isAfter(to)) {
                    continue;
                }
                switch (event.getEventType().getName()) {
                    case "jdk.ExecutionSample" -> {
                        if (event.getStackTrace() == null) {
                            continue;
                        }
                        List<RecordedFrame> frames = event.getStackTrace().getFrames();
                        samples++;
                        owners.merge(owner(frames), 1, Integer::sum);
                        ownerMethods.merge(ownerMethod(frames), 1, Integer::sum);
                        if (!frames.isEmpty()) {
                            leaves.merge(name(frames.getFirst()), 1, Integer::sum);
                        }
                    }
                    case "jdk.CPULoad" -> {
                        jvm += event.getFloat("jvmUser") + event.getFloat("jvmSystem");
                        machine += event.getFloat("machineTotal");
                        loads++;
                    }
                    case "jdk.CompilerStatistics" -> {
                        compileLast = event.getDuration("totalTimeSpent").toMillis() / 1000.0;
                        compileFirst = compileFirst < 0 ? compileLast : compileFirst;
                    }
                    case "jdk.GCCPUTime" -> gc += (event.getLong("userTime") + event.getLong("systemTime")) / 1e9;
                    default -> {
                    }
                }
            }
        }
        System.out.printf("%d CPU samples; the JVM used %.0f %% of the machine's CPU, the machine %.0f %% in all%n",
                samples, loads == 0 ? 0 : 100 * jvm / loads, loads == 0 ? 0 : 100 * machine / loads);
        System.out.printf("JIT compilers' time in the window %.1f s, the garbage collector's CPU %.1f s%n",
                Math.max(0, compileLast - compileFirst), gc);
        print("owner (frame nearest the leaf in a known layer)", owners, samples, top);
        print("owner method", ownerMethods, samples, top);
        print("leaf method (self time)", leaves, samples, top);
    }

    private static String owner(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            for (Owner owner : OWNERS) {
                if (type.startsWith(owner.prefix())) {
                    return owner.byClass() ? owner.label() + simpleName(type)
                            : owner.label().endsWith(" ") ? owner.label() + packageOf(type) : owner.label();
                }
            }
        }
        return OTHER;
    }

    private static String ownerMethod(List<RecordedFrame> frames) {
        return frames.stream()
                .filter(f -> OWNERS.stream().anyMatch(o -> f.getMethod().getType().getName().startsWith(o.prefix())))
                .findFirst().map(JfrTop::name).orElse(OTHER);
    }

    private static String name(RecordedFrame frame) {
        return simpleName(frame.getMethod().getType().getName()) + "." + frame.getMethod().getName();
    }

    private static String simpleName(String type) {
        String simple = type.substring(type.lastIndexOf('.') + 1);
        int nested = simple.indexOf('$');
        return nested > 0 ? simple.substring(0, nested) : simple;
    }

    private static String packageOf(String type) {
        return type.substring(0, type.lastIndexOf('.')).replace("com.vaadin.flow.", "");
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int top) {
        System.out.println("top " + top + " by " + title + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf("  %5.1f %%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
    }
}
