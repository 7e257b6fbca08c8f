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
                 List<ImportPreview.NotMapped> notMapped, RegistryResults registry, String registryDigest) {

    StudyPlan withRegistry(RegistryResults linked) {
        return new StudyPlan(fileName, versionDate, trial, arms, populations, endpoints, notMapped, linked, registryDigest);
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
}
