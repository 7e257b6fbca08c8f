package com.triallens.base.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An action on an open page that cannot reach the database shows the message as a notification.
 * (A page that cannot open is tested end to end on PostgreSQL: DatabaseOutageIT.)
 */
@SpringBootTest
@ViewPackages(packages = "com.triallens")
@WithMockUser(roles = "VIEWER")
class DatabaseErrorHandlerTest extends SpringBrowserlessTest {

    static final Exception NO_CONNECTION = new CannotCreateTransactionException("Could not open JDBC Connection",
            new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 5000ms"));

    private void fail(Exception failure) {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure));
        roundTrip();
    }

    @Test
    void a_database_failure_after_the_page_opened_shows_the_message() {
        fail(NO_CONNECTION);
        assertThat($(Notification.class).all()).extracting(n -> n.getElement().getProperty("text"))
                .containsExactly(DatabaseFailure.UNREACHABLE.actionMessage());
    }
}
