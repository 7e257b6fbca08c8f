package com.triallens.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import com.triallens.security.DemoUser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The printable summary in real Chromium: printed to PDF, it is one A4 page with the figures and charts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SummaryIT extends ChromiumTest {

    @Test
    void summary_prints_on_one_a4_page_with_tables_and_charts_and_without_the_app_frame() throws Exception {
        var page = browser.signedIn(base(), DemoUser.VIEWER);
        page.navigate(base() + "/summary?trial=NCT03786094");
        assertThat(page.locator("triallens-chart[rendered]")).hasCount(3);
        assertThat(page.locator(".figure-table td", new Page.LocatorOptions().setHasText("HR 1.07 (96 % CI 0.81–1.41)")))
                .isVisible();
        assertThat(page.locator(".figure-table td", new Page.LocatorOptions().setHasText("Not reported"))).isVisible();

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator("#print-summary")).isHidden();
        assertThat(page.locator("vaadin-side-nav")).isHidden();
        Browser.screenshot(page, "summary-print");

        var pdf = page.pdf(new Page.PdfOptions().setFormat("A4").setPrintBackground(true));
        var directory = Path.of(System.getProperty("triallens.screenshots", "target/screenshots"));
        Files.createDirectories(directory);
        Files.write(directory.resolve("FORTRESS-summary.pdf"), pdf);
        var text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("%PDF-");
        assertThat(Pattern.compile("/Type\\s*/Page(?!s)").matcher(text).results().count()).as("printed pages")
                .isEqualTo(1);
    }
}
