package com.triallens.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Makes sure someone can sign in. With {@code triallens.demo-users=true} (dev and test profiles) it adds
 * the demo users, whose well-known passwords are exempt from {@link PasswordRule} (they exist only there); then, if
 * there is no enabled admin, it creates user {@code admin} with the password from
 * {@code triallens.admin.initial-password} (TRIALLENS_ADMIN_INITIAL_PASSWORD) or, without one, a random
 * password it prints once to the log. That admin must change the password at the first sign-in. A configured
 * password that breaks {@link PasswordRule} stops the start with a message saying why.
 */
@Component
class UserBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(UserBootstrap.class);

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final boolean demoUsers;
    private final String initialAdminPassword;

    UserBootstrap(AppUserRepository users, PasswordEncoder encoder,
                  @Value("${triallens.demo-users:false}") boolean demoUsers,
                  @Value("${triallens.admin.initial-password:}") String initialAdminPassword) {
        this.users = users;
        this.encoder = encoder;
        this.demoUsers = demoUsers;
        this.initialAdminPassword = initialAdminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoUsers) {
            DemoUser.ALL.forEach(demo -> {
                if (users.findByUsername(demo.username()).isEmpty()) {
                    create(demo.username(), demo.displayName(), demo.role(), demo.password(), false);
                }
            });
        }
        if (!users.existsByRoleAndEnabledTrue(Role.ADMIN) && users.findByUsername("admin").isEmpty()) {
            if (initialAdminPassword.isBlank()) {
                var password = generatedPassword();
                create("admin", "Administrator", Role.ADMIN, password, true);
                log.warn("No admin user existed. Created user 'admin' with the generated password: {} "
                        + "(shown once; it must be changed at the first sign-in)", password);
            } else {
                PasswordRule.check(initialAdminPassword, "admin", "Administrator").ifPresent(broken -> {
                    throw new IllegalStateException("TRIALLENS_ADMIN_INITIAL_PASSWORD (triallens.admin.initial-password)"
                            + " cannot be the first admin's password: " + broken + " Set a stronger one, or leave it"
                            + " empty to have a password generated and printed once to the log.");
                });
                create("admin", "Administrator", Role.ADMIN, initialAdminPassword, true);
                log.info("No admin user existed. Created user 'admin' with the configured initial password.");
            }
        }
    }

    private void create(String username, String displayName, Role role, String password, boolean mustChange) {
        var user = new AppUser();
        user.mustChangePassword = mustChange;
        user.username = username;
        user.displayName = displayName;
        user.role = role;
        user.passwordHash = encoder.encode(password);
        users.save(user);
    }

    private static String generatedPassword() {
        var bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
