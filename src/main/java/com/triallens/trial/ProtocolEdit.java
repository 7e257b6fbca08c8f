package com.triallens.trial;

import com.triallens.base.domain.AuditText;
import com.triallens.base.domain.Checks;
import com.triallens.base.domain.Violation;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The curated values of one protocol record (trial facts, reference, arm, intervention, population, endpoint):
 * the rules they must meet, checked by the form and again by {@link ProtocolService}, and their audit values.
 */
public interface ProtocolEdit {

    List<Violation> violations();

    /** Text its column cannot hold (too long, or a control character); empty text is left to the required-field rules. */
    static Optional<String> tooLong(String text, int max) {
        return Checks.text(text, max);
    }

    /** The values by record component, in declaration order (a value may be null). */
    default Map<String, Object> values() {
        var values = new LinkedHashMap<String, Object>();
        for (RecordComponent component : getClass().getRecordComponents()) {
            try {
                values.put(component.getName(), component.getAccessor().invoke(this));
            } catch (ReflectiveOperationException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }
        return values;
    }

    /** The values as the audit trail records them, one per record component, in declaration order. */
    default Map<String, String> auditFields() {
        var fields = new LinkedHashMap<String, String>();
        values().forEach((name, value) -> fields.put(name, AuditText.of(value)));
        return fields;
    }
}
