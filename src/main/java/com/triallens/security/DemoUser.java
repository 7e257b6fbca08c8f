package com.triallens.security;

import java.util.List;

/** The users the dev and test profiles add, with passwords everyone knows: never for a hosted deployment. */
public record DemoUser(String username, String password, String displayName, Role role) {

    public static final DemoUser VIEWER = new DemoUser("viewer", "viewer-demo", "Vera Viewer", Role.VIEWER);
    public static final DemoUser CURATOR = new DemoUser("curator", "curator-demo", "Carl Curator", Role.CURATOR);
    public static final DemoUser ADMIN = new DemoUser("admin", "admin-demo", "Ada Admin", Role.ADMIN);
    public static final List<DemoUser> ALL = List.of(VIEWER, CURATOR, ADMIN);
}
