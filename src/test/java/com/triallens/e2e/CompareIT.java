package com.triallens.e2e;

import com.microsoft.playwright.assertions.LocatorAssertions;
import com.triallens.security.DemoUser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The Compare page in real Chromium, opened from a shared link. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CompareIT extends ChromiumTest {

    @Test
    void a_shared_compare_link_opens_the_arms_with_computed_differences_and_charts() {
        var page = browser.signedIn(base(), DemoUser.VIEWER);
        page.navigate(base() + "/compare?arm=NCT03786094:COMBINATION&arm=NCT03786094:CONTROL");

        assertThat(page.locator("triallens-chart[rendered]")).hasCount(2,
                new LocatorAssertions.HasCountOptions().setTimeout(30_000));
        expectCell(page, "+0.7 pp");
        expectCell(page, "Not reported");
        assertThat(page.locator("#arm-picker")).containsText("FORTRESS · Eribulin alone");
        Browser.screenshot(page, "compare");
    }
}
