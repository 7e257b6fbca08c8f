package com.triallens.trial;

import com.triallens.base.domain.ReportedDecimal;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Embedded;

import java.util.Arrays;
import java.util.List;

class Intervention {
    @Id Long id;
    String drug;
    @Embedded.Nullable(prefix = "dose_") ReportedDecimal dose;
    String doseUnit;
    String route;
    int cycleLengthDays;
    /** Days of the cycle on which the drug is given, comma-separated: {@code 1,2,3,8,9,10}. */
    String administrationDays;
    Long referenceId;

    InterventionEdit toEdit() {
        return new InterventionEdit(drug, dose, doseUnit, route, cycleLengthDays, administrationDays);
    }

    void apply(InterventionEdit edit) {
        drug = edit.drug();
        dose = edit.dose();
        doseUnit = edit.doseUnit();
        route = edit.route();
        cycleLengthDays = edit.cycleLengthDays();
        administrationDays = edit.administrationDays();
    }

    List<Integer> days() {
        return Arrays.stream(administrationDays.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }
}
