package com.triallens.audit;

import com.triallens.base.domain.LikePattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The audit trail's table. Append-only: there is an insert and there are queries, nothing else. */
@Repository
class AuditRepository {

    private static final String COLUMNS = """
            id, changed_at, username, entity, entity_id, entity_label, field, old_value, new_value, reason""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    AuditRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Locks one row of a curated table (its name is a service's constant) until the transaction ends. */
    void lockRow(String table, long id) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        jdbc.sql("select id from " + table + " where id = :id for update").param("id", id).query(Long.class).optional();
    }

    void insertAll(List<AuditEntry> rows) {
        batch.batchUpdate("""
                        insert into audit_entry (changed_at, username, entity, entity_id, entity_label, field,
                                                 old_value, new_value, reason)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                rows.stream().map(entry -> new Object[]{LocalDateTime.ofInstant(entry.changedAt(), ZoneOffset.UTC),
                        entry.username(), entry.entity(), entry.entityId(), entry.entityLabel(), entry.field(),
                        entry.oldValue(), entry.newValue(), entry.reason()}).toList());
    }

    /** One page of the filtered trail, newest first. */
    List<AuditEntry> page(AuditFilter filter, long offset, int limit) {
        var where = where(filter);
        where.params.put("offset", offset);
        where.params.put("limit", limit);
        return jdbc.sql("select " + COLUMNS + " from audit_entry" + where.sql()
                        + " order by changed_at desc, id desc offset :offset rows fetch next :limit rows only")
                .params(where.params)
                .query(AuditRepository::entry)
                .list();
    }

    /**
     * The next {@code limit} entries of the filtered trail after {@code last} (null: from the newest), in
     * the same order as {@link #page}. Entries added meanwhile are newer than {@code last}, so paging
     * this way neither repeats nor skips an entry.
     */
    List<AuditEntry> pageAfter(AuditFilter filter, AuditEntry last, int limit) {
        var where = where(filter);
        if (last != null) {
            where.conditions.add("(changed_at < :lastAt or (changed_at = :lastAt and id < :lastId))");
            where.params.put("lastAt", LocalDateTime.ofInstant(last.changedAt(), ZoneOffset.UTC));
            where.params.put("lastId", last.id());
        }
        where.params.put("limit", limit);
        return jdbc.sql("select " + COLUMNS + " from audit_entry" + where.sql()
                        + " order by changed_at desc, id desc fetch first :limit rows only")
                .params(where.params)
                .query(AuditRepository::entry)
                .list();
    }

    long count(AuditFilter filter) {
        var where = where(filter);
        return jdbc.sql("select count(*) from audit_entry" + where.sql()).params(where.params).query(Long.class).single();
    }

    /** Every change of the given records, newest first. */
    List<AuditEntry> history(String entity, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from audit_entry where entity = :entity and entity_id in (:ids)"
                        + " order by changed_at desc, id desc")
                .param("entity", entity)
                .param("ids", ids)
                .query(AuditRepository::entry)
                .list();
    }

    Optional<AuditEntry> latest(String entity, long id) {
        return jdbc.sql("select " + COLUMNS + " from audit_entry where entity = :entity and entity_id = :id"
                        + " order by changed_at desc, id desc fetch first 1 rows only")
                .param("entity", entity)
                .param("id", id)
                .query(AuditRepository::entry)
                .optional();
    }

    List<String> usernames() {
        return jdbc.sql("select distinct username from audit_entry order by username").query(String.class).list();
    }

    List<String> entities() {
        return jdbc.sql("select distinct entity from audit_entry order by entity").query(String.class).list();
    }

    /**
     * The entries of one trial: each kind of record reaches its trial through its own table (keyed by the trial
     * for trial-wide records). A kind not listed here (user accounts) belongs to no trial.
     */
    /** The trials the filter offers, by acronym: a query of our own, so that audit needs no other feature. */
    List<AuditService.TrialChoice> trials() {
        return jdbc.sql("select id, acronym, registry_id from trial order by lower(acronym), registry_id")
                .query((rs, row) -> new AuditService.TrialChoice(rs.getLong("id"),
                        rs.getString("acronym") + " · " + rs.getString("registry_id"))).list();
    }

    private static final String OF_TRIAL = """
            ((entity in ('trial', 'registry_results', 'registry_protocol') and entity_id = :trial)
             or (entity = 'result_measurement' and entity_id in (select m.id from result_measurement m
                    join result_group g on g.id = m.group_id where g.trial_id = :trial))
             or (entity = 'result_analysis' and entity_id in (select a.id from result_analysis a
                    join result_measure r on r.id = a.measure_id where r.trial_id = :trial))
             or (entity = 'arm' and entity_id in (select id from arm where trial_id = :trial))
             or (entity = 'intervention' and entity_id in (select i.id from intervention i
                    join arm a on a.id = i.arm_id where a.trial_id = :trial))
             or (entity = 'endpoint' and entity_id in (select id from endpoint where trial_id = :trial))
             or (entity = 'analysis_population' and entity_id in
                    (select id from analysis_population where trial_id = :trial))
             or (entity = 'reference' and entity_id in (select id from reference where trial_id = :trial))
             or (entity = 'trial_import' and entity_id in (select id from trial_import where trial_id = :trial))
             or (entity = 'registry_arm_group' and entity_id in
                    (select id from registry_arm_group where trial_id = :trial))
             or (entity = 'registry_intervention' and entity_id in
                    (select id from registry_intervention where trial_id = :trial)))""";

    private record Where(List<String> conditions, Map<String, Object> params) {

        String sql() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }
    }

    private static Where where(AuditFilter filter) {
        var conditions = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        if (filter.username() != null && !filter.username().isBlank()) {
            conditions.add("username = :username");
            params.put("username", filter.username().trim());
        }
        if (filter.entity() != null && !filter.entity().isBlank()) {
            conditions.add("entity = :entity");
            params.put("entity", filter.entity());
        }
        if (filter.trialId() != null) {
            conditions.add(OF_TRIAL);
            params.put("trial", filter.trialId());
        }
        if (filter.reason() != null && !filter.reason().isBlank()) {
            conditions.add("lower(reason) like :reason");
            params.put("reason", LikePattern.contains(filter.reason()));
        }
        if (filter.from() != null) {
            conditions.add("changed_at >= :from");
            params.put("from", filter.from().atStartOfDay());
        }
        if (filter.to() != null) {
            conditions.add("changed_at < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay());
        }
        return new Where(conditions, params);
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("changed_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                rs.getString("username"), rs.getString("entity"), rs.getLong("entity_id"),
                rs.getString("entity_label"), rs.getString("field"), rs.getString("old_value"),
                rs.getString("new_value"), rs.getString("reason"));
    }
}
