package com.triallens.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds how many requests run at once. Under overload, with hundreds of request threads on two cores, a request that
 * held one of the pool's connections got descheduled among all the others, and the requests waiting for a connection
 * ran out of the pool's wait and answered "Database not reachable" (bench/README.md, "Load, issue 13"). Here a request
 * waits for its turn before it starts, holding nothing, first come first served; the few that run finish quickly, each
 * with a connection free. One that waited {@code maxWait} is answered 503, busy, with Retry-After.
 * <p>
 * Not counted: the health probes (they must answer while the instance is busy) and the files that are the same for
 * everyone ({@link StaticFiles}; a slow network must not keep a turn while a bundle downloads). Work bounded on its
 * own, such as a password check, gives its turn back while it waits and runs ({@link #outside}).
 */
public final class RequestAdmission extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(RequestAdmission.class);
    private static final AntPathMatcher PATHS = new AntPathMatcher();
    private static final List<String> NOT_COUNTED = java.util.stream.Stream.concat(
            StaticFiles.PATHS.stream(), java.util.stream.Stream.of("/actuator/health/**")).toList();

    private final int atOnce;
    private final Semaphore turns;
    private final long maxWaitMillis;
    private final ThreadLocal<Boolean> holdsTurn = ThreadLocal.withInitial(() -> false);

    public RequestAdmission(int atOnce, Duration maxWait) {
        this.atOnce = atOnce;
        this.turns = new Semaphore(atOnce, true);
        this.maxWaitMillis = maxWait.toMillis();
    }

    public int atOnce() {
        return atOnce;
    }

    /** Requests waiting for a turn now. */
    public int waiting() {
        return turns.getQueueLength();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return NOT_COUNTED.stream().anyMatch(pattern -> PATHS.match(pattern, path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        if (!take()) {
            LOG.warn("Busy: {} {} waited {} ms for one of {} turns; answered 503", request.getMethod(),
                    request.getRequestURI(), (System.nanoTime() - start) / 1_000_000, atOnce);
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "5");
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("TrialLens is busy; try again in a moment.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            giveBack();
        }
    }

    /**
     * Runs {@code work} with this thread's turn given back, and takes a turn again afterwards (at the end of the
     * queue). Outside a counted request it just runs the work.
     *
     * @throws Busy when no turn came back within the wait
     */
    public <T> T outside(Supplier<T> work) {
        if (!holdsTurn.get()) {
            return work.get();
        }
        giveBack();
        try {
            return work.get();
        } finally {
            if (!take()) {
                throw new Busy();
            }
        }
    }

    private boolean take() {
        try {
            if (turns.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS)) {
                holdsTurn.set(true);
                return true;
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void giveBack() {
        if (holdsTurn.get()) {
            holdsTurn.set(false);
            turns.release();
        }
    }

    /** No turn came free within the wait. */
    public static final class Busy extends RuntimeException {
        Busy() {
            super("TrialLens is busy; try again in a moment.");
        }
    }
}
