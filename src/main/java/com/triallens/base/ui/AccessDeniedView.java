package com.triallens.base.ui;

import com.triallens.base.domain.Roles;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A page the signed-in user's role does not open: shown in the app frame with status 403, saying which role
 * the page needs and which the user has, with a link back. (Vaadin's default turns the refusal into a bare
 * "Could not navigate" page.)
 */
@ParentLayout(MainLayout.class)
@PageTitle("Not allowed | TrialLens")
@PermitAll
public class AccessDeniedView extends Main implements HasErrorParameter<AccessDeniedException> {

    private final AuthenticationContext authentication;

    AccessDeniedView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassNames("page", "error-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        var message = new Paragraph(explanation(event.getLocation().getPath()));
        message.setId("access-denied");
        removeAll();
        add(new H2("Not allowed"), message, ErrorPages.linkBack());
        return HttpStatusCode.FORBIDDEN.getCode();
    }

    /** "This page needs the Curator role. You are signed in as viewer (Viewer)." */
    String explanation(String path) {
        var needed = RouteConfiguration.forSessionScope().getRoute(path)
                .map(target -> target.getAnnotation(RolesAllowed.class))
                .map(allowed -> Arrays.stream(allowed.value()).map(AccessDeniedView::label).collect(Collectors.joining(" or ")))
                .map(roles -> "This page needs the " + roles + " role.")
                .orElse("Your role does not open this page.");
        var user = authentication.getPrincipalName().orElse("nobody");
        var role = userRole().map(r -> " (" + label(r) + ")").orElse("");
        return needed + " You are signed in as " + user + role + ".";
    }

    /** The highest of the nested roles the user has. */
    private Optional<String> userRole() {
        return Roles.NESTED.reversed().stream().filter(authentication::hasRole).findFirst();
    }

    /** CURATOR → Curator. */
    private static String label(String role) {
        var lower = role.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
