package com.triallens.base.export;

import java.util.Optional;
import java.util.stream.Stream;

/** Rows for an export that stops at {@code limit}: {@code matching} says how many there were in all. */
public record CappedRows<T>(Stream<T> rows, long matching, int limit) {

    public boolean capped() {
        return matching > limit;
    }

    /** What the export says when it stops short, naming the rows as {@code what} ("audit entries"). */
    public Optional<String> note(String what) {
        return capped() ? Optional.of(("Only the first %,d of %,d %s matching the filter are exported; "
                + "narrow the filter to export the rest.").formatted(limit, matching, what)) : Optional.empty();
    }
}
