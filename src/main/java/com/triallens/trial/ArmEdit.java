package com.triallens.trial;

import com.triallens.base.domain.ArmRole;
import com.triallens.base.domain.Checks;
import com.triallens.base.domain.Violation;
import com.triallens.base.domain.Violations;

import java.util.List;

/** One arm: its full and short label, its role and how many participants it has. */
public record ArmEdit(String label, String shortLabel, ArmRole role, Integer participants) implements ProtocolEdit {

    @Override
    public List<Violation> violations() {
        return new Violations()
                .check("label", Checks.required(label, "Enter the arm's label."))
                .check("shortLabel", Checks.required(shortLabel, "Enter the short label the tables use."))
                .check("label", ProtocolEdit.tooLong(label, 300))
                .check("shortLabel", ProtocolEdit.tooLong(shortLabel, 80))
                .check("role", Checks.required(role, "Choose the arm's role."))
                .check("participants", Checks.count(participants))
                .list();
    }
}
