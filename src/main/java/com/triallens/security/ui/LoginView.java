package com.triallens.security.ui;

import com.triallens.security.DemoUser;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.annotation.Value;

import java.util.stream.Collectors;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | TrialLens")
@AnonymousAllowed
class LoginView extends Main implements BeforeEnterObserver {

    final LoginForm login = new LoginForm();

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
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
