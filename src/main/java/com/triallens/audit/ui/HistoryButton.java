package com.triallens.audit.ui;

import com.triallens.audit.AuditEntry;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.List;

/** "Changed": beside a figure that curators have changed; opens its earlier values with who, when and why. */
public class HistoryButton extends Button {

    final Dialog dialog = new Dialog();

    HistoryButton(String title, List<AuditEntry> entries) {
        super("Changed", VaadinIcon.TIME_BACKWARD.create());
        addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        setAriaLabel("History of " + title);
        setTooltipText("Show earlier values");
        var grid = AuditGrid.create();
        grid.setItems(entries);
        grid.setAllRowsVisible(true);
        dialog.setHeaderTitle("History: " + title);
        dialog.add(grid);
        dialog.setWidth("min(90vw, 70rem)");
        dialog.getFooter().add(new Button("Close", event -> dialog.close()));
        addClickListener(event -> dialog.open());
    }

    /** The button, or nothing when the record has never been changed. */
    public static Component of(String title, List<AuditEntry> entries) {
        return entries == null || entries.isEmpty() ? new Span() : new HistoryButton(title, entries);
    }
}
