package com.triallens.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page that fails to open because the database does not answer says so, with status 503 (or 500 when
 * the database answered with an internal error), and opens normally once the database is back; any other failure keeps Vaadin's own error page.
 * It handles every exception, not only {@code DataAccessException}: a failure in a view's or the
 * layout's constructor reaches the router wrapped in Spring's {@code BeanCreationException}, and the
 * router matches error views by the thrown type and its exact causes, never a cause's supertypes.
 * It has no layout of its own, because {@link MainLayout} reads the database too.
 */
@AnonymousAllowed
public class ServerErrorView extends InternalServerError {

    private static final Logger LOG = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        var failure = DatabaseFailure.of(parameter.getCaughtException()).orElse(null);
        if (failure == null) {
            return super.setErrorParameter(event, parameter);
        }
        if (failure == DatabaseFailure.UNREACHABLE) {
            LOG.warn("Database not reachable while opening /{}: {}", event.getLocation().getPath(),
                    DatabaseFailure.describe(parameter.getCaughtException()));
        } else {
            LOG.error("The database reported an error while opening /{}", event.getLocation().getPath(),
                    parameter.getCaughtException());
        }
        getElement().removeAllChildren();
        getElement().setAttribute("class", "page database-unavailable");
        var heading = new H2(failure == DatabaseFailure.UNREACHABLE ? "Database not reachable" : "Database error");
        var message = new Paragraph(failure.pageMessage());
        message.setId(failure == DatabaseFailure.UNREACHABLE ? "database-unavailable" : "database-error");
        var retry = new Anchor(event.getLocation().getPathWithQueryParameters(), "Try again");
        retry.setRouterIgnore(true);
        getElement().appendChild(heading.getElement(), message.getElement(), retry.getElement());
        return (failure == DatabaseFailure.UNREACHABLE ? HttpStatusCode.SERVICE_UNAVAILABLE
                : HttpStatusCode.INTERNAL_SERVER_ERROR).getCode();
    }
}
