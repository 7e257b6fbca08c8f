package com.triallens.ctgov.ui;

import com.triallens.ctgov.ImportPreview.NotMapped;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The Import page: upload a study record, read its preview, import it with a reason, follow the links. */
@SpringBootTest
@ViewPackages(packages = "com.triallens")
@WithMockUser(username = "curator", roles = {"CURATOR", "VIEWER"})
@Transactional
class ImportViewTest extends SpringBrowserlessTest {

    @Autowired JdbcClient jdbc;

    private static byte[] fixture(String name) {
        try (var in = ImportViewTest.class.getResourceAsStream("/ctgov/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Uploads a file and waits for its preview, which is prepared in the background. */
    private ImportView uploaded(String name) {
        var view = navigate(ImportView.class);
        test(view.upload).upload(name, "application/json", fixture(name));
        roundTrip();
        view.pending.join();
        // What the browser's next poll does: run the page updates the background preview queued.
        var session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        roundTrip();
        return view;
    }

    private long trials(String registryId) {
        return jdbc.sql("select count(*) from trial where registry_id = :id").param("id", registryId).query(Long.class).single();
    }

    @Test
    void an_uploaded_record_shows_its_preview_and_imports_with_a_reason_linking_to_the_trial() {
        var view = uploaded("nct09990001-test-eribulin.json");

        assertThat(view.problem.isVisible()).isFalse();
        assertThat(view.previewArea.isVisible()).isTrue();
        assertThat(view.previewTitle.getText()).isEqualTo("New trial TEST-ERIBULIN (NCT09990001)");
        assertThat(view.step.getText()).isEqualTo("Preview ready");
        assertThat(view.created.getChildren().map(item -> ((ListItem) item).getText()))
                .contains("Trial TEST-ERIBULIN (NCT09990001), phase 3, Active, not recruiting, 198 enrolled");
        assertThat(view.notMapped.getListDataView().getItems().map(NotMapped::item))
                .contains("Intervention drug \"Eribulin mesylate\"");
        assertThat(view.importButton.getText()).isEqualTo("Import");

        test(view.importButton).click();
        assertThat(view.reason.isInvalid()).isTrue();
        assertThat(view.reason.getErrorMessage()).isEqualTo("Give a reason for the change.");
        assertThat(trials("NCT09990001")).isZero();

        test(view.reason).setValue("Second trial to compare eribulin arms");
        test(view.importButton).click();
        assertThat(trials("NCT09990001")).isOne();
        assertThat(view.previewArea.isVisible()).isFalse();
        assertThat(view.done.getChildren().filter(Anchor.class::isInstance).map(a -> ((Anchor) a).getHref()))
                .containsExactly("?trial=NCT09990001", "efficacy?trial=NCT09990001", "safety?trial=NCT09990001",
                        "references?trial=NCT09990001");
    }

    @Test
    void a_list_of_studies_is_refused_with_its_message_and_no_preview() {
        var view = uploaded("studies-list.json");

        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.problem.getText()).startsWith("This is a list of studies");
        assertThat(view.previewArea.isVisible()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_curator_can_show_a_proposed_group_as_a_group_of_its_own_before_importing() {
        var view = uploaded("nct09990001-test-eribulin.json");
        var links = view.groupLinks.getListDataView().getItems().toList();
        assertThat(links).extracting(l -> l.module() + ": " + l.title() + " -> " + l.arm()).contains(
                "Outcome measures: Eribulin -> Eribulin", "Outcome measures: Capecitabine -> Capecitabine",
                "Outcome measures: Eribulin (Extension Cohort) -> Eribulin", "Adverse events: Eribulin -> Eribulin");
        int extension = links.stream().map(l -> l.title()).toList().indexOf("Eribulin (Extension Cohort)");
        var choice = (com.vaadin.flow.component.select.Select<String>) test(view.groupLinks).getCellComponent(extension, 2);
        test(choice).selectItem("A group of its own");

        test(view.reason).setValue("Second trial to compare eribulin arms");
        test(view.importButton).click();

        assertThat(jdbc.sql("""
                        select g.title || ' -> ' || coalesce(a.label, 'own group') from result_group g
                        left join arm a on a.id = g.arm_id join trial t on t.id = g.trial_id
                        where t.registry_id = 'NCT09990001' and g.module = 'OUTCOME' order by g.ordinal""")
                .query(String.class).list()).containsExactly("Eribulin -> Eribulin", "Capecitabine -> Capecitabine",
                "Eribulin (Extension Cohort) -> own group");
    }
}
