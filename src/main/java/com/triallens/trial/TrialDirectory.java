package com.triallens.trial;

import com.triallens.base.domain.LikePattern;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** The list of trials for pickers: headers only, a page at a time, matched on acronym, registry id or title. */
@Repository
class TrialDirectory {

    private static final String MATCHES = " from trial where lower(acronym) like :f or lower(registry_id) like :f"
            + " or lower(title) like :f";

    private final JdbcClient jdbc;

    TrialDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String HEADER = "select id, acronym, registry_id, phase, status, content_revision as revision";
    // Mapped by hand: JdbcClient's query(TrialHeader.class) looks up "registryId" before "registry_id", and H2
    // logs every such miss with its stack trace to its trace file, on every page view.
    private static final RowMapper<TrialHeader> HEADERS = (rs, row) -> new TrialHeader(rs.getLong("id"),
            rs.getString("acronym"), rs.getString("registry_id"), rs.getString("phase"), rs.getString("status"),
            rs.getLong("revision"));

    List<TrialHeader> page(String filter, int offset, int limit) {
        return jdbc.sql(HEADER + MATCHES
                        + " order by lower(acronym), registry_id limit :limit offset :offset")
                .param("f", LikePattern.contains(filter)).param("limit", limit).param("offset", offset)
                .query(HEADERS).list();
    }

    Optional<TrialHeader> first() {
        return jdbc.sql(HEADER + " from trial order by id fetch first 1 rows only").query(HEADERS).optional();
    }

    Optional<TrialHeader> byId(long id) {
        return jdbc.sql(HEADER + " from trial where id = :id").param("id", id).query(HEADERS).optional();
    }

    Optional<TrialHeader> byRegistryId(String registryId) {
        return jdbc.sql(HEADER + " from trial where registry_id = :id").param("id", registryId)
                .query(HEADERS).optional();
    }

    /** Raises the trial's content revision; the row stays locked until the transaction ends. */
    void contentChanged(long trialId) {
        jdbc.sql("update trial set content_revision = content_revision + 1 where id = :id").param("id", trialId).update();
    }

    int count(String filter) {
        return jdbc.sql("select count(*)" + MATCHES).param("f", LikePattern.contains(filter)).query(Integer.class).single();
    }
}
