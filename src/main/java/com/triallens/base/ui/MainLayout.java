package com.triallens.base.ui;

import com.triallens.base.domain.Roles;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import org.springframework.beans.factory.ObjectProvider;

import java.util.ArrayList;
import java.util.List;

/**
 * The frame of every page: at the top what the features add (the trial picker and the trial's facts) and the
 * signed-in user, at the side the pages; the links to the pages about one trial keep that trial ({@link PageScope}).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final List<SideNavItem> scopedPages = new ArrayList<>();

    MainLayout(ObjectProvider<HeaderPart> headerParts, AuthenticationContext authentication) {
        var brand = new Span("TrialLens");
        brand.addClassName("brand");
        var header = new HorizontalLayout(new DrawerToggle(), brand);
        headerParts.orderedStream().map(HeaderPart::component).forEach(header::add);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
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

        scopedPages.addAll(List.of(new SideNavItem("Overview", "", VaadinIcon.CLIPBOARD_TEXT.create()),
                new SideNavItem("Efficacy", "efficacy", VaadinIcon.CHART.create()),
                new SideNavItem("Safety", "safety", VaadinIcon.SHIELD.create()),
                new SideNavItem("Participant flow", "flow", VaadinIcon.SITEMAP.create()),
                new SideNavItem("Baseline characteristics", "baseline", VaadinIcon.GROUP.create()),
                new SideNavItem("Registry results", "results", VaadinIcon.TABLE.create()),
                new SideNavItem("References", "references", VaadinIcon.BOOK.create()),
                new SideNavItem("Print summary", "summary", VaadinIcon.PRINT.create())));
        var nav = new SideNav();
        scopedPages.forEach(nav::addItem);
        var compare = new SideNavItem("Compare arms", "compare", VaadinIcon.SPLIT.create());
        nav.addItem(compare);
        scopedPages.add(compare);
        if (authentication.hasRole(Roles.CURATOR)) {
            var curation = new SideNavItem("Curation", "curation", VaadinIcon.EDIT.create());
            scopedPages.add(curation);
            nav.addItem(curation, new SideNavItem("Import", "import", VaadinIcon.UPLOAD.create()),
                    new SideNavItem("Audit trail", "audit", VaadinIcon.TIME_BACKWARD.create()));
        }
        if (authentication.hasRole(Roles.ADMIN)) {
            nav.addItem(new SideNavItem("Users", "admin/users", VaadinIcon.USERS.create()));
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    /** Keeps what the page is about (the trial) in the links to the other pages about it. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        PageScope.current().ifPresent(scope -> scopedPages.forEach(item -> item.setQueryParameters(scope)));
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
}
