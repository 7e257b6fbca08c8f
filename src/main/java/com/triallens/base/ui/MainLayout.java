package com.triallens.base.ui;

import com.triallens.security.Roles;
import com.triallens.trial.TrialService;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The frame of every page: the trial it is about at the top, the pages of that trial at the side. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    MainLayout(TrialService trials, AuthenticationContext authentication) {
        var brand = new Span("TrialLens");
        brand.addClassName("brand");
        var header = new HorizontalLayout(new DrawerToggle(), brand);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        trials.defaultTrial().ifPresent(trial -> {
            var facts = new Div(
                    fact("trial-acronym", trial.acronym()),
                    fact("trial-registry-id", trial.registryId()),
                    fact("trial-phase", "Phase " + trial.phase()),
                    fact("trial-status", trial.status()));
            facts.addClassName("trial-header");
            header.add(facts);
        });
        authentication.getPrincipalName().ifPresent(name -> {
            var signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), event -> authentication.logout());
            signOut.addThemeVariants(ButtonVariant.TERTIARY);
            var user = new Span(name);
            user.setId("signed-in-user");
            var account = new HorizontalLayout(user, signOut);
            account.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            account.addClassName("account");
            header.add(account);
        });
        header.add(colorSchemeToggle());
        header.setWidthFull();
        header.addClassName("app-header");
        addToNavbar(header);

        var nav = new SideNav();
        nav.addItem(new SideNavItem("Overview", "", VaadinIcon.CLIPBOARD_TEXT.create()),
                new SideNavItem("Efficacy", "efficacy", VaadinIcon.CHART.create()),
                new SideNavItem("Safety", "safety", VaadinIcon.SHIELD.create()),
                new SideNavItem("References", "references", VaadinIcon.BOOK.create()));
        if (authentication.hasRole(Roles.CURATOR)) {
            nav.addItem(new SideNavItem("Curation", "curation", VaadinIcon.EDIT.create()),
                    new SideNavItem("Import", "import", VaadinIcon.UPLOAD.create()),
                    new SideNavItem("Audit trail", "audit", VaadinIcon.TIME_BACKWARD.create()));
        }
        if (authentication.hasRole(Roles.ADMIN)) {
            nav.addItem(new SideNavItem("Users", "admin/users", VaadinIcon.USERS.create()));
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    /** Lumo light or dark for this browser tab; charts follow the page's scheme. */
    private static Button colorSchemeToggle() {
        var toggle = new Button(VaadinIcon.ADJUST.create());
        toggle.setId("color-scheme-toggle");
        toggle.addThemeVariants(ButtonVariant.TERTIARY);
        toggle.setAriaLabel("Switch between light and dark");
        toggle.setTooltipText("Light / dark");
        toggle.addClickListener(event -> event.getSource().getUI().ifPresent(ui -> ui.getPage().setColorScheme(
                ui.getPage().getColorScheme() == ColorScheme.Value.DARK ? ColorScheme.Value.LIGHT : ColorScheme.Value.DARK)));
        return toggle;
    }

    private static Span fact(String id, String text) {
        var span = new Span(text);
        span.setId(id);
        return span;
    }
}
