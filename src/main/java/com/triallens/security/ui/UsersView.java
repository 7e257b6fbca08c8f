package com.triallens.security.ui;

import com.triallens.base.domain.InvalidEditException;
import com.triallens.security.Role;
import com.triallens.security.Roles;
import com.triallens.security.UserAccount;
import com.triallens.security.UserService;
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
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.Map;

/** Admins create users, set their role, disable them and reset their passwords. */
@Route("admin/users")
@PageTitle("Users | TrialLens")
@RolesAllowed(Roles.ADMIN)
class UsersView extends Main {

    final Grid<UserAccount> grid = new Grid<>();
    final TextField username = new TextField("User name");
    final TextField displayName = new TextField("Name");
    final ComboBox<Role> role = new ComboBox<>("Role", Role.values());
    final PasswordField password = new PasswordField("Initial password");
    private final UserService users;

    UsersView(UserService users) {
        this.users = users;
        addClassName("page");
        grid.addColumn(UserAccount::username).setHeader("User name").setKey("username");
        grid.addColumn(UserAccount::displayName).setHeader("Name").setKey("name");
        grid.addComponentColumn(this::roleChooser).setHeader("Role").setKey("role");
        grid.addColumn(u -> u.enabled() ? "Enabled" : "Disabled").setHeader("Status").setKey("status");
        grid.addComponentColumn(u -> new Button(u.enabled() ? "Disable" : "Enable",
                event -> act(() -> users.setEnabled(u.id(), !u.enabled())))).setKey("enable");
        grid.addComponentColumn(u -> new Button("Reset password", event -> resetPassword(u))).setKey("reset");
        grid.setAllRowsVisible(true);
        refresh();

        role.setValue(Role.VIEWER);
        var create = new Button("Create user", event -> create());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H2("Users"), grid, new H3("New user"), new FormLayout(username, displayName, role, password), create);
    }

    private ComboBox<Role> roleChooser(UserAccount account) {
        var chooser = new ComboBox<Role>(null, Role.values());
        chooser.setValue(account.role());
        chooser.setAriaLabel("Role of " + account.username());
        chooser.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                act(() -> users.setRole(account.id(), event.getValue()));
            }
        });
        return chooser;
    }

    private void create() {
        try {
            users.create(username.getValue(), displayName.getValue(), role.getValue(), password.getValue());
            Notification.show("Created " + username.getValue());
            username.clear();
            displayName.clear();
            password.clear();
            refresh();
        } catch (InvalidEditException refused) {
            Map<String, HasValidation> fields = Map.of("username", username, "displayName", displayName,
                    "role", role, "password", password);
            refused.violations().forEach(v -> {
                fields.get(v.field()).setErrorMessage(v.message());
                fields.get(v.field()).setInvalid(true);
            });
        }
    }

    private void resetPassword(UserAccount account) {
        var dialog = new Dialog("New password for " + account.username());
        var newPassword = new PasswordField("New password");
        dialog.add(newPassword);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), new Button("Set password", event -> {
            try {
                users.resetPassword(account.id(), newPassword.getValue());
                dialog.close();
                Notification.show("Password reset for " + account.username());
            } catch (InvalidEditException refused) {
                newPassword.setErrorMessage(refused.violations().getFirst().message());
                newPassword.setInvalid(true);
            }
        }));
        dialog.open();
    }

    private void act(Runnable change) {
        change.run();
        refresh();
    }

    private void refresh() {
        grid.setItems(users.users());
    }
}
