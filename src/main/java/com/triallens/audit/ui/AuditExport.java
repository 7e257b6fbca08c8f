package com.triallens.audit.ui;

import com.triallens.audit.AuditEntry;
import com.triallens.base.export.CappedRows;
import com.triallens.base.export.ExportColumn;
import com.triallens.base.export.Provenance;
import com.triallens.base.export.TableExport;

import java.math.BigDecimal;
import java.util.List;

/** The audit trail as a spreadsheet: the Audit page's columns plus the kind and id of each record. */
final class AuditExport {

    private AuditExport() {
    }

    static TableExport<AuditEntry> of(CappedRows<AuditEntry> entries) {
        return TableExport.of("Audit trail", List.of(
                ExportColumn.text("When (UTC)", e -> AuditGrid.UTC.format(e.changedAt())),
                ExportColumn.text("Who", AuditEntry::username),
                ExportColumn.text("Record kind", AuditEntry::entity),
                ExportColumn.number("Record id", e -> BigDecimal.valueOf(e.entityId())),
                ExportColumn.text("Record", AuditEntry::entityLabel),
                ExportColumn.text("Field", AuditEntry::field),
                ExportColumn.text("Before", e -> AuditGrid.text(e.oldValue())),
                ExportColumn.text("After", e -> AuditGrid.text(e.newValue())),
                ExportColumn.text("Reason", AuditEntry::reason)), entries, "audit entries", Provenance.now(null));
    }
}
