package com.triallens.e2e;

import com.microsoft.playwright.Page;
import com.triallens.security.DemoUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real Chromium: every page runs under the Content-Security-Policy without a violation (charts included), and a
 * refused or unknown page is shown in the app frame with its status, in words, with a way back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessPagesIT extends ChromiumTest {

    private static final String RECORD_VIOLATIONS = "window.cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation',"
            + " e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));";

    /** The expected status of the page itself is no console error; anything else still is. */
    private int expectedStatus;
    private String expectedUrl;

    @AfterEach
    void forget_the_expected_status() {
        browser.consoleErrors.removeIf(error -> error.equals(expectedStatus + " " + expectedUrl)
                || error.contains("status of " + expectedStatus));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "efficacy", "safety", "flow", "baseline", "results", "references", "summary",
            "compare", "curation", "import", "audit", "admin/users"})
    void every_page_runs_under_the_content_security_policy_without_a_violation(String route) {
        var page = browser.signedIn(base(), DemoUser.ADMIN);
        page.context().addInitScript(RECORD_VIOLATIONS);
        var response = page.navigate(base() + "/" + route);
        assertThat(response.headers().get("content-security-policy")).contains("default-src 'self'");
        assertThat(page.locator("#signed-in-user")).isVisible();
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        if (List.of("", "efficacy", "safety").contains(route)) {
            assertThat(page.locator("triallens-chart[rendered]").first()).isVisible();
        }
        assertThat((List<?>) page.evaluate("() => window.cspViolations")).as(route).isEmpty();
    }

    private Page openAs(DemoUser user, String route, int status) {
        var page = browser.signedIn(base(), user);
        expectedStatus = status;
        expectedUrl = base() + "/" + route;
        var response = page.navigate(expectedUrl);
        assertThat(response.status()).isEqualTo(status);
        assertThat(page.locator("#signed-in-user")).hasText(user.username());
        return page;
    }

    @Test
    void a_viewer_opening_curation_is_told_in_the_app_frame_which_role_it_needs_with_status_403() {
        var page = openAs(DemoUser.VIEWER, "curation", 403);
        assertThat(page.locator("#access-denied"))
                .hasText("This page needs the Curator role. You are signed in as viewer (Viewer).");
        page.locator("#error-back").click();
        page.waitForURL(base() + "/");
        assertThat(page.locator("#trial-picker")).isVisible();
    }

    @Test
    void a_curator_opening_the_users_page_is_told_it_needs_the_admin_role() {
        var page = openAs(DemoUser.CURATOR, "admin/users", 403);
        assertThat(page.locator("#access-denied"))
                .hasText("This page needs the Admin role. You are signed in as curator (Curator).");
    }

    @Test
    void an_unknown_page_is_a_404_in_the_app_frame() {
        var page = openAs(DemoUser.VIEWER, "no-such-page", 404);
        assertThat(page.locator("#not-found")).hasText("There is no page at /no-such-page.");
        assertThat(page.locator("#error-back")).isVisible();
    }
}
