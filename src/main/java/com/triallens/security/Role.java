package com.triallens.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.List;

/** What a user may do. The roles nest: a curator may read, an admin may also curate. */
public enum Role {
    VIEWER, CURATOR, ADMIN;

    /** This role's authorities and those of every role below it. */
    List<SimpleGrantedAuthority> authorities() {
        return java.util.Arrays.stream(values())
                .filter(role -> role.ordinal() <= ordinal())
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
    }
}
