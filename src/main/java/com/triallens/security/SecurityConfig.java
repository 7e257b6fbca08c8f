package com.triallens.security;

import com.triallens.base.web.RequestAdmission;
import com.triallens.base.web.StaticFiles;
import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.DispatcherType;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;


/** Every page needs a signed-in user, except the health probes; views and writing service methods say which role. */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /**
     * Vaadin (with its ECharts web component) needs inline scripts and styles, {@code eval} for
     * {@code executeJs}, and data/blob images; nothing is loaded from or sent to another origin, and no
     * other site may frame a page. No push: the client talks to the server over same-origin requests only.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests, SignInThrottle throttle,
                                            JdbcClient jdbc) throws Exception {
        // accounts (issue 12): throttled sign-ins are refused unchecked; revoked sessions end on their next request
        // the login page named here too: a form login configured without it gets Spring's generated page
        http.formLogin(form -> form.loginPage("/login").failureHandler(throttle.failureHandler()))
                .addFilterBefore(throttle.filter(), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SessionRevocationFilter(jdbc), AnonymousAuthenticationFilter.class);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles.css", "/icons/**", "/triallens/**").permitAll()
                // probes for load balancers; every other actuator path needs a signed-in user (and none is exposed)
                .requestMatchers("/actuator/health/liveness", "/actuator/health/readiness").permitAll()
                .requestMatchers("/actuator/**").denyAll()
                // the error page of a refused request (a login post without its CSRF token answers 403, not a sign-in form)
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll());
        http.headers(SecurityConfig::securityHeaders);
        // Vaadin's own CSRF set-up exempts its internal requests (they carry Vaadin's own token) and also the
        // login form's post, which lets another site sign a browser in (login CSRF). Only the former stay exempt:
        // the login form posts the token from the page's _csrf meta tags.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView("/login")
                .enableCsrfConfiguration(false)
                // a signed-in user's unknown address reaches Vaadin's router, which answers 404 in the app frame
                // (denyAll, Vaadin's default, answered a bare 403); anonymous users are still sent to sign in
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated)).build();
    }

    /**
     * The headers go on every response, pages included. They are written before the request is handled
     * ("eagerly"): Vaadin forwards a page request to its servlet, which commits the response past Spring
     * Security's wrapper, so headers written at commit never reached a page. HSTS is sent on https requests only.
     */
    private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin)
                .cacheControl(HeadersConfigurer.CacheControlConfig::disable)
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(staticFiles()), new CacheControlHeadersWriter()))
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                });
    }

    private static RequestMatcher staticFiles() {
        var paths = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(StaticFiles.PATHS.stream()
                .map(path -> (RequestMatcher) paths.matcher(HttpMethod.GET, path)).toList());
    }

    /**
     * bcrypt (cost 10), with the {id} prefix that lets the hashing scheme change later without a migration; at most
     * {@code triallens.sign-in.checks-at-once} passwords hashed at once (default: one per core; with half the cores,
     * on 2 cores, the one hashing thread got only its share among the page threads and a wave of sign-ins queued for
     * seconds, while the pages were no faster: bench/README.md, "Load"). A sign-in gives its request's turn back
     * ({@link RequestAdmission}) while it waits for its check and hashes.
     */
    @Bean
    PasswordEncoder passwordEncoder(
            @Value("${triallens.sign-in.checks-at-once:0}") int atOnce,
            @Value("${triallens.sign-in.max-wait:20s}") java.time.Duration maxWait, RequestAdmission admission) {
        var permits = atOnce > 0 ? atOnce : Runtime.getRuntime().availableProcessors();
        return new PasswordChecks(PasswordEncoderFactories.createDelegatingPasswordEncoder(), permits,
                maxWait.toMillis(), admission);
    }
}
