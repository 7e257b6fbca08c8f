package com.triallens.base.ui;

import com.triallens.trial.TrialService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

/**
 * A page that cannot open because the database does not answer says so in words, never as a stack
 * trace. (Actions on an open page: DatabaseErrorHandlerTest; the real outage, on PostgreSQL: DatabaseOutageIT.)
 */
@SpringBootTest
@ViewPackages(packages = "com.triallens")
@WithMockUser(roles = "VIEWER")
class DatabaseUnavailableTest extends SpringBrowserlessTest {

    static final Exception NO_CONNECTION = new CannotCreateTransactionException("Could not open JDBC Connection",
            new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 5000ms"));

    @MockitoBean TrialService trials;

    @Test
    void a_page_that_cannot_reach_the_database_says_so_and_offers_to_try_again() {
        when(trials.defaultTrial()).thenThrow(NO_CONNECTION);
        var view = navigate("safety", ServerErrorView.class);
        // browserless queries refuse to search while an error view shows, so the view's children are read directly
        assertThat(view.getChildren().filter(Paragraph.class::isInstance).map(c -> ((Paragraph) c).getText()))
                .containsExactly(DatabaseUnavailable.MESSAGE);
        assertThat(view.getChildren().filter(Anchor.class::isInstance).map(c -> ((Anchor) c).getHref()))
                .containsExactly("safety");
        assertThat(view.getElement().getOuterHTML()).doesNotContain("Exception", "Hikari", "at com.");
    }
}
