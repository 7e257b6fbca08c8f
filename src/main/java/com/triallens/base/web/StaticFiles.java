package com.triallens.base.web;

import java.util.List;

/** Files that are the same for every user (Vaadin's hashed bundle, themes, icons); they keep their own caching. */
public final class StaticFiles {

    public static final List<String> PATHS = List.of("/VAADIN/build/**", "/VAADIN/static/**", "/lumo/**", "/aura/**",
            "/styles.css", "/icons/**", "/triallens/**");

    private StaticFiles() {
    }
}
