package com.triallens;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.metrics.StartupStep;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        var app = new SpringApplication(Application.class);
        StartupReport.install(app, Integer.getInteger("triallens.startup-report", 0));
        app.run(args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/triallens.svg", "any");
    }

    /**
     * With {@code -Dtriallens.startup-report=N} (a JVM option, off by default) Spring records its start-up steps
     * (bean creation, configuration class parsing, context refresh) and, once the app is ready, logs the N steps
     * that took longest by their own time (their duration less that of the steps inside them) and by their whole
     * duration. For measuring start-up (bench/README.md, "Cold start"); recording costs a little itself.
     */
    static final class StartupReport implements ApplicationListener<ApplicationReadyEvent> {

        private final BufferingApplicationStartup startup;
        private final int top;

        private StartupReport(BufferingApplicationStartup startup, int top) {
            this.startup = startup;
            this.top = top;
        }

        static void install(SpringApplication app, int top) {
            if (top > 0) {
                var startup = new BufferingApplicationStartup(20_000);
                app.setApplicationStartup(startup);
                app.addListeners(new StartupReport(startup, top));
            }
        }

        @Override
        public void onApplicationEvent(ApplicationReadyEvent event) {
            List<TimelineEvent> events = startup.getBufferedTimeline().getEvents();
            Map<Long, Long> childrenNanos = new HashMap<>();
            for (var e : events) {
                var parent = e.getStartupStep().getParentId();
                if (parent != null) {
                    childrenNanos.merge(parent, e.getDuration().toNanos(), Long::sum);
                }
            }
            var log = LoggerFactory.getLogger(StartupReport.class);
            log.info("Start-up steps recorded: {}; top {} by own time (ms own / ms in all):", events.size(), top);
            events.stream()
                    .sorted(Comparator.comparingLong((TimelineEvent e) -> ownNanos(e, childrenNanos)).reversed())
                    .limit(top)
                    .forEach(e -> log.info("  {} / {}  {}", ownNanos(e, childrenNanos) / 1_000_000,
                            e.getDuration().toMillis(), describe(e.getStartupStep())));
            log.info("Top {} by whole duration (ms):", top);
            events.stream()
                    .sorted(Comparator.comparing(TimelineEvent::getDuration).reversed())
                    .limit(top)
                    .forEach(e -> log.info("  {}  {}", e.getDuration().toMillis(), describe(e.getStartupStep())));
        }

        private static long ownNanos(TimelineEvent e, Map<Long, Long> childrenNanos) {
            return e.getDuration().toNanos() - childrenNanos.getOrDefault(e.getStartupStep().getId(), 0L);
        }

        private static String describe(StartupStep step) {
            return step.getName() + " " + StreamSupport.stream(step.getTags().spliterator(), false)
                    .map(tag -> tag.getKey() + "=" + tag.getValue()).collect(Collectors.joining(", "));
        }
    }
}
