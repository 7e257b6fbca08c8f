package com.triallens.base.domain;

import java.util.List;
import java.util.stream.Collectors;

/** An edit the server refused because it breaks a rule; nothing was written. */
public class InvalidEditException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidEditException(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** Refuses the edit when it breaks any rule or comes without a reason for the change. */
    public static void refuseIfInvalid(List<Violation> violations, String reason) {
        var all = new java.util.ArrayList<>(violations);
        Checks.reason(reason).ifPresent(message -> all.add(new Violation("reason", message)));
        if (!all.isEmpty()) {
            throw new InvalidEditException(all);
        }
    }
}
