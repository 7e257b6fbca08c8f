package com.triallens.curation.ui;

import com.triallens.base.domain.ArmRole;
import com.triallens.trial.ArmEdit;
import com.triallens.trial.EndpointEdit;
import com.triallens.trial.EndpointKind;
import com.triallens.trial.InterventionEdit;
import com.triallens.trial.MeasureType;
import com.triallens.trial.PopulationEdit;
import com.triallens.trial.ReferenceEdit;
import com.triallens.trial.TrialEdit;
import com.vaadin.flow.component.textfield.TextField;

import java.util.List;
import java.util.Map;

/** The forms for the protocol's records: trial facts, references, arms, dosing, populations and endpoints. */
final class ProtocolForms {

    private ProtocolForms() {
    }

    static RecordForm<TrialEdit> trial() {
        var form = new RecordForm<>(TrialEdit.class);
        form.area("title", "Title");
        form.text("phase", "Phase").setHelperText("As registered: 2, 3, 2/3 …");
        form.text("status", "Status");
        form.area("design", "Design");
        form.area("condition", "Condition");
        form.integer("enrolment", "Enrolment").setHelperText("Leave empty while the source gives no number");
        form.area("priorTherapy", "Prior therapy");
        form.area("mechanism", "Mechanism of action");
        form.area("outcome", "Outcome");
        return form;
    }

    static RecordForm<ReferenceEdit> reference() {
        var form = new RecordForm<>(ReferenceEdit.class);
        form.integer("number", "Number").setHelperText("Its number in the list: [1], [2] …");
        form.text("source", "Source").setHelperText("Journal, registry or website");
        form.text("title", "Title");
        form.text("url", "URL").setHelperText("Optional: an address starting with http:// or https://");
        return form;
    }

    static RecordForm<ArmEdit> arm() {
        var form = new RecordForm<>(ArmEdit.class);
        form.text("label", "Label");
        form.text("shortLabel", "Short label").setHelperText("As tables and charts name the arm");
        form.choice("role", "Role", List.of(ArmRole.values()), ArmRole::label);
        form.integer("participants", "Participants").setHelperText("Leave empty while the source gives no count");
        return form;
    }

    static RecordForm<InterventionEdit> intervention() {
        var form = new RecordForm<>(InterventionEdit.class) {
            @Override
            public String describe(InterventionEdit v) {
                return v.drug() + " " + v.dose() + " " + v.doseUnit() + " " + v.route() + ", days "
                        + v.administrationDays() + " of a " + v.cycleLengthDays() + "-day cycle";
            }
        };
        form.text("drug", "Drug");
        form.decimal("dose", "Dose").setHelperText("As printed: 1.4 stays 1.4");
        form.text("doseUnit", "Dose unit");
        form.text("route", "Route");
        form.integer("cycleLengthDays", "Cycle length (days)");
        TextField days = form.text("administrationDays", "Days of the cycle");
        days.setHelperText("Separated by commas, e.g. 1,2,3,8,9,10 in a 21-day cycle");
        return form;
    }

    static RecordForm<PopulationEdit> population() {
        var form = new RecordForm<>(PopulationEdit.class);
        form.text("name", "Name");
        form.area("description", "Who belongs to it");
        return form;
    }

    static RecordForm<EndpointEdit> endpoint(Map<Long, String> populations) {
        var form = new RecordForm<>(EndpointEdit.class) {
            @Override
            public String describe(EndpointEdit values) {
                var population = populations.getOrDefault(values.populationId(), "?");
                return super.describe(new EndpointEdit(values.name(), values.kind(), values.measureType(), null,
                        values.interim())) + " · " + population;
            }
        };
        form.text("name", "Name");
        form.choice("kind", "Kind", List.of(EndpointKind.values()), RecordForm::words);
        form.choice("measureType", "Measure", List.of(MeasureType.values()), RecordForm::words);
        form.choice("populationId", "Population", populations.keySet().stream().sorted().toList(),
                id -> populations.getOrDefault(id, "Population " + id));
        form.flag("interim", "Interim analysis");
        return form;
    }
}
