package com.triallens.trial;

import com.triallens.base.domain.Checks;
import com.triallens.base.domain.Violation;
import com.triallens.base.domain.Violations;

import java.util.List;

/** An analysis population: its name and who belongs to it. */
public record PopulationEdit(String name, String description) implements ProtocolEdit {

    @Override
    public List<Violation> violations() {
        return new Violations()
                .check("name", Checks.required(name, "Enter the population's name."))
                .check("name", ProtocolEdit.tooLong(name, 200))
                .check("description", ProtocolEdit.tooLong(description, 1000))
                .list();
    }
}
