package com.triallens.base.cache;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * What pages build from one trial's stored content (its tables and histories), kept per trial for as long as the
 * trial's content revision is the one it was built at: every change to the trial raises the revision in the
 * change's own transaction, so a committed change shows on the next page view, on every instance.
 * <p>
 * However many viewers ask at once, one of them builds and the others wait for it. The value is built in a read-only
 * transaction, so from committed data only, and must not depend on who asks. Inside a transaction that writes,
 * nothing is kept or reused: what it reads may yet be rolled back. The least recently used trial is dropped
 * beyond {@code capacity} trials.
 */
public final class TrialCache<V> {

    private record Kept<V>(long revision, FutureTask<V> value) {
    }

    private final TransactionTemplate readOnly;
    private final Map<Long, Kept<V>> entries;

    public TrialCache(PlatformTransactionManager transactions, int capacity) {
        readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Kept<V>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value for the trial at {@code revision}: the kept one, or {@code build}'s, kept from now on. */
    public V get(long trialId, long revision, Supplier<V> build) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return build.get();
        }
        Kept<V> entry;
        boolean building = false;
        synchronized (entries) {
            entry = entries.get(trialId);
            if (entry == null || entry.revision() != revision) {
                entry = new Kept<>(revision, new FutureTask<>(() -> readOnly.execute(status -> build.get())));
                entries.put(trialId, entry);
                building = true;
            }
        }
        if (building) {
            entry.value().run();
        }
        try {
            return entry.value().get();
        } catch (ExecutionException e) {
            synchronized (entries) {
                entries.remove(trialId, entry);
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while another request built this page", e);
        }
    }
}
