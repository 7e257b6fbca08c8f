package com.triallens.security;

import com.triallens.audit.AuditService;
import com.triallens.base.domain.Roles;
import com.triallens.audit.AuditService.Change;
import com.triallens.base.domain.Checks;
import com.triallens.base.domain.InvalidEditException;
import com.triallens.base.domain.Violation;
import com.triallens.base.domain.Violations;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * User administration: admins only, but for a user changing their own password. Each change is audited; passwords
 * never appear in the trail. Disabling a user, changing their role or resetting their password raises their security
 * version, which ends their open sessions on their next request (SessionRevocationFilter). Nobody can disable or
 * change the role of themselves, and the last enabled admin stays an enabled admin.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.MAY_ADMINISTER)
public class UserService {

    static final String ENTITY = "app_user";
    /** The field of a refusal about the account itself rather than one of the form's fields. */
    public static final String ACCOUNT = "user";

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final AuditService audit;
    private final SignInLog signIns;

    UserService(AppUserRepository users, PasswordEncoder encoder, AuditService audit, SignInLog signIns) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.signIns = signIns;
    }

    public List<UserAccount> users() {
        return users.findAllByOrderByUsername().stream().map(AppUser::toAccount).toList();
    }

    /** Sign-in attempts, newest first, a page at a time. */
    public List<SignIn> signIns(int offset, int limit) {
        return signIns.newestFirst(offset, limit);
    }

    public long countSignIns() {
        return signIns.count();
    }

    /** A new user, with a password they must change when they first sign in. */
    @Transactional
    public UserAccount create(String username, String displayName, Role role, String password, String reason) {
        var violations = new Violations()
                .check("username", username == null || !username.matches("[A-Za-z0-9._-]{2,60}")
                        ? Optional.of("A user name has 2 to 60 letters, digits, dots, dashes or underscores.")
                        : users.findByUsername(username).map(u -> "There is already a user named " + username + "."))
                .check("displayName", Checks.blank(displayName)
                        ? Optional.of("Enter the name people know this user by.") : Checks.text(displayName, 200))
                .check("role", role == null ? Optional.of("Choose a role.") : Optional.empty())
                .check("password", PasswordRule.check(password, username, displayName))
                .check("reason", Checks.reason(reason))
                .list();
        refuse(violations);
        var user = new AppUser();
        user.username = username;
        user.displayName = displayName.trim();
        user.role = role;
        user.passwordHash = encoder.encode(password);
        user.mustChangePassword = true;
        var saved = users.save(user);
        audit.record(new Change(ENTITY, saved.id, saved.username, Map.of(),
                Map.of("role", role.name(), "enabled", "true"), reason));
        return saved.toAccount();
    }

    @Transactional
    public void setRole(long id, Role role, String reason) {
        refuse(new Violations().check("role", role == null ? Optional.of("Choose a role.") : Optional.empty()).list());
        change(id, "role", role.name(), user -> user.role = role, reason);
    }

    @Transactional
    public void setEnabled(long id, boolean enabled, String reason) {
        change(id, "enabled", String.valueOf(enabled), user -> user.enabled = enabled, reason);
    }

    /** A new password set by an admin: the user's sessions end and they must choose their own at the next sign-in. */
    @Transactional
    public void resetPassword(long id, String password, String reason) {
        var target = users.findById(id);
        refuse(new Violations()
                .check("password", PasswordRule.check(password, target.map(u -> u.username).orElse(null),
                        target.map(u -> u.displayName).orElse(null)))
                .check("reason", Checks.reason(reason)).list());
        change(id, "password", "reset", user -> {
            user.passwordHash = encoder.encode(password);
            user.mustChangePassword = true;
        }, reason);
    }

    /**
     * The signed-in user's own new password, given their current one. Their other sessions end; the caller keeps
     * the current one with the returned principal (the new security version).
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public SignedInUser changeOwnPassword(String currentPassword, String newPassword) {
        var name = SecurityContextHolder.getContext().getAuthentication().getName();
        var user = users.findByUsername(name).orElseThrow(() -> refusal(ACCOUNT, "There is no user " + name + "."));
        refuse(new Violations()
                .check("currentPassword", currentPassword != null && encoder.matches(currentPassword, user.passwordHash)
                        ? Optional.empty() : Optional.of("This is not your current password."))
                .check("newPassword", newPassword != null && newPassword.equals(currentPassword)
                        ? Optional.of("Choose a password other than the current one.")
                        : PasswordRule.check(newPassword, user.username, user.displayName))
                .list());
        user.passwordHash = encoder.encode(newPassword);
        user.mustChangePassword = false;
        user.securityVersion++;
        users.save(user);
        audit.record(new Change(ENTITY, user.id, user.username, Map.of("password", "set"),
                Map.of("password", "changed"), "Changed by the user"));
        return new SignedInUser(user.username, "", true, user.role.authorities(), user.securityVersion, false);
    }

    private void change(long id, String field, String newValue, Consumer<AppUser> apply, String reason) {
        refuse(new Violations().check("reason", Checks.reason(reason)).list());
        var admins = users.lockEnabledAdmins();
        var user = users.findById(id).orElseThrow(() -> refusal(ACCOUNT, "There is no user " + id + "."));
        var before = Map.of("role", user.role.name(), "enabled", String.valueOf(user.enabled), "password", "set");
        var wasAdmin = user.enabled && user.role == Role.ADMIN;
        apply.accept(user);
        var staysAdmin = user.enabled && user.role == Role.ADMIN;
        var self = user.username.equals(SecurityContextHolder.getContext().getAuthentication().getName());
        if (self && !"password".equals(field) && !(wasAdmin && staysAdmin)) {
            throw refusal(ACCOUNT, "You cannot disable yourself or change your own role; ask another admin.");
        }
        if (wasAdmin && !staysAdmin && admins.size() <= 1) {
            throw refusal(ACCOUNT, user.username + " is the last enabled admin: make another user an admin first.");
        }
        user.securityVersion++;
        users.save(user);
        audit.record(new Change(ENTITY, id, user.username, before, Map.of(field, newValue), reason));
    }

    private static InvalidEditException refusal(String field, String message) {
        return new InvalidEditException(List.of(new Violation(field, message)));
    }

    private static void refuse(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidEditException(violations);
        }
    }
}
