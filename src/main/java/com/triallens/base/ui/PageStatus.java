package com.triallens.base.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.springframework.stereotype.Component;

/**
 * The HTTP status of a page load: 404 for an address that is no page, 403 for a page the signed-in user's role
 * does not open. Vaadin answers a page load with 200 and builds the page in a later request, so the refusal
 * ({@link AccessDeniedView}, {@link NotFoundView}) would otherwise be visible on screen only. The rule is the one
 * Vaadin's navigation access control applies: the view's {@code @RolesAllowed} / {@code @PermitAll}.
 */
@Component
class PageStatus implements VaadinServiceInitListener {

    private final AccessAnnotationChecker access;

    PageStatus(AccessAnnotationChecker access) {
        this.access = access;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::setStatus);
    }

    private void setStatus(IndexHtmlResponse page) {
        if (!(page.getVaadinRequest() instanceof VaadinServletRequest request)) {
            return;
        }
        var path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        var target = RouteConfiguration.forApplicationScope().getRoute(path);
        if (target.isEmpty()) {
            page.getVaadinResponse().setStatus(HttpStatusCode.NOT_FOUND.getCode());
        } else if (!access.hasAccess(target.get(), request.getHttpServletRequest())) {
            page.getVaadinResponse().setStatus(HttpStatusCode.FORBIDDEN.getCode());
        }
    }
}
