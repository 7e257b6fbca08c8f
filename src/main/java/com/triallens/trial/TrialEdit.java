package com.triallens.trial;

import com.triallens.base.domain.Checks;
import com.triallens.base.domain.Violation;
import com.triallens.base.domain.Violations;

import java.util.List;
import java.util.Optional;

/** The trial's facts as the Overview shows them. */
public record TrialEdit(String title, String phase, String status, String design, String condition,
                        Integer enrolment, String priorTherapy, String mechanism, String outcome)
        implements ProtocolEdit {

    @Override
    public List<Violation> violations() {
        return new Violations()
                .check("title", Checks.required(title, "Enter the trial's title."))
                .check("phase", Checks.required(phase, "Enter the phase, for example 3."))
                .check("status", Checks.required(status, "Enter the status, for example Completed."))
                .check("design", Checks.required(design, "Describe the design, for example randomized, open-label."))
                .check("condition", Checks.required(condition, "Enter the condition studied."))
                .check("title", ProtocolEdit.tooLong(title, 1000))
                .check("phase", ProtocolEdit.tooLong(phase, 20))
                .check("status", ProtocolEdit.tooLong(status, 60))
                .check("design", ProtocolEdit.tooLong(design, 1000))
                .check("condition", ProtocolEdit.tooLong(condition, 1000))
                .check("priorTherapy", ProtocolEdit.tooLong(priorTherapy, 1000))
                .check("mechanism", ProtocolEdit.tooLong(mechanism, 2000))
                .check("outcome", ProtocolEdit.tooLong(outcome, 2000))
                .check("enrolment", enrolment != null && enrolment < 0
                        ? Optional.of("Enrolment cannot be negative; leave it empty if the source gives none.")
                        : Optional.empty())
                .list();
    }
}
