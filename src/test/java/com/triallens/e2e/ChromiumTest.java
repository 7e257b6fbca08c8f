package com.triallens.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** One headless Chromium per test class against the running application; no console errors allowed. */
@ExtendWith(ChromiumTest.ChromiumFound.class)
abstract class ChromiumTest {

    /**
     * Without Chromium the class does not run: each of its tests is reported as skipped with "not run: Chromium
     * not found at …; install it with …" as the reason (and the build says so in one line, see pom.xml), instead
     * of failing with Playwright's stack trace. The application is not started for it.
     */
    static final class ChromiumFound implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            var missing = Browser.missingChromium();
            return missing.isEmpty()
                    ? ConditionEvaluationResult.enabled("Chromium at " + Browser.CHROMIUM)
                    : ConditionEvaluationResult.disabled(missing.get());
        }
    }

    static Browser browser;
    @LocalServerPort int port;

    @BeforeAll
    static void start_chromium() {
        // CI machines have two cores and run the suite twice (H2, PostgreSQL): 5 s is too short for a first render.
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        browser = new Browser();
    }

    @AfterAll
    static void stop_chromium() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @AfterEach
    void no_console_errors() {
        try {
            assertThat(browser.consoleErrors).isEmpty();
        } finally {
            browser.consoleErrors.clear();
        }
    }

    static void expectCell(Page page, String text) {
        PlaywrightAssertions.assertThat(
                page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(text)).first()).isVisible();
    }

    String base() {
        return "http://localhost:" + port;
    }
}
