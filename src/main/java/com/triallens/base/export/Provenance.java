package com.triallens.base.export;

import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Where an export comes from: its trial (none for app-wide lists), when it was made (UTC) and by whom. */
public record Provenance(String trial, Instant generatedAt, String user) {

    static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    /** Made now by the signed-in user; {@code trial} may be null. */
    public static Provenance now(String trial) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return new Provenance(trial, Instant.now().truncatedTo(ChronoUnit.SECONDS),
                authentication == null ? "unknown" : authentication.getName());
    }

    String generatedAtText() {
        return UTC.format(generatedAt);
    }
}
