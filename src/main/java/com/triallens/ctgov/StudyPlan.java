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
                 List<PopulationPlan> populations, List<EndpointPlan> endpoints, List<ResultPlan> results,
                 List<ComparisonPlan> comparisons, List<AeCategoryPlan> aeCategories, List<AeResultPlan> aeResults,
                 List<ImportPreview.NotMapped> notMapped, RegistryResults registry, String registryDigest) {

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

    /** One arm's figure for an endpoint; without a value it is a stated absence ("NA" on the registry). */
    record ResultPlan(String endpointKey, String armKey, String label, ReportedDecimal value, String unit,
                      Integer participants, String dispersionType, ReportedDecimal spread, ReportedDecimal lower,
                      ReportedDecimal upper, String note) implements Planned {
        ResultStatus status() {
            return value == null ? ResultStatus.NOT_REPORTED : ResultStatus.REPORTED;
        }

        @Override
        public String key() {
            return endpointKey + "|" + armKey;
        }

        @Override
        public Map<String, String> fields() {
            return StudyPlan.fields("status", status(), "value", value, "unit", unit, "participants", participants,
                    "dispersion", dispersionType, "spread", spread, "lower", lower, "upper", upper, "note", note);
        }

        String display() {
            var text = new StringBuilder(value == null ? "NA" : value + " " + unit);
            if (lower != null || upper != null) {
                text.append(" (").append(lower == null ? "NA" : lower).append("–")
                        .append(upper == null ? "NA" : upper).append(")");
            } else if (spread != null) {
                text.append(" ± ").append(spread);
            }
            if (participants != null) {
                text.append(", n = ").append(participants);
            }
            return text.toString();
        }
    }

    record ComparisonPlan(String endpointKey, String experimentalArmKey, String comparatorArmKey, String label,
                          Statistic statistic, ReportedDecimal estimate, ReportedDecimal ciLevel,
                          ReportedDecimal ciLower, ReportedDecimal ciUpper, String ciSides, ReportedDecimal pValue,
                          String pValueText, String paramType, String method, String nonInferiorityType)
            implements Planned {
        @Override
        public String key() {
            return endpointKey + "|" + experimentalArmKey + "|" + comparatorArmKey + "|" + normalized(paramType);
        }

        @Override
        public Map<String, String> fields() {
            return StudyPlan.fields("statistic", statistic, "estimate", estimate, "ciLevel", ciLevel,
                    "ciLower", ciLower, "ciUpper", ciUpper, "ciSides", ciSides, "pValue", pValue,
                    "pValueText", pValueText, "paramType", paramType, "method", method,
                    "nonInferiorityType", nonInferiorityType);
        }

        String display() {
            var text = new StringBuilder(statistic == null ? "" : statistic.abbreviation() + " " + estimate);
            if (ciLevel != null) {
                text.append(" (").append(ciLevel).append(" % CI ").append(ciLower).append("–").append(ciUpper).append(")");
            }
            if (pValueText != null) {
                text.append(text.isEmpty() ? "" : "; ").append("p ")
                        .append(pValue == null ? pValueText.replaceFirst("^([<>≤≥]=?)\\s*", "$1 ") : "= " + pValueText);
            }
            return text.toString();
        }
    }

    /** A term as the registry lists it, or one of the totals (organ system null) the event groups give. */
    record AeCategoryPlan(String seriousness, String term, String organSystem) implements Planned {
        @Override
        public String key() {
            return (seriousness == null ? "" : seriousness) + "|" + normalized(organSystem) + "|" + normalized(term);
        }

        @Override
        public String label() {
            return organSystem == null ? term : term + " (" + organSystem + ")";
        }

        @Override
        public Map<String, String> fields() {
            return StudyPlan.fields("name", term, "organSystem", organSystem, "seriousness", seriousness);
        }
    }

    /**
     * x participants affected of n at risk, kept as counts (value x in unit "participants", participants n)
     * so a risk difference can be computed from them; events is the number of events where posted.
     */
    record AeResultPlan(String categoryKey, String armKey, String label, ReportedDecimal value, String unit,
                        Integer participants, Integer events) implements Planned {
        static final String UNIT = "participants";

        static AeResultPlan counted(String categoryKey, String armKey, String label, Integer affected, Integer atRisk,
                                    Integer events) {
            return new AeResultPlan(categoryKey, armKey, label,
                    affected == null ? null : new ReportedDecimal(BigDecimal.valueOf(affected), 0), UNIT, atRisk, events);
        }

        ResultStatus status() {
            return value == null ? ResultStatus.NOT_REPORTED : ResultStatus.REPORTED;
        }

        @Override
        public String key() {
            return categoryKey + "|" + armKey;
        }

        @Override
        public Map<String, String> fields() {
            return StudyPlan.fields("status", status(), "value", value, "unit", unit, "participants", participants,
                    "events", events);
        }
    }
}
