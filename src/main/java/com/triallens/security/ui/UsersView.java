package com.triallens.security.ui;

import com.triallens.base.domain.InvalidEditException;
import com.triallens.base.ui.ExportMenu;
import com.triallens.security.PasswordRule;
import com.triallens.security.Role;
import com.triallens.security.SignIn;
import com.triallens.base.domain.Roles;
import com.triallens.security.UserAccount;
import com.triallens.security.UserService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Admins create users, set their role, disable them and reset their passwords. */
@Route("admin/users")
@PageTitle("Users | TrialLens")
@RolesAllowed(Roles.ADMIN)
class UsersView extends Main {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    final Grid<UserAccount> grid = new Grid<>();
    final TextField username = new TextField("User name");
    final TextField displayName = new TextField("Name");
    final ComboBox<Role> role = new ComboBox<>("Role", Role.values());
    final PasswordField password = new PasswordField("Initial password");
    final TextArea reason = reasonField();
    final Button create = new Button("Create user", event -> create());
    /** Every sign-in attempt, newest first, fetched a page at a time. */
    final Grid<SignIn> signIns = new Grid<>();
    /** The account change waiting for its reason, if one is open. */
    AccountChange openChange;
    private final UserService users;

    UsersView(UserService users) {
        this.users = users;
        addClassName("page");
        grid.addColumn(UserAccount::username).setHeader("User name").setKey("username");
        grid.addColumn(UserAccount::displayName).setHeader("Name").setKey("name");
        grid.addComponentColumn(this::roleChooser).setHeader("Role").setKey("role");
        grid.addColumn(u -> u.enabled() ? "Enabled" : "Disabled").setHeader("Status").setKey("status");
        grid.addComponentColumn(u -> new Button(u.enabled() ? "Disable" : "Enable", event -> ask(
                (u.enabled() ? "Disable " : "Enable ") + u.username(), Map.of(),
                why -> users.setEnabled(u.id(), !u.enabled(), why)))).setKey("enable");
        grid.addComponentColumn(u -> new Button("Reset password", event -> resetPassword(u))).setKey("reset");
        grid.setAllRowsVisible(true);
        refresh();

        role.setValue(Role.VIEWER);
        create.addThemeVariants(ButtonVariant.PRIMARY);
        password.setHelperText("At least " + PasswordRule.MIN_LENGTH + " characters, not the user name, not a common"
                + " password. The user must change it at the first sign-in.");
        signIns.addColumn(s -> TIME.format(s.signedAt())).setHeader("Time (UTC)").setKey("time").setAutoWidth(true);
        signIns.addColumn(SignIn::username).setHeader("User name typed").setKey("username");
        signIns.addColumn(SignIn::address).setHeader("Address").setKey("address");
        signIns.addColumn(s -> s.outcome().words()).setHeader("Outcome").setKey("outcome");
        signIns.setItems(query -> users.signIns(query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, users.countSignIns()));
        signIns.setHeight("24rem");
        add(new H2("Users"), new ExportMenu("users", () -> UsersExport.of(users.users())), grid, new H3("New user"),
                new FormLayout(username, displayName, role, password, reason), create, new H3("Sign-ins"), signIns);
    }

    private static TextArea reasonField() {
        var field = new TextArea("Reason for change");
        field.setRequiredIndicatorVisible(true);
        field.setWidthFull();
        field.setHelperText("Kept in the audit trail, e.g. who asked for the account and why");
        return field;
    }

    private ComboBox<Role> roleChooser(UserAccount account) {
        var chooser = new ComboBox<Role>(null, Role.values());
        chooser.setValue(account.role());
        chooser.setAriaLabel("Role of " + account.username());
        chooser.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                ask("Make " + account.username() + " " + event.getValue().name().toLowerCase(), Map.of(),
                        why -> users.setRole(account.id(), event.getValue(), why));
            }
        });
        return chooser;
    }

    private void create() {
        try {
            users.create(username.getValue(), displayName.getValue(), role.getValue(), password.getValue(),
                    reason.getValue());
            Notification.show("Created " + username.getValue());
            username.clear();
            displayName.clear();
            password.clear();
            reason.clear();
            refresh();
        } catch (InvalidEditException refused) {
            show(refused, Map.of("username", username, "displayName", displayName, "role", role,
                    "password", password, "reason", reason));
        }
    }

    private void resetPassword(UserAccount account) {
        var newPassword = new PasswordField("New password");
        ask("New password for " + account.username(), Map.of("password", newPassword),
                why -> users.resetPassword(account.id(), newPassword.getValue(), why));
    }

    private void ask(String title, Map<String, ? extends HasValidation> fields, Consumer<String> change) {
        openChange = new AccountChange(title, fields, change);
        openChange.open();
    }

    /** Each refusal beside its field; one about the account itself (last admin, oneself) as a notification. */
    private static void show(InvalidEditException refused, Map<String, ? extends HasValidation> fields) {
        refused.violations().forEach(v -> {
            var field = fields.get(v.field());
            if (field != null) {
                field.setErrorMessage(v.message());
                field.setInvalid(true);
            } else if (UserService.ACCOUNT.equals(v.field())) {
                Notification.show(v.message(), 8000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.ERROR);
            }
        });
    }

    private void refresh() {
        grid.setItems(users.users());
        signIns.getDataProvider().refreshAll();
    }

    /** One account change: its own fields, if any, and the reason; cancelling leaves the account as it was. */
    final class AccountChange extends Dialog {

        final TextArea reason = reasonField();
        final Button apply = new Button("Apply");

        AccountChange(String title, Map<String, ? extends HasValidation> fields, Consumer<String> change) {
            setHeaderTitle(title);
            fields.values().forEach(field -> add((Component) field));
            add(reason);
            apply.addThemeVariants(ButtonVariant.PRIMARY);
            apply.addClickListener(event -> {
                try {
                    change.accept(reason.getValue());
                    close();
                    Notification.show(title + ": done");
                } catch (InvalidEditException refused) {
                    var all = new HashMap<String, HasValidation>(fields);
                    all.put("reason", reason);
                    show(refused, all);
                }
            });
            getFooter().add(new Button("Cancel", event -> close()), apply);
            addOpenedChangeListener(event -> {
                if (!event.isOpened()) {
                    refresh();
                }
            });
            setWidth("32rem");
        }
    }
}
