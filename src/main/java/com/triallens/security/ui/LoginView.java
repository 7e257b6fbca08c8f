package com.triallens.security.ui;

import com.triallens.security.DemoUser;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.annotation.Value;

import java.util.Optional;
import java.util.stream.Collectors;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | TrialLens")
@AnonymousAllowed
class LoginView extends Main implements BeforeEnterObserver {

    /** The query parameter by which the sign-in throttle sends the minutes left (SignInThrottle). */
    static final String THROTTLED = "throttled";
    static final String BUSY = "busy";

    final LoginForm login = new LoginForm();
    /** The form's texts, with the throttle's message when the throttle sent the user here. */
    LoginI18n i18n = LoginI18n.createDefault();

    LoginView(@Value("${triallens.demo-users:false}") boolean demoUsers) {
        addClassNames("page", "login-page");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        add(new H1("TrialLens"), login);
        if (demoUsers) {
            add(new Paragraph("Demo users (this instance runs with the dev profile): " + DemoUser.ALL.stream()
                    .map(user -> user.username() + " / " + user.password())
                    .collect(Collectors.joining(", "))));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        var throttled = parameters.getSingleParameter(THROTTLED).flatMap(LoginView::minutes);
        i18n = LoginI18n.createDefault();
        throttled.ifPresent(minutes -> {
            i18n.getErrorMessage().setTitle("Too many failed sign-ins");
            i18n.getErrorMessage().setMessage("Too many failed sign-ins; try again in " + minutes
                    + (minutes == 1 ? " minute." : " minutes."));
        });
        var busy = parameters.getParameters().containsKey(BUSY);
        if (busy) {
            i18n.getErrorMessage().setTitle("TrialLens is busy");
            i18n.getErrorMessage().setMessage("Many people are signing in right now; your password was not checked. "
                    + "Try again in a moment.");
        }
        login.setI18n(i18n);
        login.setError(throttled.isPresent() || busy || parameters.getParameters().containsKey("error"));
    }

    private static Optional<Long> minutes(String text) {
        return text.matches("[0-9]{1,4}") ? Optional.of(Long.parseLong(text)) : Optional.empty();
    }
}
