package com.triallens.base.ui;

import com.triallens.trial.TrialService;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;

/** The frame of every page: the trial it is about at the top, the pages of that trial at the side. */
@Layout
public class MainLayout extends AppLayout {

    MainLayout(TrialService trials) {
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
        header.setWidthFull();
        header.addClassName("app-header");
        addToNavbar(header);

        var nav = new SideNav();
        nav.addItem(new SideNavItem("Overview", "", VaadinIcon.CLIPBOARD_TEXT.create()),
                new SideNavItem("Efficacy", "efficacy", VaadinIcon.CHART.create()),
                new SideNavItem("Safety", "safety", VaadinIcon.SHIELD.create()),
                new SideNavItem("References", "references", VaadinIcon.BOOK.create()));
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    private static Span fact(String id, String text) {
        var span = new Span(text);
        span.setId(id);
        return span;
    }
}
