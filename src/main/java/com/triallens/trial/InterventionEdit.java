package com.triallens.trial;

import com.triallens.base.domain.Checks;
import com.triallens.base.domain.ReportedDecimal;
import com.triallens.base.domain.Violation;
import com.triallens.base.domain.Violations;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** One drug of an arm: the dose as printed, its unit and route, and the days of the cycle it is given on. */
public record InterventionEdit(String drug, ReportedDecimal dose, String doseUnit, String route,
                               Integer cycleLengthDays, String administrationDays) implements ProtocolEdit {

    private static final BigDecimal MAX_DOSE = new BigDecimal("100000000");

    @Override
    public List<Violation> violations() {
        return new Violations()
                .check("drug", Checks.required(drug, "Enter the drug."))
                .check("dose", Checks.required(dose, "Enter the dose as printed, for example 1.4."))
                .check("dose", dose != null && dose.value().signum() <= 0
                        ? Optional.of("The dose must be greater than 0.") : Optional.empty())
                .check("dose", dose != null && (dose.places() > 6 || dose.value().abs().compareTo(MAX_DOSE) >= 0)
                        ? Optional.of("A dose has at most 6 decimal places and fewer than 9 digits before the point.")
                        : Optional.empty())
                .check("drug", ProtocolEdit.tooLong(drug, 200))
                .check("doseUnit", ProtocolEdit.tooLong(doseUnit, 40))
                .check("route", ProtocolEdit.tooLong(route, 40))
                .check("administrationDays", ProtocolEdit.tooLong(administrationDays, 200))
                .check("doseUnit", Checks.required(doseUnit, "Enter the dose unit, for example mg/m²."))
                .check("route", Checks.required(route, "Enter the route, for example IV."))
                .check("cycleLengthDays", Checks.positiveNumber(cycleLengthDays, "The cycle length must be at least 1 day."))
                .check("administrationDays", daysRule())
                .list();
    }

    /** Each day a whole number between 1 and the cycle length, none twice: "1,2,3,8,9,10" in a 21-day cycle. */
    private Optional<String> daysRule() {
        if (administrationDays == null || administrationDays.isBlank()) {
            return Optional.of("Enter the days of the cycle the drug is given on, for example 1,8,15.");
        }
        var seen = new ArrayList<Integer>();
        for (var part : administrationDays.split(",", -1)) {
            int day;
            try {
                day = Integer.parseInt(part.trim());
            } catch (NumberFormatException notADay) {
                return Optional.of("List the days as whole numbers separated by commas, for example 1,2,3,8.");
            }
            if (day < 1 || cycleLengthDays != null && cycleLengthDays > 0 && day > cycleLengthDays) {
                return Optional.of(cycleLengthDays == null || cycleLengthDays < 1
                        ? "Day " + day + " is not a day of the cycle: days start at 1."
                        : "Day " + day + " is outside the " + cycleLengthDays + "-day cycle: days run from 1 to "
                                + cycleLengthDays + ".");
            }
            if (seen.contains(day)) {
                return Optional.of("Day " + day + " is listed twice.");
            }
            seen.add(day);
        }
        return Optional.empty();
    }

    /** The same edit with the days in order and without spaces, as stored: {@code 8, 1,2} becomes {@code 1,2,8}. */
    public InterventionEdit normalized() {
        var days = java.util.Arrays.stream(administrationDays.split(",")).map(String::trim).map(Integer::valueOf)
                .sorted().map(String::valueOf).collect(Collectors.joining(","));
        return new InterventionEdit(drug.trim(), dose, doseUnit.trim(), route.trim(), cycleLengthDays, days);
    }
}
