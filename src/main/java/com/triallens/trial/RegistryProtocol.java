package com.triallens.trial;

import com.triallens.base.domain.Citation;

import java.util.List;
import java.util.Locale;

/**
 * The protocol facts an imported ClinicalTrials.gov record gives beyond the trial's own: study type, sponsor, dates,
 * enrolment type, brief summary, arm groups and interventions, as posted, cited by the import that wrote them.
 * {@link #NONE} for a trial without them (FORTRESS, or one imported before they were kept).
 */
public record RegistryProtocol(String studyType, String sponsor, RegistryDate start, RegistryDate primaryCompletion,
                               RegistryDate completion, String enrolmentType, String briefSummary,
                               List<RegistryArmGroup> armGroups, List<RegistryIntervention> interventions,
                               List<Citation> sources) {

    private static final RegistryDate NO_DATE = new RegistryDate(null, null);

    public static final RegistryProtocol NONE = new RegistryProtocol(null, null, NO_DATE, NO_DATE, NO_DATE, null, null,
            List.of(), List.of(), List.of());

    /** {@code Interventional}, {@code Observational}; null when not given. */
    public String studyTypeLabel() {
        return words(studyType);
    }

    /** ACTIVE_COMPARATOR → "Active comparator", DIETARY_SUPPLEMENT → "Dietary supplement"; null stays null. */
    static String words(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        var words = code.trim().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
