package com.triallens.audit;

import java.util.Locale;
import java.util.Map;

/**
 * The audit trail in a curator's words: record kinds ("Result figure", not {@code result_measurement}) and field
 * names ("CI lower", "Version date", not {@code ciLower}, {@code versionDate}). The stored codes stay as they are.
 */
public final class AuditWords {

    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("result_measurement", "Result figure"),
            Map.entry("result_analysis", "Comparison between groups"),
            Map.entry("registry_results", "Registry results (import)"),
            Map.entry("trial", "Trial facts"),
            Map.entry("trial_import", "Import"),
            Map.entry("arm", "Arm"),
            Map.entry("endpoint", "Endpoint"),
            Map.entry("intervention", "Dosing"),
            Map.entry("analysis_population", "Analysis population"),
            Map.entry("reference", "Reference"),
            Map.entry("registry_protocol", "Registry protocol"),
            Map.entry("registry_arm_group", "Registry arm group"),
            Map.entry("registry_intervention", "Registry intervention"),
            Map.entry("app_user", "User account"),
            Map.entry("user", "User account"));

    private static final Map<String, String> WORDS = Map.of("ci", "CI", "p", "p", "id", "ID", "url", "URL",
            "nct", "NCT", "hr", "HR");

    private AuditWords() {
    }

    /** The kind of record in words; an unknown code in words too ("dosing_step" → "Dosing step"). */
    public static String kind(String entity) {
        return entity == null ? "" : KINDS.getOrDefault(entity, words(entity));
    }

    /** A field name in words: {@code ciLower} → "CI lower", {@code pValue} → "p-value", {@code versionDate} → "Version date". */
    public static String field(String field) {
        if (field == null || field.isBlank()) {
            return "";
        }
        if (field.equalsIgnoreCase("pValue") || field.equalsIgnoreCase("p_value")) {
            return "p-value";
        }
        return words(field);
    }

    private static String words(String code) {
        var parts = code.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').trim().split("\\s+");
        var text = new StringBuilder();
        for (var part : parts) {
            var lower = part.toLowerCase(Locale.ROOT);
            text.append(text.isEmpty() ? "" : " ").append(WORDS.getOrDefault(lower, lower));
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
