package com.triallens.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Ends a signed-in session as soon as its account changed under it: on each request, the session's user is looked
 * up (one indexed read) and, if the account is gone, disabled, or its security version moved on (an admin changed
 * the role, disabled it or reset the password), the session is invalidated and the request goes on anonymous. A
 * page then redirects to the login page; a Vaadin request finds its session expired and the browser reloads into
 * the login page. Either way nothing more runs with the old role.
 */
final class SessionRevocationFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionRevocationFilter.class);

    private final JdbcClient jdbc;

    SessionRevocationFilter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user && revoked(user)) {
            log.info("Signed out {}: their account was disabled or changed since they signed in", user.getUsername());
            SecurityContextHolder.clearContext();
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether the account changed since sign-in. With the database away the check cannot be made; the request goes
     * on, since it can neither read nor write anything then, and the page says the database is not reachable.
     */
    private boolean revoked(SignedInUser user) {
        try {
            return storedVersionDiffers(user);
        } catch (org.springframework.dao.DataAccessException databaseAway) {
            log.warn("Could not check {}'s account (database not reachable): {}", user.getUsername(),
                    databaseAway.getMessage());
            return false;
        }
    }

    private boolean storedVersionDiffers(SignedInUser user) {
        return jdbc.sql("select security_version from app_user where username = :username and enabled = true")
                .param("username", user.getUsername()).query(Integer.class).optional()
                .map(version -> version != user.securityVersion()).orElse(true);
    }
}
