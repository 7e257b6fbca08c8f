package com.triallens.base.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The curated values of one arm's figure (an endpoint result or an adverse-event result). */
public record FigureEdit(ResultStatus status, ReportedDecimal value, String unit, Integer participants) {

    public List<Violation> violations() {
        return new Violations()
                .check("status", Checks.required(status, "Say whether the source reports a value."))
                .check("value", Checks.figureValue(status == ResultStatus.NOT_REPORTED, value))
                .check("value", Checks.percentage(value, unit))
                .check("value", Checks.storable(value, 8, 6))
                .check("unit", Checks.required(unit, Checks.UNIT_MISSING))
                .check("unit", Checks.text(unit, 40))
                .check("participants", Checks.count(participants))
                .list();
    }

    /** The values as the audit trail records them, field by field. */
    public Map<String, String> auditFields() {
        var fields = new LinkedHashMap<String, String>();
        fields.put("status", AuditText.of(status));
        fields.put("value", AuditText.of(value));
        fields.put("unit", AuditText.of(unit));
        fields.put("participants", AuditText.of(participants));
        return fields;
    }
}
