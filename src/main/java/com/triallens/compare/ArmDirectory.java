package com.triallens.compare;

import com.triallens.base.domain.LikePattern;
import com.triallens.base.domain.ArmRole;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** Arms across all trials, a page at a time, matched on trial acronym, registry id or arm label. */
@Repository
class ArmDirectory {

    private static final String FROM = " from arm a join trial t on t.id = a.trial_id";
    private static final String MATCHES = " where lower(t.acronym) like :f or lower(t.registry_id) like :f"
            + " or lower(a.short_label) like :f";
    private static final String COLUMNS = "select a.id, a.code, a.short_label, a.role, t.id as trial_id, t.acronym,"
            + " t.registry_id";
    private static final RowMapper<ArmChoice> CHOICE = (rs, row) -> new ArmChoice(rs.getLong("id"),
            rs.getString("code"), rs.getString("short_label"), ArmRole.valueOf(rs.getString("role")),
            rs.getLong("trial_id"), rs.getString("acronym"), rs.getString("registry_id"));

    private final JdbcClient jdbc;

    ArmDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ArmChoice> page(String filter, int offset, int limit) {
        return jdbc.sql(COLUMNS + FROM + MATCHES + " order by lower(t.acronym), t.registry_id, a.ordinal"
                        + " limit :limit offset :offset")
                .param("f", LikePattern.contains(filter)).param("limit", limit).param("offset", offset).query(CHOICE).list();
    }

    int count(String filter) {
        return jdbc.sql("select count(*)" + FROM + MATCHES).param("f", LikePattern.contains(filter)).query(Integer.class).single();
    }

    List<ArmChoice> ofTrial(String registryId) {
        return jdbc.sql(COLUMNS + FROM + " where t.registry_id = :trial order by a.ordinal")
                .param("trial", registryId).query(CHOICE).list();
    }

    Optional<ArmChoice> find(String registryId, String armCode) {
        return jdbc.sql(COLUMNS + FROM + " where t.registry_id = :trial and a.code = :arm")
                .param("trial", registryId).param("arm", armCode).query(CHOICE).optional();
    }
}
