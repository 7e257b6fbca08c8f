package com.triallens.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.BoundingBox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Opens the test-only chart demo page in headless Chromium against the production bundle. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.flyway.enabled=false")
class ChartDemoIT {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    private int port;

    @BeforeAll
    static void launch() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run", "--disable-sync")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void demo_charts_render_download_and_show_as_table() throws Exception {
        Page page = browser.newPage(new Browser.NewPageOptions().setAcceptDownloads(true).setViewportSize(1000, 1200));
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(m -> {
            // Failed requests are checked by URL below: the console message does not name it.
            if ("error".equals(m.type()) && !m.text().startsWith("Failed to load resource")) {
                errors.add(m.text());
            }
        });
        page.onPageError(errors::add);
        page.onResponse(r -> {
            // The app has no favicon yet; any other failed request is an error.
            if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) {
                errors.add(r.status() + " " + r.url());
            }
        });

        List<String> scriptEncodings = new ArrayList<>();
        page.onResponse(r -> {
            if (r.url().endsWith("/triallens-chart.js")) {
                scriptEncodings.add(String.valueOf(r.headerValue("content-encoding")));
            }
        });
        page.navigate("http://localhost:" + port + "/chart-demo");
        Locator canvases = page.locator("triallens-chart canvas");
        canvases.first().waitFor();
        assertThat(page.locator("triallens-chart").count()).isEqualTo(2);
        page.waitForTimeout(1500); // let the entry animation finish before the screenshot
        for (int i = 0; i < 2; i++) {
            BoundingBox box = canvases.nth(i).boundingBox();
            assertThat(box.width).as("canvas %d width", i).isGreaterThan(200);
            assertThat(box.height).as("canvas %d height", i).isGreaterThan(100);
        }
        Path screenshots = Paths.get("target", "screenshots");
        Files.createDirectories(screenshots);
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("chart-demo.png")).setFullPage(true));

        Download download = page.waitForDownload(() -> page.getByText("Download PNG").first().click());
        assertThat(download.suggestedFilename()).isEqualTo("DEMO-response-rate.png");
        download.saveAs(screenshots.resolve("download.png"));
        byte[] png = Files.readAllBytes(download.path());
        assertThat(Arrays.copyOf(png, 8)).isEqualTo(PNG_SIGNATURE);
        assertThat(png.length).isGreaterThan(5_000);

        Download svg = page.waitForDownload(() -> page.getByText("Download SVG").nth(1).click());
        assertThat(svg.suggestedFilename()).isEqualTo("DEMO-forest-plot.svg");
        svg.saveAs(screenshots.resolve("download.svg"));
        assertThat(Files.readString(svg.path())).startsWith("<svg").contains("favours eribulin");

        page.getByText("Show as table").nth(1).click();
        Locator table = page.locator("vaadin-grid").nth(1);
        table.waitFor();
        assertThat(page.locator("triallens-chart").nth(1).isVisible()).isFalse();
        for (String cell : List.of("All patients", "0.77 (0.62–0.95)", "0.86 (0.60–1.24)")) {
            assertThat(table.getByText(cell, new Locator.GetByTextOptions().setExact(true)).isVisible())
                    .as(cell).isTrue();
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("chart-demo-table.png")).setFullPage(true));

        // Lumo dark: the chart re-renders with the theme's colours when <html theme> changes.
        page.evaluate("document.documentElement.setAttribute('theme', 'dark')");
        page.getByText("Show as chart").click();
        page.waitForTimeout(1500);
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("chart-demo-dark.png")).setFullPage(true));

        assertThat(errors).as("console errors").isEmpty();
        assertThat(scriptEncodings).as("chart script sent compressed").isNotEmpty().isSubsetOf("br", "gzip");
    }
}
