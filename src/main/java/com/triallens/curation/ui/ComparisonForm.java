package com.triallens.curation.ui;

import com.triallens.base.domain.ComparisonEdit;
import com.triallens.base.domain.ComparisonFigure;
import com.triallens.base.domain.ReportedDecimal;
import com.triallens.base.domain.Statistic;
import com.triallens.base.domain.Violation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableFunction;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A between-arm comparison: statistic and estimate, confidence interval at its own level, p-value, method. */
class ComparisonForm extends Composite<FormLayout> implements EditForm<ComparisonEdit> {

    static final class Draft {
        Statistic statistic;
        ReportedDecimal estimate;
        ReportedDecimal ciLevel;
        ReportedDecimal ciLower;
        ReportedDecimal ciUpper;
        ReportedDecimal pValue;
        String method;
    }

    final ComboBox<Statistic> statistic = new ComboBox<>("Statistic");
    final TextField estimate = new TextField("Estimate");
    final TextField ciLevel = new TextField("CI level (%)");
    final TextField ciLower = new TextField("CI lower bound");
    final TextField ciUpper = new TextField("CI upper bound");
    final TextField pValue = new TextField("p-value");
    final TextField method = new TextField("Method");
    private final Binder<Draft> binder = new Binder<>();

    ComparisonForm() {
        statistic.setItems(Statistic.values());
        statistic.setItemLabelGenerator(s -> s.abbreviation() + " – " + s.name().toLowerCase().replace('_', ' '));
        statistic.setClearButtonVisible(true);
        ciLevel.setHelperText("As reported: 95, 96, 99.9 …");
        binder.forField(statistic).bind(d -> d.statistic, (d, v) -> d.statistic = v);
        decimal(estimate, "estimate", d -> d.estimate, (d, v) -> d.estimate = v);
        decimal(ciLevel, "ciLevel", d -> d.ciLevel, (d, v) -> d.ciLevel = v);
        decimal(ciLower, "ciLower", d -> d.ciLower, (d, v) -> d.ciLower = v);
        decimal(ciUpper, "ciUpper", d -> d.ciUpper, (d, v) -> d.ciUpper = v);
        decimal(pValue, "pValue", d -> d.pValue, (d, v) -> d.pValue = v);
        binder.forField(method).withValidator(FieldRules.ruleFor("method", this::violations))
                .bind(d -> d.method, (d, v) -> d.method = v);
        getContent().add(statistic, estimate, ciLevel, ciLower, ciUpper, pValue, method);
    }

    private void decimal(TextField field, String name, SerializableFunction<Draft, ReportedDecimal> getter,
                         SerializableBiConsumer<Draft, ReportedDecimal> setter) {
        binder.forField(field)
                .withConverter(FieldRules.decimal())
                .withValidator(FieldRules.ruleFor(name, this::violations))
                .bind(getter::apply, setter::accept);
    }

    private List<Violation> violations() {
        return new ComparisonEdit(statistic.getValue(), FieldRules.lenient(estimate.getValue()),
                FieldRules.lenient(ciLevel.getValue()), FieldRules.lenient(ciLower.getValue()),
                FieldRules.lenient(ciUpper.getValue()), FieldRules.lenient(pValue.getValue()), method.getValue())
                .violations();
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public void read(ComparisonEdit values) {
        var draft = new Draft();
        draft.statistic = values.statistic();
        draft.estimate = values.estimate();
        draft.ciLevel = values.ciLevel();
        draft.ciLower = values.ciLower();
        draft.ciUpper = values.ciUpper();
        draft.pValue = values.pValue();
        draft.method = values.method();
        binder.readBean(draft);
    }

    @Override
    public Optional<ComparisonEdit> validEdit() {
        var draft = new Draft();
        if (!binder.writeBeanIfValid(draft)) {
            return Optional.empty();
        }
        return Optional.of(new ComparisonEdit(draft.statistic, draft.estimate, draft.ciLevel, draft.ciLower,
                draft.ciUpper, draft.pValue, draft.method));
    }

    @Override
    public void showViolations(List<Violation> violations) {
        FieldRules.show(violations, Map.of("estimate", estimate, "ciLevel", ciLevel, "ciLower", ciLower,
                "ciUpper", ciUpper, "pValue", pValue, "method", method));
    }

    @Override
    public String describe(ComparisonEdit v) {
        return new ComparisonFigure(v.statistic(), v.estimate(), v.ciLevel(), v.ciLower(), v.ciUpper(), v.pValue(),
                v.method(), null).display();
    }
}
