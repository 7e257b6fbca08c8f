package com.triallens.safety;

import com.triallens.base.domain.Citation;

/**
 * The Safety page's content. {@code summaries}: the adverse-event summaries curated from publications (FORTRESS's),
 * with their groups as columns; empty for a trial that has none. {@code events}: the registry's adverse-event module.
 * {@code eventsSource}: the reference the module's figures come from (the import's), null when none is stored.
 */
public record SafetyPage(SafetyTable summaries, AdverseEvents events, Citation eventsSource) {
}
