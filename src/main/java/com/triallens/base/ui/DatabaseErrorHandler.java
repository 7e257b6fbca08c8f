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
 * After a page has opened (a button, a grid page, a save), a database that does not answer is shown
 * as a notification with the same message as {@link ServerErrorView}; other errors go to Vaadin's
 * default handler. The next action works again once the database is back.
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
        if (!DatabaseUnavailable.causedBy(event.getThrowable())) {
            super.error(event);
            return;
        }
        LOG.warn("Database not reachable: {}", DatabaseUnavailable.describe(event.getThrowable()));
        var ui = event.getComponent().flatMap(Component::getUI).orElseGet(UI::getCurrent);
        if (ui != null) {
            ui.access(() -> {
                var notification = Notification.show(DatabaseUnavailable.MESSAGE, 8000, Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            });
        }
    }
}
