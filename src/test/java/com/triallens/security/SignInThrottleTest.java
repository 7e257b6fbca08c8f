package com.triallens.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Probe 2 through the real filter chain: failed sign-ins lock the name and the address, and every attempt is logged. */
@SpringBootTest
@Transactional
class SignInThrottleTest {

    private static final String THROTTLED = "/login?throttled=15";

    @Autowired WebApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired UserService users;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private MockHttpServletResponse signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })).andReturn().getResponse();
    }

    private List<String> answers(String username, int times, String address) throws Exception {
        var answers = new ArrayList<String>();
        for (int i = 0; i < times; i++) {
            answers.add(signIn(username, "wrong password " + i, address).getRedirectedUrl());
        }
        return answers;
    }

    private List<String> logged(String username) {
        return jdbc.sql("select outcome from sign_in where username = :username order by id")
                .param("username", username).query(String.class).list();
    }

    @Test
    void probe_2_five_wrong_passwords_lock_the_account_and_the_right_one_is_then_refused_unchecked() throws Exception {
        assertThat(answers("admin", 7, "10.0.0.1")).containsExactly("/login?error", "/login?error", "/login?error",
                "/login?error", THROTTLED, THROTTLED, THROTTLED);
        assertThat(signIn("admin", DemoUser.ADMIN.password(), "10.0.0.2").getRedirectedUrl())
                .as("the right password, from another address").isEqualTo(THROTTLED);
        assertThat(logged("admin")).containsExactly("FAILED", "FAILED", "FAILED", "FAILED", "FAILED", "THROTTLED",
                "THROTTLED", "THROTTLED");
    }

    @Test
    void probe_2_an_unknown_name_is_answered_exactly_as_an_existing_one_so_the_lock_leaks_nothing() throws Exception {
        assertThat(answers("nobody-here", 7, "10.0.0.1")).isEqualTo(answers("viewer", 7, "10.0.0.3"));
    }

    @Test
    void the_lock_ends_fifteen_minutes_after_the_failures_and_a_sign_in_is_logged() throws Exception {
        answers("admin", 5, "10.0.0.1");
        jdbc.sql("update sign_in set signed_at = signed_at - interval '16' minute").update();
        var signedIn = signIn("admin", DemoUser.ADMIN.password(), "10.0.0.1");
        assertThat(signedIn.getRedirectedUrl()).doesNotContain("/login");
        assertThat(logged("admin")).endsWith("SIGNED_IN");
    }

    @Test
    void twenty_failures_from_one_address_lock_that_address_for_every_name_but_not_other_addresses() throws Exception {
        for (var name : List.of("a1", "a2", "a3", "a4")) {
            answers(name, 5, "10.9.9.9");
        }
        assertThat(signIn("viewer", DemoUser.VIEWER.password(), "10.9.9.9").getRedirectedUrl()).isEqualTo(THROTTLED);
        assertThat(signIn("viewer", DemoUser.VIEWER.password(), "10.0.0.7").getRedirectedUrl())
                .doesNotContain("/login");
    }

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "CURATOR", "VIEWER"})
    void admins_read_the_sign_ins_newest_first_a_page_at_a_time() {
        var log = new SignInLog(jdbc);
        log.record("viewer", "10.0.0.1", SignIn.Outcome.FAILED);
        log.record("viewer", "10.0.0.1", SignIn.Outcome.SIGNED_IN);
        log.record("mallory", "10.6.6.6", SignIn.Outcome.THROTTLED);
        assertThat(users.countSignIns()).isEqualTo(3);
        assertThat(users.signIns(0, 2)).extracting(s -> s.username() + " " + s.address() + " " + s.outcome().words())
                .containsExactly("mallory 10.6.6.6 Refused: too many failed sign-ins", "viewer 10.0.0.1 Signed in");
        assertThat(users.signIns(2, 2)).extracting(SignIn::outcome).containsExactly(SignIn.Outcome.FAILED);
    }
}
