package com.triallens.ctgov.ui;

import com.triallens.base.domain.InvalidEditException;
import com.triallens.base.ui.DatabaseFailure;
import com.triallens.ctgov.CtgovImportService;
import com.triallens.ctgov.ImportPreview;
import com.triallens.ctgov.ImportPreview.Difference;
import com.triallens.ctgov.ImportPreview.NotMapped;
import com.triallens.ctgov.ImportRefusedException;
import com.triallens.ctgov.ImportStep;
import com.triallens.base.domain.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.FutureTask;

/**
 * Where curators import one ClinicalTrials.gov study record: upload the JSON, watch it being read, check
 * the preview (what is created or changed, what is not mapped and why), give a reason and import.
 */
@Route("import")
@PageTitle("Import | TrialLens")
@RolesAllowed(Roles.CURATOR)
class ImportView extends Main {

    private static final Logger log = LoggerFactory.getLogger(ImportView.class);
    /** While a preview is being prepared the browser asks for news this often (ms); no push needed. */
    private static final int POLL_MILLIS = 300;

    final Upload upload;
    final ProgressBar progress = new ProgressBar(0, 1);
    final Span step = new Span();
    final Paragraph problem = new Paragraph();
    final Div previewArea = new Div();
    final H3 previewTitle = new H3();
    final UnorderedList created = new UnorderedList();
    final Grid<Difference> differences = new Grid<>();
    final UnorderedList added = new UnorderedList();
    final UnorderedList missing = new UnorderedList();
    final Grid<NotMapped> notMapped = new Grid<>();
    final Grid<ImportPreview.GroupLink> groupLinks = new Grid<>();
    final TextArea reason = new TextArea("Reason for the import");
    final Button importButton = new Button("Import");
    final Div done = new Div();
    /** Completes when the preview being prepared has its result on the page (or was cancelled). */
    CompletableFuture<Void> pending = CompletableFuture.completedFuture(null);
    /** Set to cancel the preview being prepared: when the curator leaves the page or uploads another file. */
    private AtomicBoolean cancelled = new AtomicBoolean();

    private final CtgovImportService imports;
    private final Executor executor;
    private ImportPreview preview;

    ImportView(CtgovImportService imports, @Qualifier("applicationTaskExecutor") Executor executor) {
        this.imports = imports;
        this.executor = executor;
        addClassName("page");

        upload = new Upload(event -> {
            var fileName = event.getFileName();
            var ui = event.getUI();
            try {
                var content = CtgovImportService.read(event.getInputStream());
                ui.access(() -> received(fileName, content));
            } catch (ImportRefusedException refused) {
                ui.access(() -> refuse(refused.getMessage()));
            }
        });
        upload.setMaxFiles(1);
        upload.setMaxFileSize(CtgovImportService.MAX_FILE_BYTES);
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.addFileRejectedListener(event -> refuse(event.getErrorMessage()));

        progress.setVisible(false);
        step.setId("import-step");
        problem.setId("import-problem");
        problem.addClassName("error");
        problem.setVisible(false);

        differences.addColumn(Difference::record).setHeader("Record").setFlexGrow(2);
        differences.addColumn(Difference::field).setHeader("Field");
        differences.addColumn(d -> d.oldValue() == null ? "—" : d.oldValue()).setHeader("Stored");
        differences.addColumn(d -> d.newValue() == null ? "—" : d.newValue()).setHeader("In the file");
        notMapped.addColumn(NotMapped::item).setHeader("Not mapped").setFlexGrow(2);
        notMapped.addColumn(NotMapped::reason).setHeader("Why").setFlexGrow(3);
        groupLinks.addColumn(ImportPreview.GroupLink::module).setHeader("Results section");
        groupLinks.addColumn(ImportPreview.GroupLink::title).setHeader("Reporting group as posted").setFlexGrow(2);
        groupLinks.addComponentColumn(this::armChoice).setHeader("Shown as").setFlexGrow(2);
        for (var grid : List.of(differences, notMapped, groupLinks)) {
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.setAllRowsVisible(true);
        }
        reason.setRequired(true);
        reason.setWidthFull();
        importButton.addThemeVariants(ButtonVariant.PRIMARY);
        importButton.addClickListener(event -> importPreview());
        previewArea.setVisible(false);
        done.setId("import-done");

        add(new H2("Import from ClinicalTrials.gov"),
                new Paragraph("Upload one study record as the ClinicalTrials.gov API v2 returns it "
                        + "(https://clinicaltrials.gov/api/v2/studies/NCT…, JSON, at most "
                        + CtgovImportService.MAX_FILE_BYTES / (1024 * 1024) + " MB). Nothing is written until you "
                        + "import the preview."),
                upload, progress, step, problem, previewArea, done);
    }

    private void received(String fileName, byte[] content) {
        var ui = UI.getCurrent();
        clear();
        progress.setVisible(true);
        show(ImportStep.READING);
        ui.setPollInterval(POLL_MILLIS);
        cancelled.set(true);
        var cancel = new AtomicBoolean();
        cancelled = cancel;
        var finished = new CompletableFuture<Void>();
        // Cancelled between steps, never by interrupting the thread: an embedded H2 database closes itself
        // when a thread is interrupted while it waits inside H2.
        var task = new FutureTask<>(() -> imports.preview(fileName, content, current -> {
            if (cancel.get()) {
                throw new CancellationException("The curator left the page or uploaded another file");
            }
            ui.access(() -> show(current));
        })) {
            @Override
            protected void done() {
                try {
                    if (!cancel.get()) {
                        ui.access(() -> {
                            ui.setPollInterval(-1);
                            try {
                                showPreview(get());
                            } catch (ExecutionException failure) {
                                failed(failure.getCause());
                            } catch (InterruptedException notWhenDone) {
                                Thread.currentThread().interrupt();
                            }
                        });
                    }
                } catch (UIDetachedException pageClosed) {
                    log.debug("Preview finished after its page was closed");
                } finally {
                    finished.complete(null);
                }
            }
        };
        pending = finished;
        new DelegatingSecurityContextExecutor(executor, SecurityContextHolder.getContext()).execute(task);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        cancelled.set(true);
        super.onDetach(event);
    }

    private void show(ImportStep current) {
        progress.setValue(current.progress());
        step.setText(current.label());
    }

    private void failed(Throwable failure) {
        if (failure instanceof ImportRefusedException refused) {
            refuse(refused.getMessage());
            return;
        }
        log.error("Preview of an uploaded study record failed", failure);
        refuse(DatabaseFailure.of(failure).map(kind -> kind == DatabaseFailure.UNREACHABLE ? kind.actionMessage()
                        : "TrialLens could not prepare the preview: the database reported an internal error; "
                        + "nothing was written. Try again.")
                .orElse("TrialLens could not read this file because of an error on the server; nothing was written."));
    }

    private void refuse(String message) {
        progress.setVisible(false);
        step.setText("");
        problem.setText(message);
        problem.setVisible(true);
        previewArea.setVisible(false);
        preview = null;
    }

    private void clear() {
        problem.setVisible(false);
        previewArea.setVisible(false);
        done.removeAll();
        preview = null;
    }

    private void showPreview(ImportPreview preview) {
        this.preview = preview;
        progress.setVisible(false);
        previewArea.removeAll();
        previewTitle.setText((preview.trialExists() ? "Update " : "New trial ") + preview.acronym() + " ("
                + preview.registryId() + ")");
        var version = new Paragraph("File " + preview.fileName() + ", registry version of "
                + (preview.versionDate() == null ? "unknown date" : preview.versionDate()) + ".");
        previewArea.add(previewTitle, version);
        if (preview.trialExists()) {
            previewArea.add(new Paragraph(preview.registryId() + " is stored already. Importing updates the values "
                    + "below and adds the new records; records the file no longer has are kept."));
            previewArea.add(section("Changed values", differences, preview.differences().isEmpty()));
            differences.setItems(preview.differences());
            fill(added, preview.added());
            fill(missing, preview.missing());
            previewArea.add(section("Added records", added, preview.added().isEmpty()),
                    section("In TrialLens but not in the file (kept)", missing, preview.missing().isEmpty()));
        } else {
            fill(created, preview.lines());
            previewArea.add(section("What will be created", created, false));
        }
        groupLinks.setItems(preview.groupLinks());
        previewArea.add(section("Reporting groups", new Div(new Paragraph("Every figure is shown under its reporting "
                + "group. A group linked to an arm is shown as that arm (and compared as it); check each proposal."),
                groupLinks), preview.groupLinks().isEmpty()));
        notMapped.setItems(preview.notMapped());
        previewArea.add(section("Not mapped", notMapped, preview.notMapped().isEmpty()));
        importButton.setText(preview.trialExists() ? "Update" : "Import");
        importButton.setEnabled(preview.hasChanges());
        if (!preview.hasChanges()) {
            previewArea.add(new Paragraph("Nothing to update: the stored trial holds every figure of this record."));
        }
        reason.clear();
        reason.setInvalid(false);
        previewArea.add(reason, importButton);
        previewArea.setVisible(true);
        step.setText(ImportStep.DONE.label());
    }

    private static final String OWN_GROUP = "";

    /** The arm a group is shown as: one of the record's arms, or a group of its own. */
    private Select<String> armChoice(ImportPreview.GroupLink link) {
        var choice = new Select<String>();
        var items = new java.util.ArrayList<String>();
        items.add(OWN_GROUP);
        items.addAll(preview.armLabels());
        choice.setItems(items);
        choice.setItemLabelGenerator(arm -> arm.equals(OWN_GROUP) ? "A group of its own" : "Arm: " + arm);
        choice.setValue(link.arm() == null ? OWN_GROUP : link.arm());
        choice.setAriaLabel("Shown as, for " + link.title());
        choice.setWidthFull();
        choice.addValueChangeListener(event -> {
            if (preview != null) {
                preview = preview.withArm(link.index(), event.getValue().equals(OWN_GROUP) ? null : event.getValue());
            }
        });
        return choice;
    }

    private static Component section(String title, Component content, boolean empty) {
        var section = new Div(new H3(title));
        section.add(empty ? new Paragraph("None.") : content);
        return section;
    }

    private static void fill(UnorderedList list, List<String> lines) {
        list.removeAll();
        lines.forEach(line -> list.add(new ListItem(line)));
    }

    private void importPreview() {
        if (preview == null) {
            return;
        }
        try {
            var imported = imports.importRecord(preview, reason.getValue());
            previewArea.setVisible(false);
            step.setText("");
            var id = imported.registryId();
            done.removeAll();
            done.add(new Paragraph((imported.created() ? "Imported " : "Updated ") + id + ". Open it:"),
                    link("Overview", "", id), link("Efficacy", "efficacy", id), link("Safety", "safety", id),
                    link("References", "references", id));
            preview = null;
        } catch (InvalidEditException invalid) {
            invalid.violations().stream().filter(v -> v.field().equals("reason")).findFirst().ifPresent(v -> {
                reason.setErrorMessage(v.message());
                reason.setInvalid(true);
            });
        } catch (ImportRefusedException refused) {
            problem.setText(refused.getMessage());
            problem.setVisible(true);
        }
    }

    /** The pages read the trial from {@code ?trial=<registry id>}. */
    private static Anchor link(String text, String route, String registryId) {
        var anchor = new Anchor(route + "?trial=" + registryId, text);
        anchor.addClassName("import-link");
        return anchor;
    }
}
