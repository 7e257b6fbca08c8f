package com.triallens.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a page has opened (a button, a grid page, a save), a database failure is shown as a notification
 * that says what happened ({@link DatabaseFailure}); other errors go to Vaadin's default handler. The next
 * action works again once the database is back.
 */
@org.springframework.stereotype.Component
class DatabaseErrorHandler extends DefaultErrorHandler implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        var failure = DatabaseFailure.of(event.getThrowable());
        if (failure.isEmpty()) {
            super.error(event);
            return;
        }
        if (failure.get() == DatabaseFailure.UNREACHABLE) {
            LOG.warn("Database not reachable: {}", DatabaseFailure.describe(event.getThrowable()));
        } else {
            LOG.error("The database reported an error", event.getThrowable());
        }
        var ui = event.getComponent().flatMap(Component::getUI).orElseGet(UI::getCurrent);
        if (ui != null) {
            ui.access(() -> {
                var notification = Notification.show(failure.get().actionMessage(), 8000, Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            });
        }
    }
}
