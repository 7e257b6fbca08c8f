package com.triallens.audit.ui;

import com.triallens.audit.AuditEntry;
import com.triallens.audit.AuditWords;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The columns of the audit trail, shared by the Audit page and the history dialogs. */
final class AuditGrid {

    static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private AuditGrid() {
    }

    static Grid<AuditEntry> create() {
        var grid = new Grid<AuditEntry>();
        grid.addColumn(e -> UTC.format(e.changedAt())).setHeader("When").setKey("when").setAutoWidth(true);
        grid.addColumn(AuditEntry::username).setHeader("Who").setKey("who").setAutoWidth(true);
        grid.addColumn(e -> AuditWords.kind(e.entity())).setHeader("Kind").setKey("kind").setAutoWidth(true);
        grid.addColumn(AuditEntry::entityLabel).setHeader("Record").setKey("record").setFlexGrow(2);
        grid.addColumn(e -> AuditWords.field(e.field())).setHeader("Field").setKey("field").setAutoWidth(true);
        grid.addColumn(e -> text(e.oldValue())).setHeader("Before").setKey("before");
        grid.addColumn(e -> text(e.newValue())).setHeader("After").setKey("after");
        grid.addColumn(AuditEntry::reason).setHeader("Reason").setKey("reason").setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        return grid;
    }

    static String text(String value) {
        return value == null ? "(empty)" : value;
    }
}
