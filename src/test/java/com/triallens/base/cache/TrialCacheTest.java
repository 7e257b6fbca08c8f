package com.triallens.base.cache;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrialCacheTest {

    /** Records each read-only transaction the cache opens. */
    private final AtomicInteger readOnlyTransactions = new AtomicInteger();
    private final PlatformTransactionManager transactions = new PlatformTransactionManager() {
        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            if (definition != null && definition.isReadOnly()) {
                readOnlyTransactions.incrementAndGet();
            }
            return new SimpleTransactionStatus();
        }

        @Override
        public void commit(TransactionStatus status) {
        }

        @Override
        public void rollback(TransactionStatus status) {
        }
    };
    private final TrialCache<String> cache = new TrialCache<>(transactions, 2);
    private final AtomicInteger builds = new AtomicInteger();

    private String build(String value) {
        builds.incrementAndGet();
        return value;
    }

    @Test
    void a_trial_is_built_once_per_revision_in_a_read_only_transaction() {
        assertThat(cache.get(1, 5, () -> build("at 5"))).isEqualTo("at 5");
        assertThat(cache.get(1, 5, () -> build("again"))).isEqualTo("at 5");
        assertThat(cache.get(1, 6, () -> build("at 6"))).isEqualTo("at 6");
        assertThat(builds).hasValue(2);
        assertThat(readOnlyTransactions).hasValue(2);
    }

    @Test
    void a_revision_other_than_the_kept_one_is_built_again_even_an_earlier_one() {
        cache.get(1, 6, () -> build("at 6"));
        // A rolled-back change can leave a revision that is lower than one seen before.
        assertThat(cache.get(1, 5, () -> build("at 5"))).isEqualTo("at 5");
        assertThat(builds).hasValue(2);
    }

    @Test
    void viewers_asking_at_once_wait_for_one_build() throws Exception {
        var started = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(8);
        try {
            var answers = new ArrayList<Future<String>>();
            answers.add(pool.submit(() -> cache.get(1, 1, () -> {
                started.countDown();
                await(release);
                return build("built once");
            })));
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 7; i++) {
                answers.add(pool.submit(() -> cache.get(1, 1, () -> build("built twice"))));
            }
            Thread.sleep(100);
            release.countDown();
            for (var answer : answers) {
                assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo("built once");
            }
            assertThat(builds).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_failed_build_is_not_kept() {
        assertThatThrownBy(() -> cache.get(1, 1, () -> {
            throw new IllegalStateException("database away");
        })).isInstanceOf(IllegalStateException.class).hasMessage("database away");
        assertThat(cache.get(1, 1, () -> build("built"))).isEqualTo("built");
    }

    @Test
    void inside_a_transaction_that_writes_nothing_is_kept_or_reused() {
        cache.get(1, 1, () -> build("committed"));
        TransactionSynchronizationManager.setActualTransactionActive(true);
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(false);
        try {
            assertThat(cache.get(1, 1, () -> build("uncommitted"))).isEqualTo("uncommitted");
            assertThat(cache.get(2, 1, () -> build("uncommitted 2"))).isEqualTo("uncommitted 2");
        } finally {
            TransactionSynchronizationManager.setActualTransactionActive(false);
        }
        assertThat(cache.get(1, 1, () -> build("again"))).isEqualTo("committed");
        assertThat(cache.get(2, 1, () -> build("committed 2"))).isEqualTo("committed 2");
    }

    @Test
    void beyond_its_capacity_the_least_recently_viewed_trial_is_dropped() {
        cache.get(1, 1, () -> build("one"));
        cache.get(2, 1, () -> build("two"));
        cache.get(1, 1, () -> build("one again"));
        cache.get(3, 1, () -> build("three"));
        assertThat(cache.get(1, 1, () -> build("one rebuilt"))).isEqualTo("one");
        assertThat(cache.get(2, 1, () -> build("two rebuilt"))).isEqualTo("two rebuilt");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
