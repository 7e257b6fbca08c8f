package com.triallens.trial.ui;

import com.triallens.base.ui.ExportMenu;
import com.triallens.base.ui.ExportedTable;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ViewPackages(packages = "com.triallens")
@WithMockUser(roles = "VIEWER")
class ReferencesViewTest extends SpringBrowserlessTest {

    @Test
    void references_export_has_one_row_per_listed_reference_in_order() throws IOException {
        var view = navigate(ReferencesView.class);
        var csv = ExportedTable.csv($(ExportMenu.class).single());
        assertThat(csv.fileName()).startsWith("FORTRESS-references-");
        assertThat(csv.headers()).containsExactly("Reference", "Source", "Title", "URL");
        assertThat(csv.rows()).hasSize(view.list.getChildren().toList().size());
        assertThat(csv.rows()).extracting(row -> Integer.parseInt(row.get("Reference"))).isSorted();
        assertThat(csv.row("Reference", "7").get("Source")).isNotBlank();
    }
}
