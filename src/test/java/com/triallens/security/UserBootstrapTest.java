package com.triallens.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** First-admin bootstrap on a database without an admin: one admin, with a generated or configured password. */
@SpringBootTest
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class UserBootstrapTest {

    private static final Pattern GENERATED = Pattern.compile("generated password: (\\S+) ");

    @Autowired AppUserRepository users;
    @Autowired PasswordEncoder encoder;

    @BeforeEach
    void noUsers() {
        users.deleteAll();
    }

    private long admins() {
        return users.findAll().stream().filter(u -> u.role == Role.ADMIN).count();
    }

    @Test
    void without_an_admin_or_a_configured_password_one_admin_is_created_with_a_generated_password_logged_once(
            CapturedOutput output) {
        var bootstrap = new UserBootstrap(users, encoder, false, "");
        bootstrap.run(null);
        bootstrap.run(null);

        assertThat(admins()).isEqualTo(1);
        var logged = GENERATED.matcher(output.getOut() + output.getErr());
        assertThat(logged.find()).isTrue();
        var password = logged.group(1);
        assertThat(logged.find()).as("the password is logged only once").isFalse();
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(encoder.matches(password, users.findByUsername("admin").orElseThrow().passwordHash)).isTrue();
    }

    @Test
    void with_a_configured_initial_password_that_password_signs_the_admin_in_and_is_not_logged(CapturedOutput output) {
        new UserBootstrap(users, encoder, false, "configured-initial-secret").run(null);

        assertThat(admins()).isEqualTo(1);
        var admin = users.findByUsername("admin").orElseThrow();
        assertThat(encoder.matches("configured-initial-secret", admin.passwordHash)).isTrue();
        assertThat(admin.enabled).isTrue();
        assertThat(output.getAll()).doesNotContain("configured-initial-secret");
    }

    @Test
    void nothing_happens_when_an_admin_exists(CapturedOutput output) {
        var root = new AppUser();
        root.username = "root";
        root.displayName = "Root";
        root.role = Role.ADMIN;
        root.passwordHash = encoder.encode("root-password");
        users.save(root);

        new UserBootstrap(users, encoder, false, "").run(null);

        assertThat(users.findAll()).extracting(u -> u.username).containsExactly("root");
        assertThat(output.getAll()).doesNotContain("Created user 'admin'");
    }
}
