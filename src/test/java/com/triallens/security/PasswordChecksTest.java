package com.triallens.security;

import com.triallens.base.web.HeldWork;
import com.triallens.base.web.RequestAdmission;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.triallens.base.web.CountedRequests.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordChecksTest {

    private static final RequestAdmission NO_BOUND = new RequestAdmission(100, Duration.ofSeconds(1));

    /** A stand-in for bcrypt that records how many checks run at once and holds each until released. */
    private static final class SlowHashing implements PasswordEncoder {
        final HeldWork work = new HeldWork();

        @Override
        public String encode(CharSequence rawPassword) {
            return "{x}" + rawPassword;
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            work.run();
            return encodedPassword.equals("{x}" + rawPassword);
        }
    }

    @Test
    void no_more_passwords_are_checked_at_once_than_allowed_and_the_others_wait_their_turn() throws Exception {
        var hashing = new SlowHashing();
        var checks = new PasswordChecks(hashing, 2, 10_000, NO_BOUND);
        var pool = Executors.newFixedThreadPool(6);
        try {
            var answers = new ArrayList<Future<Boolean>>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> checks.matches("secret", "{x}secret")));
            }
            Thread.sleep(200);
            assertThat(hashing.work.running()).isEqualTo(2);
            hashing.work.release();
            for (var answer : answers) {
                assertThat(answer.get(5, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(hashing.work.mostAtOnce()).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_sign_in_that_waited_too_long_is_refused_as_busy_not_as_a_wrong_password() throws Exception {
        var hashing = new SlowHashing();
        var checks = new PasswordChecks(hashing, 1, 100, NO_BOUND);
        var pool = Executors.newSingleThreadExecutor();
        try {
            var first = pool.submit(() -> checks.matches("secret", "{x}secret"));
            Thread.sleep(100);
            assertThatThrownBy(() -> checks.matches("secret", "{x}secret"))
                    .isInstanceOf(AuthenticationServiceException.class).hasMessageContaining("busy");
            hashing.work.release();
            assertThat(first.get(5, TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_sign_in_waiting_for_its_password_check_leaves_its_request_turn_to_others() throws Exception {
        var requests = new RequestAdmission(1, Duration.ofSeconds(5));
        var hashing = new SlowHashing();
        var checks = new PasswordChecks(hashing, 1, 10_000, requests);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var signIn = pool.submit(() -> send(requests, "POST", "/login", () -> checks.matches("secret", "{x}secret")));
            Thread.sleep(200);
            assertThat(hashing.work.running()).isEqualTo(1);
            var page = pool.submit(() -> send(requests, "GET", "/efficacy", () -> { }));
            assertThat(page.get(2, TimeUnit.SECONDS).getStatus()).as("a page while the sign-in's password is checked")
                    .isEqualTo(200);
            hashing.work.release();
            assertThat(signIn.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
            assertThat(hashing.work.mostAtOnce()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
