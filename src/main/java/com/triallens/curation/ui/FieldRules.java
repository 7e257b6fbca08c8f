package com.triallens.curation.ui;

import com.triallens.base.domain.ReportedDecimal;
import com.triallens.base.domain.Violation;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.converter.Converter;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Binds form fields to the domain's own rules: a field is invalid when the whole edit, as currently
 * entered, breaks a rule for that field. The service runs the same rules, so form and server agree.
 */
final class FieldRules {

    static final String NOT_A_NUMBER = "Enter a number as printed in the source, for example 26.5.";

    private FieldRules() {
    }

    static <T> Validator<T> ruleFor(String field, Supplier<List<Violation>> violations) {
        return (value, context) -> violations.get().stream()
                .filter(v -> v.field().equals(field))
                .findFirst()
                .map(v -> ValidationResult.error(v.message()))
                .orElse(ValidationResult.ok());
    }

    /** Text to a figure with the precision typed: "28" has no decimal places, "26.5" one. */
    static Converter<String, ReportedDecimal> decimal() {
        return Converter.from(text -> {
            var parsed = lenient(text);
            return parsed != null || text == null || text.isBlank() ? Result.ok(parsed) : Result.error(NOT_A_NUMBER);
        }, value -> value == null ? "" : value.toString());
    }

    /** The figure typed, or null when the text is empty or not a number (the converter reports that). */
    static ReportedDecimal lenient(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ReportedDecimal.parse(text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    static void show(List<Violation> violations, Map<String, ? extends HasValidation> fields) {
        violations.forEach(violation -> {
            var field = fields.get(violation.field());
            if (field != null) {
                field.setErrorMessage(violation.message());
                field.setInvalid(true);
            }
        });
    }
}
