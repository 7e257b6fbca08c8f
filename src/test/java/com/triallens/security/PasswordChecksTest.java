package com.triallens.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordChecksTest {

    /** A stand-in for bcrypt that records how many checks run at once and holds each until released. */
    private static final class SlowHashing implements PasswordEncoder {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public String encode(CharSequence rawPassword) {
            return "{x}" + rawPassword;
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return encodedPassword.equals("{x}" + rawPassword);
        }
    }

    @Test
    void no_more_passwords_are_checked_at_once_than_allowed_and_the_others_wait_their_turn() throws Exception {
        var hashing = new SlowHashing();
        var checks = new PasswordChecks(hashing, 2, 10_000);
        var pool = Executors.newFixedThreadPool(6);
        try {
            var answers = new ArrayList<Future<Boolean>>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> checks.matches("secret", "{x}secret")));
            }
            Thread.sleep(200);
            assertThat(hashing.running).hasValue(2);
            hashing.release.countDown();
            for (var answer : answers) {
                assertThat(answer.get(5, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(hashing.mostAtOnce).hasValue(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_sign_in_that_waited_too_long_is_refused_as_busy_not_as_a_wrong_password() throws Exception {
        var hashing = new SlowHashing();
        var checks = new PasswordChecks(hashing, 1, 100);
        var pool = Executors.newSingleThreadExecutor();
        try {
            var first = pool.submit(() -> checks.matches("secret", "{x}secret"));
            Thread.sleep(100);
            assertThatThrownBy(() -> checks.matches("secret", "{x}secret"))
                    .isInstanceOf(AuthenticationServiceException.class).hasMessageContaining("busy");
            hashing.release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }
}
