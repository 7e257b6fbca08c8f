package com.triallens.audit;

import com.triallens.base.domain.EditConflictException;
import com.triallens.base.export.CappedRows;
import com.triallens.base.domain.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The audit trail: every curated change, field by field, with who, when and why. The feature services
 * write through {@link #saveAndRecord}, inside their own transaction, so a change and its audit rows
 * are committed or rolled back together.
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

    /** How many entries an export of the trail holds at most. */
    public static final int EXPORT_LIMIT = 10_000;
    private static final int EXPORT_PAGE = 500;

    private final AuditRepository entries;
    private final Clock clock;

    AuditService(AuditRepository entries) {
        this.entries = entries;
        this.clock = Clock.systemUTC();
    }

    /** What is being changed: a record named for people, its values before and after, and why. */
    public record Change(String entity, long entityId, String label, Map<String, String> before,
                         Map<String, String> after, String reason) {

        /** A deleted record: each value it had goes to nothing, and field "record" reads "deleted". */
        public static Change deletion(String entity, long entityId, String label, Map<String, String> before,
                                      String reason) {
            var after = new LinkedHashMap<String, String>();
            before.keySet().forEach(field -> after.put(field, null));
            after.put("record", "deleted");
            return new Change(entity, entityId, label, before, after, reason);
        }
    }

    /**
     * Runs {@code save} (which must check the record's version) and records one audit row per changed
     * field. A save against a stale version becomes an {@link EditConflictException} naming who changed
     * the record last and when; nothing is written then.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void saveAndRecord(Change change, Runnable save) {
        try {
            save.run();
        } catch (OptimisticLockingFailureException stale) {
            throw conflict(change.entity(), change.entityId(), change.label());
        }
        record(change);
    }

    /**
     * Holds the record's row until the transaction ends, so that concurrent saves of one row wait for each other
     * and each version check sees the committed version (ImportSoakIT once counted one audited save more than
     * version steps on H2).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(String table, long id) {
        entries.lockRow(table, id);
    }

    /** Records a change already made in the current transaction (a delete, or an account change). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Change change) {
        recordAll(List.of(change));
    }

    /** Records many changes made in the current transaction, written in one batch (an import's records). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(Collection<Change> changes) {
        var now = Instant.now(clock);
        var user = currentUsername();
        var rows = new ArrayList<AuditEntry>();
        for (var change : changes) {
            change.after().forEach((field, newValue) -> {
                var oldValue = change.before().get(field);
                if (!Objects.equals(oldValue, newValue)) {
                    rows.add(new AuditEntry(null, now, user, change.entity(), change.entityId(), change.label(),
                            field, oldValue, newValue, change.reason().trim()));
                }
            });
        }
        entries.insertAll(rows);
    }

    public EditConflictException conflict(String entity, long id, String label) {
        return entries.latest(entity, id)
                .map(last -> new EditConflictException(label, last.username(), last.changedAt()))
                .orElseGet(() -> new EditConflictException(label, null, null));
    }

    @PreAuthorize(Roles.MAY_CURATE)
    public List<AuditEntry> find(AuditFilter filter, long offset, int limit) {
        return entries.page(filter, offset, limit);
    }

    /**
     * The filtered trail for an export, newest first, at most {@code limit} entries. The entries are read
     * a page at a time while the stream is consumed, so a large trail is never held in memory at once.
     */
    @PreAuthorize(Roles.MAY_CURATE)
    public CappedRows<AuditEntry> export(AuditFilter filter, int limit) {
        var matching = entries.count(filter);
        var pages = Stream.iterate(entries.pageAfter(filter, null, EXPORT_PAGE), page -> !page.isEmpty(),
                page -> page.size() < EXPORT_PAGE ? List.of() : entries.pageAfter(filter, page.getLast(), EXPORT_PAGE));
        return new CappedRows<>(pages.flatMap(List::stream).limit(limit), matching, limit);
    }

    @PreAuthorize(Roles.MAY_CURATE)
    public long count(AuditFilter filter) {
        return entries.count(filter);
    }

    @PreAuthorize(Roles.MAY_CURATE)
    public List<String> usernames() {
        return entries.usernames();
    }

    /** The kinds of record the trail has entries for, as filter choices. */
    @PreAuthorize(Roles.MAY_CURATE)
    /** A trial as the audit filter offers it. */
    public record TrialChoice(long id, String label) {
    }

    public List<TrialChoice> trials() {
        return entries.trials();
    }

    public List<String> entities() {
        return entries.entities();
    }

    /** Earlier values of the given records, newest first: what the viewer pages' history shows. */
    public List<AuditEntry> history(String entity, Collection<Long> ids) {
        return entries.history(entity, ids);
    }

    private static String currentUsername() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
