package com.triallens.base.domain;

import java.util.List;

/** Role names for {@code @RolesAllowed} on views, and role checks for service methods. */
public final class Roles {
    public static final String VIEWER = "VIEWER";
    public static final String CURATOR = "CURATOR";
    public static final String ADMIN = "ADMIN";
    /** The roles from lowest to highest; each includes the ones below it. */
    public static final List<String> NESTED = List.of(VIEWER, CURATOR, ADMIN);

    /**
     * For {@code @PreAuthorize} on service methods. Services use these rather than {@code @RolesAllowed}
     * because JSR-250 method security would also proxy the views, which carry {@code @RolesAllowed} for
     * Vaadin's navigation access control.
     */
    public static final String MAY_CURATE = "hasRole('CURATOR')";
    public static final String MAY_ADMINISTER = "hasRole('ADMIN')";

    private Roles() {
    }
}
