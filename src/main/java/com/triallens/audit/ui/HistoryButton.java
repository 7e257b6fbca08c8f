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

    static final int HISTORY_ROWS_SHOWN = 12;

    private final String title;
    private final List<AuditEntry> entries;
    /** Built at the first click: a page with many changed figures sends no dialog it does not open. */
    private Dialog dialog;
    private com.vaadin.flow.component.grid.Grid<AuditEntry> grid;

    HistoryButton(String title, List<AuditEntry> entries) {
        super("Changed", VaadinIcon.TIME_BACKWARD.create());
        this.title = title;
        this.entries = entries;
        addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        setAriaLabel("History of " + title);
        setTooltipText("Show earlier values");
        addClickListener(event -> dialog().open());
    }

    com.vaadin.flow.component.grid.Grid<AuditEntry> grid() {
        dialog();
        return grid;
    }

    private Dialog dialog() {
        if (dialog == null) {
            grid = AuditGrid.create();
            grid.setItems(entries);
            // A long history scrolls inside the dialog, which renders only the rows in view.
            grid.setAllRowsVisible(entries.size() <= HISTORY_ROWS_SHOWN);
            if (entries.size() > HISTORY_ROWS_SHOWN) {
                grid.setHeight("min(60vh, 36rem)");
            }
            dialog = new Dialog();
            dialog.setHeaderTitle("History: " + title);
            dialog.add(grid);
            dialog.setWidth("min(90vw, 70rem)");
            dialog.getFooter().add(new Button("Close", event -> dialog.close()));
        }
        return dialog;
    }

    /** The button, or nothing when the record has never been changed. */
    public static Component of(String title, List<AuditEntry> entries) {
        return entries == null || entries.isEmpty() ? new Span() : new HistoryButton(title, entries);
    }
}
