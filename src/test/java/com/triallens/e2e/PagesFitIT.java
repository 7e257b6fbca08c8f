package com.triallens.e2e;

import com.microsoft.playwright.Page;
import com.triallens.ctgov.CtgovImportService;
import com.triallens.security.DemoUser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every trial page of FORTRESS and of a real eight-cohort record (NCT04431453) at a laptop's and a small screen's
 * size: the page never scrolls sideways (wide grids scroll inside themselves), every chart is drawn, and no text
 * reads "NaN", "undefined", "0-day" or "1 participants". Screenshots in target/screenshots/fit-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithMockUser(username = "curator", roles = {"CURATOR", "VIEWER"})
class PagesFitIT extends ChromiumTest {

    static final Path EIGHT_COHORTS = Path.of("src/test/resources/ctgov/real/NCT04431453.json");
    static final List<String> PAGES = List.of("", "efficacy", "safety", "flow", "baseline", "results", "compare");

    @Autowired CtgovImportService imports;

    private static boolean imported;

    private void importEightCohorts() throws Exception {
        if (imported) {
            return;
        }
        imported = true;
        var preview = imports.preview(EIGHT_COHORTS.getFileName().toString(), Files.readAllBytes(EIGHT_COHORTS),
                step -> { });
        imports.importRecord(preview, "Pages at two screen sizes");
    }

    @ParameterizedTest(name = "{0} at {1}×{2}")
    @CsvSource({"NCT03786094, 1440, 900", "NCT03786094, 1024, 768", "NCT04431453, 1440, 900", "NCT04431453, 1024, 768"})
    void every_page_fits_the_screen_and_draws_what_it_shows(String trial, int width, int height) throws Exception {
        if (trial.equals("NCT04431453")) {
            importEightCohorts();
        }
        var page = browser.signedIn(base(), DemoUser.VIEWER);
        page.setViewportSize(width, height);
        for (var route : PAGES) {
            var name = "fit-" + trial + "-" + (route.isEmpty() ? "overview" : route) + "-" + width;
            page.navigate(base() + "/" + route + "?trial=" + trial);
            page.locator("vaadin-app-layout .page").first().waitFor();
            if (!route.equals("compare")) {
                assertThat(page.locator("#trial-registry-id")).hasText(trial);
            }
            var charts = page.locator("triallens-chart");
            assertThat(page.locator("triallens-chart[rendered]")).hasCount(charts.count());
            var overflow = (Number) page.evaluate("() => { const l = document.querySelector('vaadin-app-layout');"
                    + " const c = (l && l.shadowRoot.querySelector('[content]')) || document.documentElement; return Math.max(c.scrollWidth - c.clientWidth,"
                    + " document.documentElement.scrollWidth - document.documentElement.clientWidth); }");
            Browser.screenshot(page, name, width);
            page.setViewportSize(width, height);
            assertThat(overflow.intValue()).as("%s: sideways overflow of the page (px)", name).isLessThanOrEqualTo(0);
            var text = page.locator("body").innerText();
            for (var forbidden : List.of("NaN", "undefined", "0-day")) {
                assertThat(text.contains(forbidden)).as("%s shows \"%s\"", name, forbidden).isFalse();
            }
            var plural = java.util.regex.Pattern.compile("(?<![\\d.,])1 (participants|patients)\\b").matcher(text);
            var found = plural.find();
            assertThat(found).as("%s reads \"%s\"", name, found ? plural.group() : "").isFalse();
        }
    }

    @org.junit.jupiter.api.Test
    void the_eight_cohort_pages_read_in_lumo_dark() throws Exception {
        importEightCohorts();
        var page = browser.signedIn(base(), DemoUser.VIEWER);
        page.setViewportSize(1440, 900);
        for (var route : List.of("efficacy", "safety", "flow")) {
            page.navigate(base() + "/" + route + "?trial=NCT04431453");
            page.locator("vaadin-app-layout .page").first().waitFor();
            page.locator("#color-scheme-toggle").click();
            page.waitForFunction("() => document.documentElement.getAttribute('theme')?.includes('dark')");
            assertThat(page.locator("triallens-chart[rendered]")).hasCount(page.locator("triallens-chart").count());
            Browser.screenshot(page, "fit-NCT04431453-" + route + "-dark", 1440);
            page.setViewportSize(1440, 900);
        }
    }
}
