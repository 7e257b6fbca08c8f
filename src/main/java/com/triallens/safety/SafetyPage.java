package com.triallens.safety;

/**
 * The Safety page's content. {@code summaries}: the adverse-event summaries curated from publications (FORTRESS's),
 * with their groups as columns; empty for a trial that has none. {@code events}: the registry's adverse-event module.
 */
public record SafetyPage(SafetyTable summaries, AdverseEvents events) {
}
