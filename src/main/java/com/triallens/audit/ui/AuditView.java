package com.triallens.audit.ui;

import com.triallens.audit.AuditEntry;
import com.triallens.audit.AuditFilter;
import com.triallens.audit.AuditService;
import com.triallens.audit.AuditWords;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.triallens.base.ui.ExportMenu;
import com.triallens.base.domain.Roles;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The whole audit trail, newest first, fetched a page at a time; filter by trial, user, record kind, UTC days and reason. */
@Route("audit")
@PageTitle("Audit trail | TrialLens")
@RolesAllowed(Roles.CURATOR)
class AuditView extends Main {

    final ComboBox<String> user = new ComboBox<>("User");
    final ComboBox<String> entity = new ComboBox<>("Record kind");
    final DatePicker from = new DatePicker("From (UTC)");
    final DatePicker to = new DatePicker("To (UTC)");
    final TextField reason = new TextField("Reason contains");
    final ComboBox<AuditService.TrialChoice> trial = new ComboBox<>("Trial");
    final Grid<AuditEntry> grid = AuditGrid.create();
    private AuditFilter filter = AuditFilter.ALL;

    AuditView(AuditService audit) {
        addClassName("page");
        user.setItems(audit.usernames());
        entity.setItems(audit.entities());
        entity.setItemLabelGenerator(AuditWords::kind);
        trial.setItems(audit.trials());
        trial.setItemLabelGenerator(AuditService.TrialChoice::label);
        trial.setClearButtonVisible(true);
        trial.addValueChangeListener(event -> refilter());
        reason.setClearButtonVisible(true);
        reason.setValueChangeMode(ValueChangeMode.LAZY);
        reason.addValueChangeListener(event -> refilter());
        user.setClearButtonVisible(true);
        entity.setClearButtonVisible(true);
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        user.addValueChangeListener(event -> refilter());
        entity.addValueChangeListener(event -> refilter());
        from.addValueChangeListener(event -> refilter());
        to.addValueChangeListener(event -> refilter());
        grid.setItems(query -> audit.find(filter, query.getOffset(), query.getLimit()).stream(),
                query -> Math.toIntExact(audit.count(filter)));
        grid.setHeight("70vh");
        var export = new ExportMenu("audit-trail",
                () -> AuditExport.of(audit.export(filter, AuditService.EXPORT_LIMIT)));
        export.setTitle("Exports the entries the filter shows, at most %,d".formatted(AuditService.EXPORT_LIMIT));
        add(new H2("Audit trail"), new HorizontalLayout(trial, user, entity, from, to, reason), export, grid);
    }

    private void refilter() {
        filter = new AuditFilter(user.getValue(), entity.getValue(), from.getValue(), to.getValue(), reason.getValue(),
                trial.getValue() == null ? null : trial.getValue().id());
        grid.getDataProvider().refreshAll();
    }
}
