package com.triallens.security;

import com.triallens.Fortress;
import com.triallens.base.domain.FigureEdit;
import com.triallens.base.domain.InvalidEditException;
import com.triallens.base.domain.ReportedDecimal;
import com.triallens.base.domain.ResultStatus;
import com.triallens.efficacy.EfficacyService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Probes 1, 6 and 7 of issue 12 against the services and the real filter chain (MockMvc, signed in through the
 * login form): revocation of open sessions, password rules for every way a password is set, and the last admin.
 */
@SpringBootTest
@Transactional
class AccountsTest {

    /** A path the filter chain lets through whoever asks (permitAll), so that the service's own check decides. */
    private static final String SAVE = "/triallens/probe-save";

    @Autowired WebApplicationContext context;
    @Autowired UserService users;
    @Autowired AppUserRepository accounts;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired EfficacyService efficacy;
    MockMvc mvc;
    long figure;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity())
                .addFilter(this::curationSave, SAVE).build();
        figure = new Fortress(jdbc).measurement("Clinical benefit rate", Fortress.ERIBULIN);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /**
     * Stands in for a Vaadin request of an open Curation page, after the whole security filter chain: saves one
     * figure with the role the request's security context has, as the page's Save button does.
     */
    private void curationSave(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getParameter("value") == null) {
            chain.doFilter(request, response);
            return;
        }
        try {
            efficacy.updateResult(figure, Integer.parseInt(request.getParameter("version")), new FigureEdit(
                    ResultStatus.REPORTED, ReportedDecimal.parse(request.getParameter("value")), "%", null),
                    "New reference");
            response.getWriter().write("Saved: New reference");
        } catch (AccessDeniedException refused) {
            response.getWriter().write("Refused: " + refused.getMessage());
        }
    }

    private MockHttpSession signedIn(String username, String password) throws Exception {
        var result = mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("/login");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private MockHttpServletResponse save(MockHttpSession session, String value) throws Exception {
        var version = jdbc.sql("select version from result_measurement where id = :id").param("id", figure)
                .query(Integer.class).single();
        return mvc.perform(get(SAVE).session(session)
                .param("version", String.valueOf(version)).param("value", value)).andReturn().getResponse();
    }

    private String stored() {
        return jdbc.sql("select value_text from result_measurement where id = :id").param("id", figure)
                .query(String.class).single();
    }

    private void as(String username, Role role, Runnable action) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, role.authorities()));
        SecurityContextHolder.setContext(context);
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private long id(String username) {
        return accounts.findByUsername(username).orElseThrow().id;
    }

    private void probe1(Consumer<Long> adminChangesCurator) throws Exception {
        var curatorSession = signedIn(DemoUser.CURATOR.username(), DemoUser.CURATOR.password());
        var sessionContext = (SecurityContext) curatorSession.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(save(curatorSession, "20.1").getContentAsString()).isEqualTo("Saved: New reference");

        as("admin", Role.ADMIN, () -> adminChangesCurator.accept(id("curator")));

        assertThat(save(curatorSession, "20.2").getContentAsString()).as("the next request of the open session")
                .startsWith("Refused: Access Denied");
        assertThat(curatorSession.isInvalid()).as("the open session is signed out").isTrue();
        assertThat(stored()).isEqualTo("20.1");
        assertThat(mvc.perform(get("/curation").session(curatorSession)).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/login");
        assertThat(sessionContext.getAuthentication().getName()).isEqualTo("curator");
    }

    @Test
    void probe_1_demoting_a_curator_ends_their_open_session_and_its_next_save_is_refused() throws Exception {
        probe1(id -> users.setRole(id, Role.VIEWER, "Moved to reading only"));
        // signed in again, the demoted user has the new role at once: the service refuses the save
        var viewerSession = signedIn(DemoUser.CURATOR.username(), DemoUser.CURATOR.password());
        SecurityContextHolder.setContext((SecurityContext) viewerSession.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY));
        assertThatThrownBy(() -> efficacy.updateResult(figure, 1, new FigureEdit(ResultStatus.REPORTED,
                ReportedDecimal.parse("20.3"), "%", null), "Viewer tries")).isInstanceOf(AccessDeniedException.class);
        assertThat(stored()).isEqualTo("20.1");
    }

    @Test
    void probe_1_disabling_a_curator_ends_their_open_session_and_they_cannot_sign_in_again() throws Exception {
        probe1(id -> users.setEnabled(id, false, "Left the company"));
        var again = mvc.perform(post("/login").param("username", "curator").param("password", "curator-demo")
                .with(csrf())).andReturn().getResponse();
        assertThat(again.getRedirectedUrl()).contains("/login?");
    }

    @Test
    void probe_1_resetting_a_curators_password_ends_their_open_session() throws Exception {
        probe1(id -> users.resetPassword(id, "larch otter quay violet", "Password was shared"));
    }

    @Test
    void a_session_of_an_unchanged_account_goes_on_saving() throws Exception {
        var curatorSession = signedIn(DemoUser.CURATOR.username(), DemoUser.CURATOR.password());
        as("admin", Role.ADMIN, () -> users.setRole(id("viewer"), Role.CURATOR, "Other user promoted"));
        assertThat(save(curatorSession, "20.1").getContentAsString()).isEqualTo("Saved: New reference");
        assertThat(save(curatorSession, "20.2").getContentAsString()).isEqualTo("Saved: New reference");
        assertThat(stored()).isEqualTo("20.2");
    }

    @Test
    void probe_6_weak_passwords_are_refused_when_an_admin_creates_a_user_or_resets_a_password() {
        as("admin", Role.ADMIN, () -> {
            for (var weak : List.of("12345678", "aaaaaaaa", "weak3weak3", "weak3-password-weak3", "password1234")) {
                assertThatThrownBy(() -> users.create("weak3", "Weak Three", Role.VIEWER, weak, "Probe 6"))
                        .as(weak).isInstanceOfSatisfying(InvalidEditException.class, refused ->
                                assertThat(refused.violations()).extracting(v -> v.field()).containsExactly("password"));
            }
            for (var weak : List.of("12345678", "aaaaaaaaaaaa", "viewer-password", "password1234")) {
                assertThatThrownBy(() -> users.resetPassword(id("viewer"), weak, "Probe 6"))
                        .as(weak).isInstanceOf(InvalidEditException.class);
            }
        });
        assertThat(accounts.findByUsername("weak3")).isEmpty();
        assertThat(encoder.matches(DemoUser.VIEWER.password(), accounts.findByUsername("viewer").orElseThrow().passwordHash))
                .isTrue();
    }

    @Test
    void probe_6_an_admin_set_password_must_be_changed_at_first_sign_in_and_the_change_ends_it() {
        as("admin", Role.ADMIN, () -> users.create("dana", "Dana Data", Role.CURATOR, "larch otter quay violet",
                "New analyst"));
        assertThat(accounts.findByUsername("dana").orElseThrow().mustChangePassword).isTrue();

        as("dana", Role.CURATOR, () -> {
            assertThatThrownBy(() -> users.changeOwnPassword("wrong one", "tangerine barometer fjord"))
                    .isInstanceOfSatisfying(InvalidEditException.class, refused -> assertThat(refused.violations())
                            .extracting(v -> v.message()).containsExactly("This is not your current password."));
            assertThatThrownBy(() -> users.changeOwnPassword("larch otter quay violet", "dana-dana-dana-1"))
                    .isInstanceOf(InvalidEditException.class);
            var principal = users.changeOwnPassword("larch otter quay violet", "tangerine barometer fjord");
            assertThat(principal.mustChangePassword()).isFalse();
        });
        var dana = accounts.findByUsername("dana").orElseThrow();
        assertThat(dana.mustChangePassword).isFalse();
        assertThat(encoder.matches("tangerine barometer fjord", dana.passwordHash)).isTrue();

        as("admin", Role.ADMIN, () -> users.resetPassword(dana.id, "correct horse battery staple", "Forgot it"));
        assertThat(accounts.findByUsername("dana").orElseThrow().mustChangePassword).isTrue();
    }

    /** Disabling user admin, and giving it this role, are both refused with this message beside the account. */
    private void bothRefused(Role demotion, String message) {
        for (Runnable change : List.<Runnable>of(() -> users.setEnabled(id("admin"), false, "Probe 7"),
                () -> users.setRole(id("admin"), demotion, "Probe 7"))) {
            assertThatThrownBy(change::run).isInstanceOfSatisfying(InvalidEditException.class, refused -> assertThat(
                    refused.violations()).extracting(v -> v.field() + ": " + v.message())
                    .containsExactly(UserService.ACCOUNT + ": " + message));
        }
    }

    @Test
    void probe_7_an_admin_can_neither_disable_nor_demote_themselves() {
        as("admin", Role.ADMIN, () -> {
            bothRefused(Role.CURATOR, "You cannot disable yourself or change your own role; ask another admin.");
        });
        var admin = accounts.findByUsername("admin").orElseThrow();
        assertThat(admin.enabled).isTrue();
        assertThat(admin.role).isEqualTo(Role.ADMIN);
    }

    @Test
    void probe_7_the_last_enabled_admin_stays_one_while_another_admin_may_be_disabled() {
        as("admin", Role.ADMIN, () -> users.create("root", "Root Admin", Role.ADMIN, "larch otter quay violet", "Spare"));
        as("admin", Role.ADMIN, () -> users.setEnabled(id("root"), false, "Spare not needed"));
        // an admin account that is not in the table (as a stale session would be) tries to remove the last one
        as("ops", Role.ADMIN, () -> {
            bothRefused(Role.VIEWER, "admin is the last enabled admin: make another user an admin first.");
        });
        assertThat(accounts.findByUsername("admin").orElseThrow().enabled).isTrue();
        assertThat(accounts.findByUsername("root").orElseThrow().enabled).isFalse();
    }
}
