package com.triallens.security;

import com.triallens.security.SignIn.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Every sign-in attempt, in table {@code sign_in} and in the log, and the throttle built on it: after
 * {@value #ACCOUNT_LIMIT} failures for one typed user name since its last sign-in, or {@value #ADDRESS_LIMIT} from
 * one address, within {@link #WINDOW}, further attempts for that name or from that address are refused without
 * checking the password until the oldest of those failures is {@link #WINDOW} old. The name counts whether or not
 * such an account exists, so the refusal tells nothing about which accounts exist.
 */
@Component
class SignInLog {

    static final int ACCOUNT_LIMIT = 5;
    static final int ADDRESS_LIMIT = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** The columns' widths: longer names typed are cut (they are not accounts: user names have at most 60). */
    private static final int MAX_TEXT = 60;
    private static final String FAILURES = "outcome in ('FAILED', 'DISABLED')";

    private static final Logger log = LoggerFactory.getLogger(SignInLog.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.clock = Clock.systemUTC();
    }

    void record(String username, String address, Outcome outcome) {
        var name = cut(username);
        var from = cut(address);
        jdbc.sql("insert into sign_in (signed_at, username, address, outcome) values (:at, :username, :address, :outcome)")
                .param("at", timestamp(Instant.now(clock))).param("username", name).param("address", from)
                .param("outcome", outcome.name()).update();
        if (outcome == Outcome.SIGNED_IN) {
            log.info("Sign-in: {} from {}", name, from);
        } else {
            log.warn("Sign-in refused ({}): {} from {}", outcome.words(), name, from);
        }
    }

    /** How long sign-ins for this typed name from this address stay refused, or empty when they may be tried. */
    Optional<Duration> refusedFor(String username, String address) {
        var now = Instant.now(clock);
        var windowStart = now.minus(WINDOW);
        var name = cut(username);
        var lastSignIn = jdbc.sql("select max(signed_at) from sign_in where username = :username and outcome = 'SIGNED_IN'")
                .param("username", name).query(Timestamp.class).optional().map(SignInLog::instant)
                .filter(windowStart::isBefore).orElse(windowStart);
        var ends = List.of(lockEnd("username", name, lastSignIn, ACCOUNT_LIMIT),
                lockEnd("address", cut(address), windowStart, ADDRESS_LIMIT));
        return ends.stream().flatMap(Optional::stream).max(Instant::compareTo)
                .map(end -> Duration.between(now, end)).filter(left -> left.isPositive());
    }

    /** When the failures for this key since {@code since} drop below {@code limit}: the limit-th newest ages out. */
    private Optional<Instant> lockEnd(String column, String key, Instant since, int limit) {
        return jdbc.sql("select signed_at from sign_in where " + column + " = :key and " + FAILURES
                        + " and signed_at > :since order by signed_at desc, id desc offset " + (limit - 1)
                        + " rows fetch first 1 rows only")
                .param("key", key).param("since", timestamp(since)).query(Timestamp.class).optional()
                .map(at -> instant(at).plus(WINDOW));
    }

    List<SignIn> newestFirst(int offset, int limit) {
        return jdbc.sql("select signed_at, username, address, outcome from sign_in order by signed_at desc, id desc"
                        + " offset :offset rows fetch first :limit rows only")
                .param("offset", offset).param("limit", limit)
                .query((row, n) -> new SignIn(instant(row.getTimestamp(1)), row.getString(2), row.getString(3),
                        Outcome.valueOf(row.getString(4))))
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from sign_in").query(Long.class).single();
    }

    private static String cut(String text) {
        var value = text == null ? "" : text.trim();
        return value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value;
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
