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
    @Version Integer version;

    UserAccount toAccount() {
        return new UserAccount(id, username, displayName, role, enabled);
    }
}
