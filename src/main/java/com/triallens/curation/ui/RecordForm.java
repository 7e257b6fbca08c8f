package com.triallens.curation.ui;

import com.triallens.base.domain.Violation;
import com.triallens.trial.ProtocolEdit;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A form for one kind of protocol record, an edit record whose components are the form's fields by name.
 * Each field shows the record's own rule for it as it is entered; the service checks the same rules again.
 */
class RecordForm<T extends Record & ProtocolEdit> extends Composite<FormLayout> implements EditForm<T> {

    private final Class<T> type;
    private final Binder<Map<String, Object>> binder = new Binder<>();
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final Map<String, Component> components = new HashMap<>();
    /** Each field's value as typed, for the rules to run on before it converts. */
    private final Map<String, Supplier<Object>> typed = new HashMap<>();

    RecordForm(Class<T> type) {
        this.type = type;
    }

    TextField text(String name, String label) {
        var field = new TextField(label);
        bind(name, field, field, optionalText(), () -> blankToNull(field.getValue()));
        return field;
    }

    TextArea area(String name, String label) {
        var field = new TextArea(label);
        bind(name, field, field, optionalText(), () -> blankToNull(field.getValue()));
        return field;
    }

    /** A figure kept with the precision typed: "1.40" has two places. */
    TextField decimal(String name, String label) {
        var field = new TextField(label);
        bind(name, field, field, FieldRules.decimal(), () -> FieldRules.lenient(field.getValue()));
        return field;
    }

    IntegerField integer(String name, String label) {
        var field = new IntegerField(label);
        bind(name, field, field, Converter.identity(), field::getValue);
        return field;
    }

    <V> ComboBox<V> choice(String name, String label, Collection<V> items, ItemLabelGenerator<V> labels) {
        var field = new ComboBox<V>(label, items);
        field.setItemLabelGenerator(labels);
        bind(name, field, field, Converter.identity(), field::getValue);
        return field;
    }

    Checkbox flag(String name, String label) {
        var field = new Checkbox(label);
        bind(name, field, null, Converter.identity(), field::getValue);
        return field;
    }

    @SuppressWarnings("unchecked")
    private <F, V> void bind(String name, HasValue<?, F> field, HasValidation validation, Converter<F, V> converter,
                             Supplier<Object> typedValue) {
        binder.forField(field).withConverter(converter)
                .withValidator(FieldRules.ruleFor(name, this::violations))
                .bind(values -> (V) values.get(name), (values, value) -> values.put(name, value));
        if (validation != null) {
            fields.put(name, validation);
        }
        typed.put(name, typedValue);
        components.put(name, (Component) field);
        getContent().add((Component) field);
    }

    /** The field for a record component, by its name. */
    <C extends Component> C field(String name, Class<C> kind) {
        return kind.cast(components.get(name));
    }

    private List<Violation> violations() {
        return edit(name -> typed.get(name).get()).violations();
    }

    private T edit(Function<String, Object> values) {
        var components = type.getRecordComponents();
        try {
            return type.getDeclaredConstructor(Stream.of(components).map(RecordComponent::getType).toArray(Class[]::new))
                    .newInstance(Stream.of(components).map(c -> values.apply(c.getName())).toArray());
        } catch (ReflectiveOperationException notAnEditRecord) {
            throw new IllegalStateException(notAnEditRecord);
        }
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public void read(T values) {
        binder.readBean(new HashMap<>(values.values()));
    }

    @Override
    public Optional<T> validEdit() {
        var draft = new HashMap<String, Object>();
        return binder.writeBeanIfValid(draft) ? Optional.of(edit(draft::get)) : Optional.empty();
    }

    @Override
    public void showViolations(List<Violation> violations) {
        FieldRules.show(violations, fields);
    }

    /** The values that are given, in the record's order. */
    @Override
    public String describe(T values) {
        return values.values().entrySet().stream()
                .filter(entry -> entry.getValue() != null && !Boolean.FALSE.equals(entry.getValue()))
                .map(entry -> switch (entry.getValue()) {
                    case Enum<?> choice -> words(choice);
                    case Boolean yes -> entry.getKey();
                    default -> entry.getValue().toString();
                })
                .collect(Collectors.joining(" · "));
    }

    /** {@code MEDIAN_TIME} as "median time". */
    static String words(Enum<?> choice) {
        return choice.name().toLowerCase().replace('_', ' ');
    }

    private static Converter<String, String> optionalText() {
        return Converter.from(text -> Result.ok(blankToNull(text)), value -> value == null ? "" : value);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
