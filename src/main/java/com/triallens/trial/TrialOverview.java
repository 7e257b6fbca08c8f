package com.triallens.trial;

import com.triallens.base.domain.Citation;

import java.util.List;
import java.util.Map;

/**
 * Everything the Overview page shows of a trial's protocol, each statement with its references. Facts a source does
 * not state are null. {@code registryRecord}: the trial came from a ClinicalTrials.gov record, whose counts are of
 * participants; {@code registry} holds what that record lists beyond the trial's own facts.
 */
public record TrialOverview(TrialHeader header, String title, String design, String condition, Integer enrolment,
                            String priorTherapy, String mechanism, String outcome,
                            Map<TrialFact, List<Citation>> citations, List<Dosing> dosing,
                            List<EndpointDefinition> endpoints, List<MechanismStep> mechanismSteps,
                            boolean registryRecord, RegistryProtocol registry) {

    /** What the import stores in a required column when the record is silent ("Not stated on ClinicalTrials.gov"). */
    private static final String NOT_STATED = "Not stated";

    public List<Citation> sourcesOf(TrialFact fact) {
        return citations.getOrDefault(fact, List.of());
    }

    /** The phase as stated ("3", "1/2", "Not applicable"), or null when no source states it. */
    public String phase() {
        return stated(header.phase());
    }

    /** The status as stated, or null when no source states it. */
    public String status() {
        return stated(header.status());
    }

    /**
     * {@code 1062 participants (actual)}, {@code 60 participants (anticipated)}, {@code 432 patients},
     * {@code 1 participant}; "Not reported" when no source gives the number.
     */
    public String enrolmentText() {
        if (enrolment == null) {
            return "Not reported";
        }
        var noun = registryRecord ? (enrolment == 1 ? "participant" : "participants")
                : (enrolment == 1 ? "patient" : "patients");
        var type = registry.enrolmentType();
        var kind = type == null ? "" : switch (type) {
            case "ACTUAL" -> " (actual)";
            case "ESTIMATED", "ANTICIPATED" -> " (anticipated)";
            default -> " (" + RegistryProtocol.words(type).toLowerCase(java.util.Locale.ROOT) + ")";
        };
        return enrolment + " " + noun + kind;
    }

    /** Whether curated dosing (drug, dose, route, days of the cycle) exists for the trial's arms. */
    public boolean hasDosing() {
        return !dosing.isEmpty();
    }

    static String stated(String text) {
        return text == null || text.isBlank() || text.startsWith(NOT_STATED) ? null : text;
    }
}
