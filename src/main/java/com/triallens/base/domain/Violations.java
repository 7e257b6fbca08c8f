package com.triallens.base.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects the broken rules of an edit, at most one message per field (the first found). */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();

    public Violations check(String field, Optional<String> message) {
        if (found.stream().noneMatch(v -> v.field().equals(field))) {
            message.ifPresent(m -> found.add(new Violation(field, m)));
        }
        return this;
    }

    public List<Violation> list() {
        return List.copyOf(found);
    }
}
