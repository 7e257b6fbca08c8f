package com.triallens.ctgov;

import com.triallens.results.RegistryResults;

import com.triallens.base.domain.ArmRole;
import com.triallens.base.domain.AuditText;
import com.triallens.base.domain.ReportedDecimal;
import com.triallens.base.domain.ResultStatus;
import com.triallens.base.domain.Statistic;
import com.triallens.trial.EndpointKind;
import com.triallens.trial.MeasureType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A study record as TrialLens will hold it, before anything is written; also how a stored trial reads
 * back for comparison. Records are matched across imports by {@link Planned#key()}, never by id.
 */
record StudyPlan(String fileName, LocalDate versionDate, TrialFacts trial, List<ArmPlan> arms,
                 List<PopulationPlan> populations, List<EndpointPlan> endpoints,
                 List<ImportPreview.NotMapped> notMapped, RegistryResults registry, String registryDigest,
                 ProtocolPlan protocol) {

    StudyPlan withRegistry(RegistryResults linked) {
        return new StudyPlan(fileName, versionDate, trial, arms, populations, endpoints, notMapped, linked, registryDigest,
                protocol);
    }

    /** One record of the plan: how it is matched, named for people, and its values as the audit trail reads them. */
    interface Planned {
        String key();

        String label();

        Map<String, String> fields();
    }

    /** Matching ignores case and runs of spaces: "Eribulin  " and "eribulin" are one arm. */
    static String normalized(String text) {
        return text == null ? "" : text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** How many characters the audit trail keeps of one value (audit_entry.new_value). */
    static final int AUDIT_LENGTH = 2000;

    /**
     * A long text as the audit trail and the comparison read it: cut to {@link #AUDIT_LENGTH} characters, ending in
     * its length and a digest, so that a change after the cut still reads as a change. The table keeps it whole.
     */
    static String auditable(String text) {
        if (text == null || text.length() <= AUDIT_LENGTH) {
            return text;
        }
        var tail = "… (" + text.length() + " characters, SHA-256 " + RegistryResultsMapper.digest(text).substring(0, 16) + ")";
        return text.substring(0, AUDIT_LENGTH - tail.length()) + tail;
    }

    static Map<String, String> fields(Object... namesAndValues) {
        var fields = new LinkedHashMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], AuditText.of(namesAndValues[i + 1]));
        }
        return fields;
    }

    record TrialFacts(String registryId, String acronym, String title, String phase, String status, String design,
                      String condition, Integer enrolment) implements Planned {
        @Override
        public String key() {
            return registryId;
        }

        @Override
        public String label() {
            return acronym;
        }

        @Override
        public Map<String, String> fields() {
            return StudyPlan.fields("acronym", acronym, "title", title, "phase", phase, "status", status,
                    "design", design, "condition", condition, "enrolment", enrolment);
        }
    }

    record ArmPlan(String label, String shortLabel, ArmRole role) implements Planned {
        @Override
        public String key() {
            return normalized(label);
        }

        @Override
        public Map<String, String> fields() {
            return StudyPlan.fields("label", label, "shortLabel", shortLabel, "role", role);
        }
    }

    record PopulationPlan(String name, String description) implements Planned {
        @Override
        public String key() {
            return normalized(name) + "|" + normalized(description);
        }

        @Override
        public String label() {
            return name;
        }

        @Override
        public Map<String, String> fields() {
            return StudyPlan.fields("name", name, "description", description);
        }
    }

    record EndpointPlan(String name, EndpointKind kind, MeasureType measureType, String paramType, String timeFrame,
                        String description, String populationKey) implements Planned {
        @Override
        public String key() {
            return normalized(name);
        }

        @Override
        public String label() {
            return name;
        }

        @Override
        public Map<String, String> fields() {
            return StudyPlan.fields("name", name, "kind", kind, "measureType", measureType, "paramType", paramType,
                    "timeFrame", timeFrame, "description", description);
        }
    }

    /**
     * The protocol as the registry lists it: the record's facts the trial table has no place for, its arm groups
     * and its interventions, each kept as posted (codes as the registry spells them).
     */
    record ProtocolPlan(ProtocolFacts facts, List<ArmGroupPlan> armGroups, List<InterventionPlan> interventions) {
    }

    /** Dates as posted ("2020-02-21", "2006-11") with their type (ACTUAL, ESTIMATED), both null when absent. */
    record ProtocolFacts(String registryId, String studyType, String sponsor, String startDate, String startDateType,
                         String primaryCompletionDate, String primaryCompletionDateType, String completionDate,
                         String completionDateType, String enrolmentType, String briefSummary) implements Planned {
        @Override
        public String key() {
            return registryId;
        }

        @Override
        public String label() {
            return "Registry facts";
        }

        /** True when the record gives none of these facts. */
        boolean isEmpty() {
            return fields().values().stream().allMatch(java.util.Objects::isNull);
        }

        @Override
        public Map<String, String> fields() {
            return StudyPlan.fields("studyType", studyType, "sponsor", sponsor, "startDate", startDate,
                    "startDateType", startDateType, "primaryCompletionDate", primaryCompletionDate,
                    "primaryCompletionDateType", primaryCompletionDateType, "completionDate", completionDate,
                    "completionDateType", completionDateType, "enrolmentType", enrolmentType,
                    "briefSummary", auditable(briefSummary));
        }
    }

    /** An arm group as armGroups[] lists it: label, type (EXPERIMENTAL ...) and description. */
    record ArmGroupPlan(String label, String type, String description) implements Planned {
        @Override
        public String key() {
            return normalized(label);
        }

        @Override
        public Map<String, String> fields() {
            return StudyPlan.fields("label", label, "type", type, "description", auditable(description));
        }
    }

    /** An intervention as interventions[] lists it, with the labels of the arm groups that receive it. */
    record InterventionPlan(String name, String type, String description, List<String> armGroups) implements Planned {
        @Override
        public String key() {
            return normalized(type) + "|" + normalized(name);
        }

        @Override
        public String label() {
            return name;
        }

        @Override
        public Map<String, String> fields() {
            return StudyPlan.fields("name", name, "type", type, "description", auditable(description),
                    "armGroups", armGroups.isEmpty() ? null : auditable(String.join("; ", armGroups)));
        }
    }
}
