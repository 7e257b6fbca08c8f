package com.triallens.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.triallens.security.DemoUser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.stream.LongStream;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The charts of each page in real Chromium: drawn, readable as a table, downloadable for slides. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChartsIT extends ChromiumTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private Page openCharts(String route, int expected) {
        var page = browser.signedIn(base(), DemoUser.VIEWER);
        page.navigate(base() + "/" + route);
        var rendered = page.locator("triallens-chart[rendered]");
        assertThat(rendered).hasCount(expected);
        for (int i = 0; i < expected; i++) {
            var box = rendered.nth(i).locator("canvas").first().boundingBox();
            assertThat(box.width).as("chart %d width", i).isGreaterThan(200);
            assertThat(box.height).as("chart %d height", i).isGreaterThan(100);
        }
        return page;
    }

    private static Locator card(Page page, String title) {
        return page.locator("vaadin-vertical-layout", new Page.LocatorOptions()
                .setHas(page.locator("h3", new Page.LocatorOptions().setHasText(title))));
    }

    @Test
    void efficacy_page_draws_response_forest_and_survival_charts() {
        var page = openCharts("efficacy", 3);
        Browser.screenshot(page, "charts-efficacy");
    }

    @Test
    void safety_page_draws_the_adverse_event_dot_plot() {
        var page = openCharts("safety", 1);
        Browser.screenshot(page, "charts-safety");
    }

    @Test
    void overview_page_draws_dosing_workflow_and_mechanism() {
        var page = openCharts("", 3);
        Browser.screenshot(page, "charts-overview");
    }

    @Test
    void charts_follow_the_switch_to_lumo_dark() {
        var page = openCharts("efficacy", 3);
        var background = "getComputedStyle(document.documentElement).backgroundColor";
        var light = page.evaluate("() => " + background);
        page.locator("#color-scheme-toggle").click();
        page.waitForFunction("() => document.documentElement.getAttribute('theme')?.includes('dark')");
        assertThat(page.evaluate("() => " + background)).isNotEqualTo(light);
        assertThat(page.locator("triallens-chart[rendered]")).hasCount(3);
        Browser.screenshot(page, "charts-efficacy-dark");
    }

    @Test
    void table_view_shows_the_same_numbers_as_the_chart() {
        var page = openCharts("efficacy", 3);
        var forest = card(page, "Hazard ratios");
        forest.getByText("Show as table").click();
        var table = forest.locator("vaadin-grid");
        assertThat(table).isVisible();
        assertThat(table.locator("vaadin-grid-cell-content", new Locator.LocatorOptions()
                .setHasText("HR 1.07 (96 % CI 0.81–1.41)"))).hasCount(1);
        assertThat(table.locator("vaadin-grid-cell-content", new Locator.LocatorOptions()
                .setHasText("HR 1.08 (99.9 % CI 0.66–1.77)"))).hasCount(1);
        Browser.screenshot(page, "charts-efficacy-table");
    }

    @Test
    void png_and_svg_downloads_are_named_after_trial_and_chart() throws Exception {
        var page = openCharts("efficacy", 3);
        var forest = card(page, "Hazard ratios");
        var png = page.waitForDownload(() -> forest.getByText("Download PNG").click());
        assertThat(png.suggestedFilename()).isEqualTo("FORTRESS-forest-plot.png");
        var pngFile = Browser.SCREENSHOTS.resolve("download-forest-plot.png");
        png.saveAs(pngFile);
        assertThat(Arrays.copyOf(Files.readAllBytes(pngFile), 8)).isEqualTo(PNG_SIGNATURE);
        assertThat(Files.size(pngFile)).isGreaterThan(10_000);

        var svg = page.waitForDownload(() -> forest.getByText("Download SVG").click());
        assertThat(svg.suggestedFilename()).isEqualTo("FORTRESS-forest-plot.svg");
        var svgFile = Browser.SCREENSHOTS.resolve("download-forest-plot.svg");
        svg.saveAs(svgFile);
        assertThat(Files.readString(svgFile)).startsWith("<svg").contains("favours eribulin alone", "HR 1.07");
    }

    /** A figure for the closing note, printed, not asserted: time until all three charts are drawn. */
    @Test
    void efficacy_time_to_first_render_is_measured() {
        var page = browser.signedIn(base(), DemoUser.VIEWER);
        long[] millis = LongStream.range(0, 5).map(run -> {
            long start = System.nanoTime();
            page.navigate(base() + "/efficacy");
            assertThat(page.locator("triallens-chart[rendered]")).hasCount(3);
            return (System.nanoTime() - start) / 1_000_000;
        }).sorted().toArray();
        System.out.printf("Efficacy page, navigation to three charts drawn (ms, 5 runs): %s, median %d%n",
                Arrays.toString(millis), millis[2]);
    }
}
