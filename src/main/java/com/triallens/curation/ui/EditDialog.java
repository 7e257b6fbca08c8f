package com.triallens.curation.ui;

import com.triallens.base.domain.Checks;
import com.triallens.base.domain.EditConflictException;
import com.triallens.base.domain.Editable;
import com.triallens.base.domain.InvalidEditException;
import com.triallens.base.domain.RecordInUseException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Edits one record: the form, a required reason for the change, and Save. A stale save shows who changed
 * the record and when, with the newer values, and keeps what was typed so it can be saved again.
 */
class EditDialog<T> extends Dialog {

    @FunctionalInterface
    interface Save<T> {
        void save(long id, int version, T edit, String reason);
    }

    @FunctionalInterface
    interface Delete {
        void delete(long id, int version, String reason);
    }

    final EditForm<T> form;
    final TextArea reason = new TextArea("Reason for change");
    final Div conflict = new Div();
    final Button save = new Button("Save");
    private Editable<T> record;
    private final Save<T> saver;
    private final LongFunction<Optional<Editable<T>>> reload;
    private final Runnable afterChange;

    EditDialog(Editable<T> record, EditForm<T> form, Save<T> saver, LongFunction<Optional<Editable<T>>> reload,
               Runnable afterChange) {
        this.record = record;
        this.form = form;
        this.saver = saver;
        this.reload = reload;
        this.afterChange = afterChange;
        setHeaderTitle(record.label());
        form.read(record.values());
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        reason.setHelperText("Why the figure changes, e.g. the source it was checked against");
        conflict.addClassName("edit-conflict");
        conflict.setVisible(false);
        add(conflict, form.component(), reason);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(event -> save());
        getFooter().add(new Button("Cancel", event -> close()), save);
        setWidth("40rem");
    }

    /** Adds a Delete button that asks for confirmation and uses the same reason. */
    EditDialog<T> deletable(Delete deleter) {
        var delete = new Button("Delete", event -> {
            if (reasonGiven()) {
                var confirm = new ConfirmDialog("Delete " + record.label() + "?",
                        "The record is removed; the audit trail keeps its values and your reason.",
                        "Delete", confirmed -> run(() -> deleter.delete(record.id(), record.version(), reason.getValue())));
                confirm.setCancelable(true);
                confirm.setConfirmButtonTheme("error primary");
                confirm.open();
            }
        });
        delete.addThemeVariants(ButtonVariant.ERROR);
        getFooter().addComponentAsFirst(delete);
        return this;
    }

    void save() {
        var edit = form.validEdit();
        if (reasonGiven() && edit.isPresent()) {
            run(() -> saver.save(record.id(), record.version(), edit.get(), reason.getValue()));
        }
    }

    private boolean reasonGiven() {
        var missing = Checks.reason(reason.getValue());
        missing.ifPresent(reason::setErrorMessage);
        reason.setInvalid(missing.isPresent());
        return missing.isEmpty();
    }

    private void run(Runnable write) {
        try {
            write.run();
            close();
            afterChange.run();
            Notification.show("Saved: " + record.label());
        } catch (InvalidEditException refused) {
            form.showViolations(refused.violations());
            refused.violations().stream().filter(v -> v.field().equals("reason")).findFirst().ifPresent(v -> {
                reason.setErrorMessage(v.message());
                reason.setInvalid(true);
            });
        } catch (EditConflictException stale) {
            showConflict(stale);
        } catch (RecordInUseException inUse) {
            conflict.setText(inUse.getMessage());
            conflict.setVisible(true);
        }
    }

    /** The newer version becomes the base of the next save; the fields keep what was typed. */
    private void showConflict(EditConflictException stale) {
        var newer = reload.apply(record.id());
        var text = stale.getMessage() + newer.map(n -> " Now it reads: " + form.describe(n.values()) + ".")
                .orElse(" It has been deleted.");
        conflict.setText(text + " Your entries are still in the form: check them and save again to apply them.");
        conflict.setVisible(true);
        newer.ifPresent(n -> record = n);
        afterChange.run();
    }
}
