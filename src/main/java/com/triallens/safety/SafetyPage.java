package com.triallens.safety;

import com.triallens.audit.AuditEntry;
import com.triallens.base.domain.Citation;

import java.util.List;
import java.util.Map;

/**
 * The Safety page's content. {@code summaries}: the adverse-event summaries curated from publications (FORTRESS's),
 * with their groups as columns; empty for a trial that has none. {@code events}: the registry's adverse-event module.
 * {@code eventsSource}: the reference the module's figures come from (the import's), null when none is stored.
 * {@code history}: earlier values of the summaries' figures, newest first, by row id.
 */
public record SafetyPage(SafetyTable summaries, AdverseEvents events, Citation eventsSource,
                         Map<Long, List<AuditEntry>> history) {
}
