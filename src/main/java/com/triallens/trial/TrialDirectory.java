package com.triallens.trial;

import com.triallens.base.domain.LikePattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;

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
                .param("f", LikePattern.contains(filter)).param("limit", limit).param("offset", offset)
                .query(TrialHeader.class).list();
    }

    int count(String filter) {
        return jdbc.sql("select count(*)" + MATCHES).param("f", LikePattern.contains(filter)).query(Integer.class).single();
    }
}
