package com.triallens.base.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The curated values of a between-arm comparison. */
public record ComparisonEdit(Statistic statistic, ReportedDecimal estimate, ReportedDecimal ciLevel,
                             ReportedDecimal ciLower, ReportedDecimal ciUpper, ReportedDecimal pValue,
                             String method) {

    public boolean intervalGiven() {
        return ciLevel != null || ciLower != null || ciUpper != null;
    }

    public List<Violation> violations() {
        return new Violations()
                .check("estimate", Checks.estimateMatchesStatistic(statistic, estimate))
                .check("estimate", Checks.positiveRatio(statistic, estimate, "The estimate"))
                .check("ciLevel", Checks.intervalPart(ciLevel, intervalGiven(), "level"))
                .check("ciLevel", Checks.confidenceLevel(ciLevel))
                .check("ciLower", Checks.intervalPart(ciLower, intervalGiven(), "lower bound"))
                .check("ciLower", Checks.positiveRatio(statistic, ciLower, "The lower bound"))
                .check("ciLower", Checks.lowerBound(ciLower, estimate, ciUpper))
                .check("ciUpper", Checks.intervalPart(ciUpper, intervalGiven(), "upper bound"))
                .check("ciUpper", Checks.upperBound(ciUpper, estimate))
                .check("pValue", Checks.pValue(pValue))
                .check("estimate", Checks.storable(estimate, 8, 6))
                .check("ciLevel", Checks.storable(ciLevel, 4, 4))
                .check("ciLower", Checks.storable(ciLower, 8, 6))
                .check("ciUpper", Checks.storable(ciUpper, 8, 6))
                .check("pValue", Checks.storable(pValue, 2, 10))
                .check("method", Checks.text(method, 300))
                .list();
    }

    public Map<String, String> auditFields() {
        var fields = new LinkedHashMap<String, String>();
        fields.put("statistic", AuditText.of(statistic));
        fields.put("estimate", AuditText.of(estimate));
        fields.put("ciLevel", AuditText.of(ciLevel));
        fields.put("ciLower", AuditText.of(ciLower));
        fields.put("ciUpper", AuditText.of(ciUpper));
        fields.put("pValue", AuditText.of(pValue));
        fields.put("method", AuditText.of(method));
        return fields;
    }
}
