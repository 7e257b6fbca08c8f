package com.triallens.base.ui;

import com.triallens.security.Roles;
import com.triallens.trial.TrialHeader;
import com.triallens.trial.TrialService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouteConfiguration;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The frame of every page: the trial it is about and a picker for another at the top, its pages at the side. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final ComboBox<TrialHeader> picker = new ComboBox<>();
    private final Div facts = new Div();
    private final List<SideNavItem> trialPages = new ArrayList<>();

    MainLayout(TrialService trials, AuthenticationContext authentication) {
        var brand = new Span("TrialLens");
        brand.addClassName("brand");
        picker.setId("trial-picker");
        picker.setAriaLabel("Trial");
        picker.setPlaceholder("Pick a trial");
        picker.setWidth("19em");
        picker.setItemLabelGenerator(trial -> trial.acronym() + " · " + trial.registryId());
        picker.setItems(query -> trials.trials(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream(),
                query -> trials.countTrials(query.getFilter().orElse("")));
        picker.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                var route = getContent() instanceof TrialPage page
                        ? RouteConfiguration.forSessionScope().getUrl(page.getClass()) : "";
                UI.getCurrent().navigate(route, TrialPage.parameters(event.getValue()));
            }
        });
        facts.addClassName("trial-header");
        var header = new HorizontalLayout(new DrawerToggle(), brand, picker, facts);
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

        trialPages.addAll(List.of(new SideNavItem("Overview", "", VaadinIcon.CLIPBOARD_TEXT.create()),
                new SideNavItem("Efficacy", "efficacy", VaadinIcon.CHART.create()),
                new SideNavItem("Safety", "safety", VaadinIcon.SHIELD.create()),
                new SideNavItem("Participant flow", "flow", VaadinIcon.SITEMAP.create()),
                new SideNavItem("Baseline characteristics", "baseline", VaadinIcon.GROUP.create()),
                new SideNavItem("Registry results", "results", VaadinIcon.TABLE.create()),
                new SideNavItem("References", "references", VaadinIcon.BOOK.create()),
                new SideNavItem("Print summary", "summary", VaadinIcon.PRINT.create())));
        var nav = new SideNav();
        trialPages.forEach(nav::addItem);
        var compare = new SideNavItem("Compare arms", "compare", VaadinIcon.SPLIT.create());
        nav.addItem(compare);
        trialPages.add(compare);
        if (authentication.hasRole(Roles.CURATOR)) {
            var curation = new SideNavItem("Curation", "curation", VaadinIcon.EDIT.create());
            trialPages.add(curation);
            nav.addItem(curation, new SideNavItem("Import", "import", VaadinIcon.UPLOAD.create()),
                    new SideNavItem("Audit trail", "audit", VaadinIcon.TIME_BACKWARD.create()));
        }
        if (authentication.hasRole(Roles.ADMIN)) {
            nav.addItem(new SideNavItem("Users", "admin/users", VaadinIcon.USERS.create()));
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    /** Shows the trial the page is about in the header and keeps it in the links to the other trial pages. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        var trial = getContent() instanceof TrialPage ? TrialPage.current() : Optional.<TrialHeader>empty();
        facts.removeAll();
        picker.setValue(trial.orElse(null));
        trial.ifPresent(t -> {
            facts.add(fact("trial-acronym", t.acronym()), fact("trial-registry-id", t.registryId()),
                    fact("trial-phase", "Phase " + t.phase()), fact("trial-status", t.status()));
            trialPages.forEach(item -> item.setQueryParameters(TrialPage.parameters(t)));
        });
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
