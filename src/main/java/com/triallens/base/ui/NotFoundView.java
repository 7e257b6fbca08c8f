package com.triallens.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/** An address that is no page of TrialLens: status 404, in the app frame, with a link back. */
@ParentLayout(MainLayout.class)
@PageTitle("Page not found | TrialLens")
@PermitAll
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    NotFoundView() {
        addClassNames("page", "error-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        var message = new Paragraph("There is no page at /" + event.getLocation().getPath() + ".");
        message.setId("not-found");
        removeAll();
        add(new H2("Page not found"), message, ErrorPages.linkBack());
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
