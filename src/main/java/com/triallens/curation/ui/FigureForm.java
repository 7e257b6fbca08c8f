package com.triallens.curation.ui;

import com.triallens.base.domain.Checks;
import com.triallens.base.domain.FigureEdit;
import com.triallens.base.domain.ReportedDecimal;
import com.triallens.base.domain.ResultStatus;
import com.triallens.base.domain.Violation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One arm's figure: an endpoint result or an adverse-event result. */
class FigureForm extends Composite<FormLayout> implements EditForm<FigureEdit> {

    /** The buffer the binder writes into; the record stays untouched until the service saves it. */
    static final class Draft {
        boolean notReported;
        ReportedDecimal value;
        String unit;
        Integer participants;
    }

    final Checkbox notReported = new Checkbox("Not reported in the source");
    final TextField value = new TextField("Value");
    final TextField unit = new TextField("Unit");
    final IntegerField participants = new IntegerField("Participants analysed");
    private final Binder<Draft> binder = new Binder<>();

    FigureForm() {
        participants.setHelperText("Leave empty while the source gives no count");
        binder.forField(notReported).bind(d -> d.notReported, (d, v) -> d.notReported = v);
        binder.forField(value)
                .withConverter(FieldRules.decimal())
                .withValidator(FieldRules.ruleFor("value", this::violations))
                .bind(d -> d.value, (d, v) -> d.value = v);
        binder.forField(unit)
                .asRequired(Checks.UNIT_MISSING)
                .withValidator(FieldRules.ruleFor("unit", this::violations))
                .bind(d -> d.unit, (d, v) -> d.unit = v);
        binder.forField(participants)
                .withValidator(FieldRules.ruleFor("participants", this::violations))
                .bind(d -> d.participants, (d, v) -> d.participants = v);
        getContent().add(value, unit, notReported, participants);
    }

    private List<Violation> violations() {
        return new FigureEdit(notReported.getValue() ? ResultStatus.NOT_REPORTED : ResultStatus.REPORTED,
                FieldRules.lenient(value.getValue()), unit.getValue(), participants.getValue()).violations();
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public void read(FigureEdit values) {
        var draft = new Draft();
        draft.notReported = values.status() == ResultStatus.NOT_REPORTED;
        draft.value = values.value();
        draft.unit = values.unit();
        draft.participants = values.participants();
        binder.readBean(draft);
    }

    @Override
    public Optional<FigureEdit> validEdit() {
        var draft = new Draft();
        if (!binder.writeBeanIfValid(draft)) {
            return Optional.empty();
        }
        return Optional.of(new FigureEdit(draft.notReported ? ResultStatus.NOT_REPORTED : ResultStatus.REPORTED,
                draft.value, draft.unit, draft.participants));
    }

    @Override
    public void showViolations(List<Violation> violations) {
        FieldRules.show(violations, Map.of("value", value, "unit", unit, "participants", participants));
    }

    @Override
    public String describe(FigureEdit values) {
        var figure = values.status() == ResultStatus.NOT_REPORTED ? "Not reported" : values.value() + " " + values.unit();
        return values.participants() == null ? figure : figure + " (n = " + values.participants() + ")";
    }
}
