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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        new UserBootstrap(users, encoder, false, "configured larch otter quay").run(null);

        assertThat(admins()).isEqualTo(1);
        var admin = users.findByUsername("admin").orElseThrow();
        assertThat(encoder.matches("configured larch otter quay", admin.passwordHash)).isTrue();
        assertThat(admin.enabled).isTrue();
        assertThat(output.getAll()).doesNotContain("configured larch otter quay");
    }

    @Test
    void probe_6_a_weak_configured_initial_password_stops_the_start_with_the_reason_and_creates_no_admin() {
        for (var weak : new String[] {"x", "admin-password-1", "password1234"}) {
            assertThatThrownBy(() -> new UserBootstrap(users, encoder, false, weak).run(null)).as(weak)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("TRIALLENS_ADMIN_INITIAL_PASSWORD (triallens.admin.initial-password)"
                            + " cannot be the first admin's password: ");
        }
        assertThat(admins()).isZero();
    }

    @Test
    void the_first_admin_must_change_the_password_at_the_first_sign_in() {
        new UserBootstrap(users, encoder, false, "").run(null);
        new UserBootstrap(users, encoder, false, "configured larch otter quay").run(null);
        assertThat(users.findByUsername("admin").orElseThrow().mustChangePassword).isTrue();
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
