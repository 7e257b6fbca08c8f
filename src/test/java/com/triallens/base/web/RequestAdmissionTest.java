package com.triallens.base.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.mock.web.MockHttpServletResponse;

import static com.triallens.base.web.CountedRequests.send;
import static org.assertj.core.api.Assertions.assertThat;

class RequestAdmissionTest {

    private final ExecutorService clients = Executors.newFixedThreadPool(8);
    private final HeldWork held = new HeldWork();

    @AfterEach
    void stopClients() {
        held.release();
        clients.shutdownNow();
    }

    /** A request whose work runs until released. */
    private Future<MockHttpServletResponse> slow(RequestAdmission admission, String path) {
        return clients.submit(() -> send(admission, "GET", path, held));
    }

    @Test
    void no_more_requests_run_at_once_than_the_bound_and_the_others_run_after_them() throws Exception {
        var admission = new RequestAdmission(2, Duration.ofSeconds(10));
        var answers = new ArrayList<Future<MockHttpServletResponse>>();
        for (int i = 0; i < 6; i++) {
            answers.add(slow(admission, "/efficacy"));
        }
        Thread.sleep(300);
        assertThat(held.running()).isEqualTo(2);
        assertThat(admission.waiting()).isEqualTo(4);
        held.release();
        for (var answer : answers) {
            assertThat(answer.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        }
        assertThat(held.mostAtOnce()).isEqualTo(2);
    }

    @Test
    void a_request_that_waited_too_long_is_answered_busy_and_does_not_run() throws Exception {
        var admission = new RequestAdmission(1, Duration.ofMillis(200));
        var first = slow(admission, "/efficacy");
        Thread.sleep(100);
        var ran = new AtomicInteger();
        var busy = send(admission, "GET", "/safety", ran::incrementAndGet);
        assertThat(busy.getStatus()).isEqualTo(503);
        assertThat(busy.getHeader("Retry-After")).isEqualTo("5");
        assertThat(busy.getContentAsString()).contains("busy");
        assertThat(ran).hasValue(0);
        held.release();
        assertThat(first.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(send(admission, "GET", "/safety", ran::incrementAndGet).getStatus()).isEqualTo(200);
    }

    @Test
    void health_probes_and_static_files_answer_while_every_turn_is_taken() throws Exception {
        var admission = new RequestAdmission(1, Duration.ofMillis(200));
        var first = slow(admission, "/efficacy");
        Thread.sleep(100);
        for (var path : new String[] {"/actuator/health/readiness", "/VAADIN/build/bundle.js", "/icons/icon.png"}) {
            assertThat(send(admission, "GET", path, () -> { }).getStatus()).as(path).isEqualTo(200);
        }
        assertThat(send(admission, "GET", "/VAADIN/dynamic/resource/1/export.csv", () -> { }).getStatus())
                .as("an export is counted").isEqualTo(503);
        held.release();
        first.get(5, TimeUnit.SECONDS);
    }

    @Test
    void work_outside_the_bound_gives_the_turn_back_and_takes_it_again_after() throws Exception {
        var admission = new RequestAdmission(1, Duration.ofSeconds(5));
        var check = new HeldWork();
        var pagesRunningWhenResumed = new AtomicInteger(-1);
        var signIn = clients.submit(() -> send(admission, "POST", "/login", () -> {
            admission.outside(() -> {
                check.run();
                return null;
            });
            pagesRunningWhenResumed.set(held.running());
        }));
        Thread.sleep(100);
        assertThat(check.running()).isEqualTo(1);
        assertThat(send(admission, "GET", "/efficacy", () -> { }).getStatus()).isEqualTo(200);
        var page = slow(admission, "/safety");
        Thread.sleep(100);
        assertThat(held.running()).as("the page runs while the sign-in is outside").isEqualTo(1);
        check.release();
        Thread.sleep(100);
        assertThat(signIn.isDone()).as("the sign-in waits for its turn again").isFalse();
        held.release();
        assertThat(signIn.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(page.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(pagesRunningWhenResumed).as("the sign-in took a turn again only after the page").hasValue(0);
    }
}
