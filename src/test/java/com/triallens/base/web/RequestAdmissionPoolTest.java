package com.triallens.base.web;

import com.triallens.base.db.Pools;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.springframework.mock.web.MockHttpServletResponse;

import static com.triallens.base.web.CountedRequests.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default bound keeps counted requests within the connection pool: however many arrive, a request waits for its
 * turn holding nothing, and never for a connection, which under overload ran out into "Database not reachable".
 */
@SpringBootTest
class RequestAdmissionPoolTest {

    @Autowired RequestAdmission admission;
    @Autowired DataSource dataSource;

    @Test
    void requests_beyond_the_bound_wait_for_a_turn_and_never_for_a_connection() throws Exception {
        var pool = Pools.hikari(dataSource).orElseThrow();
        assertThat(admission.atOnce()).isBetween(1, pool.getMaximumPoolSize() - 2);
        int requests = pool.getMaximumPoolSize() * 3;
        var release = new CountDownLatch(1);
        var holding = new CountDownLatch(admission.atOnce());
        var clients = Executors.newFixedThreadPool(requests);
        try {
            var answers = new ArrayList<Future<MockHttpServletResponse>>();
            for (int i = 0; i < requests; i++) {
                answers.add(clients.submit(() -> send(admission, "GET", "/efficacy", () -> {
                    try (var connection = dataSource.getConnection()) {
                        holding.countDown();
                        release.await(10, TimeUnit.SECONDS);
                    } catch (SQLException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                })));
            }
            assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(300);
            var connections = pool.getHikariPoolMXBean();
            assertThat(connections.getThreadsAwaitingConnection()).isZero();
            assertThat(admission.waiting()).isEqualTo(requests - admission.atOnce());
            release.countDown();
            for (var answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
            }
        } finally {
            release.countDown();
            clients.shutdownNow();
        }
    }
}
