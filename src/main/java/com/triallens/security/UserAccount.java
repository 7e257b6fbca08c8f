package com.triallens.security;

/** A user as the admin page lists it; never carries the password hash. */
public record UserAccount(long id, String username, String displayName, Role role, boolean enabled) {
}
