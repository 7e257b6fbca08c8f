package com.triallens.security.ui;

import com.triallens.base.ui.ExportMenu;
import com.triallens.base.ui.ExportedTable;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Users page asks why for every account change, shows what is missing beside the field, and audits the reason. */
@SpringBootTest
@ViewPackages(packages = "com.triallens")
@WithMockUser(username = "admin", roles = {"ADMIN", "CURATOR", "VIEWER"})
@Transactional
class UsersViewTest extends SpringBrowserlessTest {

    private static final int VIEWER_ROW = 2;

    @Autowired JdbcClient jdbc;

    private List<String> audit() {
        return jdbc.sql("select entity_label || ' ' || field || '=' || new_value || ' (' || reason || ')' from audit_entry"
                + " order by id").query(String.class).list();
    }

    private UsersView filledIn() {
        var view = navigate(UsersView.class);
        test(view.username).setValue("dana");
        test(view.displayName).setValue("Dana Data");
        test(view.password).setValue("larch otter quay violet");
        return view;
    }

    @Test
    void creating_a_user_without_a_reason_is_refused_beside_the_reason_and_creates_nobody() {
        var view = filledIn();
        test(view.create).click();
        assertThat(view.reason.isInvalid()).isTrue();
        assertThat(view.reason.getErrorMessage()).isEqualTo("Give a reason for the change.");
        assertThat(view.grid.getListDataView().getItems()).noneMatch(u -> u.username().equals("dana"));
        assertThat(audit()).isEmpty();
    }

    @Test
    void a_created_user_is_audited_with_the_reason_typed() {
        var view = filledIn();
        test(view.reason).setValue("New analyst on the team");
        test(view.create).click();
        assertThat(view.grid.getListDataView().getItems()).anyMatch(u -> u.username().equals("dana"));
        assertThat(audit()).containsExactlyInAnyOrder("dana role=VIEWER (New analyst on the team)",
                "dana enabled=true (New analyst on the team)");
    }

    @Test
    void disabling_a_user_asks_for_a_reason_first() {
        var view = navigate(UsersView.class);
        test((Button) test(view.grid).getCellComponent(VIEWER_ROW, "enable")).click();
        roundTrip();
        var change = view.openChange;
        test(change.apply).click();
        assertThat(change.reason.getErrorMessage()).isEqualTo("Give a reason for the change.");
        assertThat(audit()).isEmpty();

        test(change.reason).setValue("Left the project");
        test(change.apply).click();
        assertThat(view.grid.getListDataView().getItem(VIEWER_ROW).enabled()).isFalse();
        assertThat(audit()).containsExactly("viewer enabled=false (Left the project)");
    }

    @Test
    void a_short_password_reset_is_shown_beside_the_password() {
        var view = navigate(UsersView.class);
        test((Button) test(view.grid).getCellComponent(VIEWER_ROW, "reset")).click();
        roundTrip();
        var change = view.openChange;
        var password = $(PasswordField.class).withCaption("New password").single();
        test(password).setValue("short");
        test(change.reason).setValue("Forgot it");
        test(change.apply).click();
        assertThat(password.getErrorMessage()).isEqualTo("A password needs at least 12 characters.");
        assertThat(audit()).isEmpty();
    }

    @Test
    void users_export_lists_every_account_with_its_role_and_nothing_about_passwords() throws IOException {
        var view = navigate(UsersView.class);
        var csv = ExportedTable.csv($(ExportMenu.class).single());
        assertThat(csv.headers()).containsExactly("User name", "Name", "Role", "Status");
        assertThat(csv.rows()).extracting(row -> row.get("User name"))
                .containsExactlyElementsOf(view.grid.getListDataView().getItems().map(u -> u.username()).toList());
        assertThat(csv.row("User name", "viewer")).containsEntry("Role", "VIEWER").containsEntry("Status", "Enabled");
        assertThat(csv.tail().getLast()).startsWith("Export", "Users", "Generated at (UTC)").endsWith("User", "admin");
    }
}
