package com.triallens.e2e;

import com.microsoft.playwright.Page;
import com.triallens.security.DemoUser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The running application in real headless Chromium: each page by its own URL, as a pasted link opens it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrialPagesIT extends ChromiumTest {

    private Page open(String route) {
        var page = browser.signedIn(base(), DemoUser.VIEWER);
        page.navigate(base() + "/" + route);
        return page;
    }

    @Test
    void efficacy_page_shows_hazard_ratios_at_their_own_confidence_levels() {
        var page = open("efficacy");
        expectCell(page, "HR 1.07 (96 % CI 0.81–1.41)");
        expectCell(page, "HR 1.08 (99.9 % CI 0.66–1.77)");
        expectCell(page, "Median overall survival (interim)");
        expectCell(page, "13.0 %");
        assertThat(page.locator("#trial-registry-id")).hasText("NCT03786094");
        Browser.screenshot(page, "efficacy");
    }

    @Test
    void safety_page_says_not_reported_for_infusion_reactions_on_eribulin() {
        var page = open("safety");
        expectCell(page, "Not reported");
        expectCell(page, "26.5 %");
        expectCell(page, "28 %");
        Browser.screenshot(page, "safety");
    }

    @Test
    void overview_page_shows_design_and_dosing() {
        var page = open("");
        assertThat(page.locator("#fact-enrolment")).containsText("432 patients");
        expectCell(page, "Days 1–3, 8–10 of a 21-day cycle");
        Browser.screenshot(page, "overview");
    }

    @Test
    void a_citation_marker_leads_to_its_reference() {
        var page = open("references#ref-7");
        assertThat(page.locator("#ref-7")).containsText("Polyphor Provides Update");
        Browser.screenshot(page, "references");
    }
}
