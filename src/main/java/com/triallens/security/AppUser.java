package com.triallens.security;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

class AppUser {
    @Id Long id;
    String username;
    String displayName;
    String passwordHash;
    Role role;
    boolean enabled = true;
    /** Raised by every change that must end the user's open sessions (see V11). */
    int securityVersion;
    /** Set by an admin (or the bootstrap): the user must choose their own at the next sign-in. */
    boolean mustChangePassword;
    @Version Integer version;

    UserAccount toAccount() {
        return new UserAccount(id, username, displayName, role, enabled);
    }
}
