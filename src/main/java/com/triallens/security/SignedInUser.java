package com.triallens.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

import java.util.Collection;

/**
 * The principal of a signed-in session: Spring's user plus the account's security version at sign-in, which
 * {@link SessionRevocationFilter} compares with the database on each request, and whether the password must be
 * changed first. Equality is by user name (as {@link User}).
 */
public final class SignedInUser extends User {

    private final int securityVersion;
    private final boolean mustChangePassword;

    SignedInUser(String username, String password, boolean enabled, Collection<? extends GrantedAuthority> authorities,
                 int securityVersion, boolean mustChangePassword) {
        super(username, password, enabled, true, true, true, authorities);
        this.securityVersion = securityVersion;
        this.mustChangePassword = mustChangePassword;
    }

    int securityVersion() {
        return securityVersion;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** Whether the user signed in on this request must change their password before anything else. */
    public static boolean mustChangePasswordNow() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                && user.mustChangePassword;
    }

    /** The same user after changing their own password: the new version, nothing left to change. */
    SignedInUser withNewPassword(int newSecurityVersion) {
        return new SignedInUser(getUsername(), "", isEnabled(), getAuthorities(), newSecurityVersion, false);
    }
}
