package com.triallens.base.domain;

import java.util.Locale;

/** A case-insensitive "contains" pattern for SQL {@code lower(column) like :pattern}, wildcards in the text escaped. */
public final class LikePattern {

    private LikePattern() {
    }

    public static String contains(String filter) {
        var text = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + text + "%";
    }
}
