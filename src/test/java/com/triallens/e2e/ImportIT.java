package com.triallens.e2e;

import com.microsoft.playwright.Page;
import com.triallens.security.DemoUser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A curator imports the documented synthetic sample in real Chromium and opens the imported trial. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportIT extends ChromiumTest {

    @Test
    void the_sample_record_uploads_previews_imports_and_opens_as_its_own_trial() {
        var page = browser.signedIn(base(), DemoUser.CURATOR);
        page.navigate(base() + "/import");
        page.setInputFiles("vaadin-upload input[type=file]", Path.of("src/docs/samples/synthetic-eribulin-study.json"));

        assertThat(page.getByText("NCT09990003").first()).isVisible();
        Browser.screenshot(page, "import-preview");
        page.getByLabel("Reason for the import").fill("Synthetic sample for the Compare page");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Import")).last().click();
        assertThat(page.locator("#import-done")).isVisible();

        page.navigate(base() + "/efficacy?trial=NCT09990003");
        assertThat(page.locator("#trial-registry-id")).hasText("NCT09990003");
        expectCell(page, "p < 0.001");
        Browser.screenshot(page, "import-efficacy");

        page.navigate(base() + "/results?trial=NCT09990003");
        assertThat(page.getByText("Statistical analyses")).isVisible();
        expectCell(page, "Capecitabine");
        assertThat(page.locator("body")).not().containsText("NaN");
        Browser.screenshot(page, "import-registry-results");
    }
}
