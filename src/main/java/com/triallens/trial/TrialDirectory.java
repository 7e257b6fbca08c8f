package com.triallens.trial;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Locale;

/** The list of trials for pickers: headers only, a page at a time, matched on acronym, registry id or title. */
@Repository
class TrialDirectory {

    private static final String MATCHES = " from trial where lower(acronym) like :f or lower(registry_id) like :f"
            + " or lower(title) like :f";

    private final JdbcClient jdbc;

    TrialDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TrialHeader> page(String filter, int offset, int limit) {
        return jdbc.sql("select id, acronym, registry_id, phase, status" + MATCHES
                        + " order by lower(acronym), registry_id limit :limit offset :offset")
                .param("f", pattern(filter)).param("limit", limit).param("offset", offset)
                .query(TrialHeader.class).list();
    }

    int count(String filter) {
        return jdbc.sql("select count(*)" + MATCHES).param("f", pattern(filter)).query(Integer.class).single();
    }

    private static String pattern(String filter) {
        var text = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + text + "%";
    }
}
