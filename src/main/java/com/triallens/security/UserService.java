package com.triallens.security;

import com.triallens.audit.AuditService;
import com.triallens.audit.AuditService.Change;
import com.triallens.base.domain.Checks;
import com.triallens.base.domain.InvalidEditException;
import com.triallens.base.domain.Violation;
import com.triallens.base.domain.Violations;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** User administration: admins only. Each change is audited; passwords never appear in the trail. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.MAY_ADMINISTER)
public class UserService {

    static final String ENTITY = "app_user";
    private static final int MIN_PASSWORD = 8;
    /** BCrypt reads no further, and Spring's encoder refuses longer ones with an exception. */
    private static final int MAX_PASSWORD_BYTES = 72;

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final AuditService audit;

    UserService(AppUserRepository users, PasswordEncoder encoder, AuditService audit) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
    }

    public List<UserAccount> users() {
        return users.findAllByOrderByUsername().stream().map(AppUser::toAccount).toList();
    }

    @Transactional
    public UserAccount create(String username, String displayName, Role role, String password, String reason) {
        var violations = new Violations()
                .check("username", username == null || !username.matches("[A-Za-z0-9._-]{2,60}")
                        ? Optional.of("A user name has 2 to 60 letters, digits, dots, dashes or underscores.")
                        : users.findByUsername(username).map(u -> "There is already a user named " + username + "."))
                .check("displayName", Checks.blank(displayName)
                        ? Optional.of("Enter the name people know this user by.") : Checks.text(displayName, 200))
                .check("role", role == null ? Optional.of("Choose a role.") : Optional.empty())
                .check("password", passwordRule(password))
                .check("reason", Checks.reason(reason))
                .list();
        refuse(violations);
        var user = new AppUser();
        user.username = username;
        user.displayName = displayName.trim();
        user.role = role;
        user.passwordHash = encoder.encode(password);
        var saved = users.save(user);
        audit.record(new Change(ENTITY, saved.id, saved.username, Map.of(),
                Map.of("role", role.name(), "enabled", "true"), reason));
        return saved.toAccount();
    }

    @Transactional
    public void setRole(long id, Role role, String reason) {
        change(id, "role", role.name(), user -> user.role = role, reason);
    }

    @Transactional
    public void setEnabled(long id, boolean enabled, String reason) {
        change(id, "enabled", String.valueOf(enabled), user -> user.enabled = enabled, reason);
    }

    @Transactional
    public void resetPassword(long id, String password, String reason) {
        refuse(new Violations().check("password", passwordRule(password)).check("reason", Checks.reason(reason)).list());
        change(id, "password", "reset", user -> user.passwordHash = encoder.encode(password), reason);
    }

    private void change(long id, String field, String newValue, Consumer<AppUser> apply, String reason) {
        refuse(new Violations().check("reason", Checks.reason(reason)).list());
        var user = users.findById(id).orElseThrow(() -> new InvalidEditException(
                List.of(new Violation("user", "There is no user " + id + "."))));
        var before = Map.of("role", user.role.name(), "enabled", String.valueOf(user.enabled), "password", "set");
        apply.accept(user);
        users.save(user);
        audit.record(new Change(ENTITY, id, user.username, before, Map.of(field, newValue), reason));
    }

    private static Optional<String> passwordRule(String password) {
        if (password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return Optional.of("A password can have at most " + MAX_PASSWORD_BYTES + " bytes (" + MAX_PASSWORD_BYTES
                    + " letters without accents).");
        }
        return password == null || password.length() < MIN_PASSWORD
                ? Optional.of("A password needs at least " + MIN_PASSWORD + " characters.") : Optional.empty();
    }

    private static void refuse(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidEditException(violations);
        }
    }
}
