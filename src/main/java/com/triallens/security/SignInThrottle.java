package com.triallens.security;

import com.triallens.security.SignIn.Outcome;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;

/**
 * The login form's throttle and log. Spring Security publishes an event for each checked sign-in; this records it in
 * {@link SignInLog}. A sign-in posted while its name or address is throttled is refused before the password is
 * checked ({@link #filter()}), and a failure that reaches the limit already answers as throttled
 * ({@link #failureHandler()}): the login page then reads "Too many failed sign-ins; try again in N minutes".
 */
@Component
class SignInThrottle {

    /** The login page's query parameter that carries the minutes left. */
    static final String REFUSED_PARAMETER = "throttled";
    /** The login page's query parameter for a sign-in refused unchecked because the server was too busy. */
    static final String BUSY_PARAMETER = "busy";
    private static final String LOGIN = "/login";

    private final SignInLog log;

    SignInThrottle(SignInLog log) {
        this.log = log;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        record(event.getAuthentication(), Outcome.SIGNED_IN);
    }

    @EventListener
    void refused(AbstractAuthenticationFailureEvent event) {
        record(event.getAuthentication(), switch (event) {
            case AuthenticationFailureDisabledEvent disabled -> Outcome.DISABLED;
            case AuthenticationFailureServiceExceptionEvent busy -> Outcome.BUSY;
            default -> Outcome.FAILED;
        });
    }

    private void record(Authentication authentication, Outcome outcome) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
            log.record(authentication.getName(), details.getRemoteAddress(), outcome);
        }
    }

    /** Refuses, unchecked, a sign-in posted for a throttled name or from a throttled address. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if ("POST".equals(request.getMethod())
                        && request.getRequestURI().equals(request.getContextPath() + LOGIN)) {
                    var username = request.getParameter("username");
                    var refused = log.refusedFor(username, request.getRemoteAddr());
                    if (refused.isPresent()) {
                        log.record(username, request.getRemoteAddr(), Outcome.THROTTLED);
                        sendToLogin(request, response, refused.get());
                        return;
                    }
                }
                chain.doFilter(request, response);
            }
        };
    }

    /** After a failed sign-in: the login page with the error, or with the throttle if this failure reached it. */
    AuthenticationFailureHandler failureHandler() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) -> {
            var refused = log.refusedFor(request.getParameter("username"), request.getRemoteAddr());
            if (refused.isPresent()) {
                sendToLogin(request, response, refused.get());
            } else if (failure instanceof AuthenticationServiceException) {
                response.sendRedirect(request.getContextPath() + LOGIN + "?" + BUSY_PARAMETER);
            } else {
                response.sendRedirect(request.getContextPath() + LOGIN + "?error");
            }
        };
    }

    private static void sendToLogin(HttpServletRequest request, HttpServletResponse response, Duration left)
            throws IOException {
        response.sendRedirect(request.getContextPath() + LOGIN + "?" + REFUSED_PARAMETER + "=" + minutes(left));
    }

    /** Whole minutes, rounded up: "try again in 15 minutes" right after the lock, never "in 0 minutes". */
    static long minutes(Duration left) {
        return Math.max(1, (left.toSeconds() + 59) / 60);
    }
}
