package com.triallens.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.triallens.TestPostgres;
import com.triallens.security.DemoUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The database goes away under a running TrialLens and comes back: the user sees a plain message,
 * not a stack trace, and the same page shows its data again without a restart. PostgreSQL only: the
 * test's own database refuses connections (and its open ones are cut), as when the server stops.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIfSystemProperty(named = "triallens.test.postgres", matches = ".+",
        disabledReason = "needs PostgreSQL: runs when TRIALLENS_TEST_POSTGRES is set")
class DatabaseOutageIT extends ChromiumTest {

    /** Generous: a busy CI machine, and the pool's 5 s wait for a database that is away. */
    private static final LocatorAssertions.IsVisibleOptions SLOW = new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);

    @Value("${spring.datasource.url}") String datasourceUrl;

    private static Locator cell(Page page, String text) {
        return page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(text)).first();
    }

    @Test
    void while_the_database_is_away_pages_say_so_and_show_their_data_again_once_it_is_back() {
        var database = TestPostgres.databaseOf(datasourceUrl).orElseThrow();
        var page = browser.signedIn(base(), DemoUser.VIEWER);
        page.navigate(base() + "/efficacy");
        assertThat(cell(page, "13.0 %")).isVisible(SLOW);

        TestPostgres.admin("alter database " + database + " allow_connections false");
        try {
            TestPostgres.admin("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'");
            page.navigate(base() + "/safety");
            // the pool waits its connection-timeout (5 s) for the database before giving up
            assertThat(page.locator("#database-unavailable")).hasText(
                    "The database is not reachable right now; try again in a moment.",
                    new LocatorAssertions.HasTextOptions().setTimeout(30_000));
            assertThat(page.locator("body")).not().containsText("Exception");
            Browser.screenshot(page, "database-unavailable");
        } finally {
            TestPostgres.admin("alter database " + database + " allow_connections true");
        }
        browser.consoleErrors.removeIf(error -> error.startsWith("503 ") || error.contains("status of 503"));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Try again")).click();
        assertThat(cell(page, "26.5 %")).isVisible(SLOW);
        assertThat(page.locator("#trial-registry-id")).hasText("NCT03786094");
    }
}
