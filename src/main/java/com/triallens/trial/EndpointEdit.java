package com.triallens.trial;

import com.triallens.base.domain.Checks;
import com.triallens.base.domain.Violation;
import com.triallens.base.domain.Violations;

import java.util.List;

/** One endpoint: its name, kind, how it is measured, in which population, and whether the analysis is interim. */
public record EndpointEdit(String name, EndpointKind kind, MeasureType measureType, Long populationId,
                           boolean interim) implements ProtocolEdit {

    @Override
    public List<Violation> violations() {
        return new Violations()
                .check("name", Checks.required(name, "Enter the endpoint's name."))
                .check("name", ProtocolEdit.tooLong(name, 300))
                .check("kind", Checks.required(kind, "Choose primary, secondary or exploratory."))
                .check("measureType", Checks.required(measureType, "Choose how the endpoint is measured."))
                .check("populationId", Checks.required(populationId, "Choose the analysis population."))
                .list();
    }
}
