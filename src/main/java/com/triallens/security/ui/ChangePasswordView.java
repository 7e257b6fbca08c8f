package com.triallens.security.ui;

import com.triallens.base.domain.InvalidEditException;
import com.triallens.security.PasswordRule;
import com.triallens.security.SignedInUser;
import com.triallens.security.UserService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import java.util.Map;

/**
 * "Change your password": any signed-in user may come here; a user whose password an admin set is sent here
 * (MustChangePasswordGuard) until they have chosen their own.
 */
@Route(value = "change-password", autoLayout = false)
@PageTitle("Change your password | TrialLens")
@PermitAll
public class ChangePasswordView extends Main {

    final PasswordField current = new PasswordField("Current password");
    final PasswordField chosen = new PasswordField("New password");
    final PasswordField repeated = new PasswordField("New password again");
    final Button change = new Button("Change password", event -> change());
    private final UserService users;

    ChangePasswordView(UserService users, AuthenticationContext authentication) {
        this.users = users;
        addClassNames("page", "login-page");
        var mustChange = SignedInUser.mustChangePasswordNow();
        chosen.setHelperText("At least " + PasswordRule.MIN_LENGTH + " characters, not your user name, not a common"
                + " password; a few unrelated words work well");
        change.addThemeVariants(ButtonVariant.PRIMARY);
        var form = new FormLayout(current, chosen, repeated);
        form.setMaxWidth("28rem");
        add(new H1("Change your password"));
        if (mustChange) {
            add(new Paragraph("Your password was set by an admin. Choose your own to go on."));
        }
        add(form, change, new Button("Sign out", event -> authentication.logout()));
    }

    private void change() {
        current.setInvalid(false);
        chosen.setInvalid(false);
        if (!chosen.getValue().equals(repeated.getValue())) {
            repeated.setErrorMessage("The two new passwords differ.");
            repeated.setInvalid(true);
            return;
        }
        repeated.setInvalid(false);
        try {
            keepSignedIn(users.changeOwnPassword(current.getValue(), chosen.getValue()));
            Notification.show("Your password is changed.");
            UI.getCurrent().navigate("");
        } catch (InvalidEditException refused) {
            var fields = Map.of("currentPassword", current, "newPassword", chosen);
            refused.violations().forEach(v -> {
                var field = fields.getOrDefault(v.field(), chosen);
                field.setErrorMessage(v.message());
                field.setInvalid(true);
            });
        }
    }

    /** This session goes on as the user with the new security version; their other sessions end. */
    private static void keepSignedIn(SignedInUser user) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        var request = VaadinServletRequest.getCurrent();
        if (request != null) {
            request.getHttpServletRequest().getSession().setAttribute(
                    HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }
}
