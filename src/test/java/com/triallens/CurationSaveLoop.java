package com.triallens;

import com.triallens.base.domain.EditConflictException;
import com.triallens.base.domain.Editable;
import com.triallens.base.domain.FigureEdit;
import com.triallens.base.domain.ReportedDecimal;
import com.triallens.base.domain.ResultStatus;
import com.triallens.efficacy.EfficacyService;
import com.triallens.safety.SafetyService;
import com.triallens.trial.TrialService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongFunction;

/**
 * Test-only program for {@link CrashRecoveryIT}: starts TrialLens (dev profile, the database given by the
 * Spring arguments) and saves curated figures through the services from several threads, as a curator,
 * until it is killed. Prints {@code SAVELOOP READY} once started, {@code SAVELOOP BEGIN entity id version}
 * before a save and {@code SAVELOOP SAVED entity id version} after its transaction committed
 * (version = the version the record has after the save).
 * <p>
 * Every save changes only the value, to {@link #valueAt} of the new version, so the audit trail of a
 * record must read valueAt(1), valueAt(2), ... valueAt(version): the check in the test relies on that.
 */
public final class CurationSaveLoop {

    static final String USER = "crash-curator";
    private static final int THREADS = 4;

    private CurationSaveLoop() {
    }

    /** The value a record gets when a save brings it to {@code version}: 0.015, 0.025, ... 89.995, then again. */
    static String valueAt(int version) {
        return BigDecimal.valueOf((version % 9000) * 10L + 5, 3).toPlainString();
    }

    private record Target(String entity, long id, LongFunction<Optional<Editable<FigureEdit>>> read, Saver save) {
    }

    @FunctionalInterface
    private interface Saver {
        void save(long id, int version, FigureEdit edit, String reason);
    }

    public static void main(String[] args) throws InterruptedException {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .profiles("dev").run(args);
        var efficacy = context.getBean(EfficacyService.class);
        var safety = context.getBean(SafetyService.class);
        var trial = context.getBean(TrialService.class).defaultTrial().orElseThrow().id();
        var targets = new ArrayList<Target>();
        efficacy.resultsForCuration(trial).stream().filter(CurationSaveLoop::changeable)
                .forEach(r -> targets.add(new Target(EfficacyService.RESULT, r.id(), efficacy::result, efficacy::updateResult)));
        safety.resultsForCuration(trial).stream().filter(CurationSaveLoop::changeable)
                .forEach(r -> targets.add(new Target(SafetyService.RESULT, r.id(), safety::result, safety::updateResult)));
        print("READY " + targets.size() + " records");
        var threads = new ArrayList<Thread>();
        for (int i = 0; i < THREADS; i++) {
            threads.add(Thread.ofPlatform().name("save-" + i).start(() -> saveForever(targets)));
        }
        for (var thread : threads) {
            thread.join();
        }
    }

    /** A reported figure whose text the first save really changes. */
    private static boolean changeable(Editable<FigureEdit> result) {
        var values = result.values();
        return values.status() == ResultStatus.REPORTED
                && !valueAt(result.version() + 1).equals(String.valueOf(values.value()));
    }

    private static void saveForever(List<Target> targets) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                USER, null, AuthorityUtils.createAuthorityList("ROLE_CURATOR", "ROLE_VIEWER")));
        var random = ThreadLocalRandom.current();
        while (true) {
            var target = targets.get(random.nextInt(targets.size()));
            var current = target.read().apply(target.id()).orElseThrow();
            var next = current.version() + 1;
            var values = current.values();
            var edit = new FigureEdit(values.status(), ReportedDecimal.parse(valueAt(next)), values.unit(),
                    values.participants());
            var record = target.entity() + " " + target.id() + " " + next;
            print("BEGIN " + record);
            try {
                target.save().save(target.id(), current.version(), edit, "Crash test save to version " + next);
                print("SAVED " + record);
            } catch (EditConflictException anotherThreadWasFirst) {
                print("CONFLICT " + record);
            }
        }
    }

    private static void print(String line) {
        synchronized (System.out) {
            System.out.println("SAVELOOP " + line);
            System.out.flush();
        }
    }
}
