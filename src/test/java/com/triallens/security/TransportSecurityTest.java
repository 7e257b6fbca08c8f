package com.triallens.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** What depends on https, which the integration tests (plain http) cannot show: HSTS and the Secure cookie. */
@SpringBootTest
class TransportSecurityTest {

    @Autowired WebApplicationContext context;

    @Test
    void a_response_over_https_tells_the_browser_to_stay_on_https_and_one_over_http_does_not() throws Exception {
        var mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var https = mvc.perform(get("/actuator/health/liveness").secure(true)).andReturn().getResponse();
        assertThat(https.getHeader("Strict-Transport-Security")).startsWith("max-age=31536000");
        var http = mvc.perform(get("/actuator/health/liveness")).andReturn().getResponse();
        assertThat(http.getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void the_postgres_profile_sends_the_session_cookie_only_over_https_unless_told_otherwise() throws IOException {
        var postgres = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-postgres.properties"));
        var secure = postgres.getProperty("server.servlet.session.cookie.secure");
        assertThat(new StandardEnvironment().resolvePlaceholders(secure)).isEqualTo("true");
        var defaults = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        assertThat(defaults.getProperty("server.servlet.session.tracking-modes")).isEqualTo("cookie");
        assertThat(defaults.getProperty("server.servlet.session.cookie.same-site")).isEqualTo("lax");
    }
}
