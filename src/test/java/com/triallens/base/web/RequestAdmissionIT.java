package com.triallens.base.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static com.triallens.base.web.CountedRequests.send;
import static org.assertj.core.api.Assertions.assertThat;

/** The bound sits in front of everything the server answers, sign-in included, except the probes and static files. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"triallens.requests-at-once=1", "triallens.requests-max-wait=300ms"})
class RequestAdmissionIT {

    @LocalServerPort int port;
    @Autowired RequestAdmission admission;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void while_every_turn_is_taken_pages_answer_busy_and_the_probes_still_answer() throws Exception {
        assertThat(admission.atOnce()).isEqualTo(1);
        var held = new HeldWork();
        var holder = Executors.newSingleThreadExecutor();
        try {
            holder.submit(() -> send(admission, "GET", "/efficacy", held));
            Thread.sleep(200);
            assertThat(held.running()).isEqualTo(1);

            var page = get("/efficacy");
            assertThat(page.statusCode()).as("answered before Spring Security sends it to sign in").isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(get("/login").statusCode()).isEqualTo(503);
            assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
            assertThat(get("/styles.css").statusCode()).isEqualTo(200);

            held.release();
            holder.shutdown();
            assertThat(holder.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
            assertThat(get("/login").statusCode()).isEqualTo(200);
        } finally {
            held.release();
            holder.shutdownNow();
        }
    }
}
