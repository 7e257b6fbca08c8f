package com.triallens.e2e;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.triallens.security.DemoUser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Debian's Chromium driven by Playwright. Playwright is told never to download a browser of its own:
 * the machines reach no browser host, and the test must use the same Chromium a user would.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of(System.getProperty("triallens.screenshots", "target/screenshots"));
    static final Path CHROMIUM = Path.of(System.getProperty("triallens.chromium", "/usr/bin/chromium"));

    /** Why the end-to-end tests do not run, or empty when Chromium is there. */
    static Optional<String> missingChromium() {
        return Files.isExecutable(CHROMIUM) ? Optional.empty() : Optional.of(
                "not run: Chromium not found at " + CHROMIUM + "; install it with `sudo apt-get install chromium`"
                        + " (or set -Dtriallens.chromium=/path/to/chromium)");
    }

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    final List<String> consoleErrors = new ArrayList<>();

    Browser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run", "--disable-sync")));
    }

    /** A fresh browser context (its own cookies and session), 1400 × 1000, collecting console errors. */
    Page newPage() {
        var page = chromium.newContext(new NewContextOptions().setViewportSize(1400, 1000).setAcceptDownloads(true))
                .newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text());
            }
        });
        page.onPageError(error -> consoleErrors.add(error));
        page.onResponse(response -> {
            if (response.status() >= 400) {
                consoleErrors.add(response.status() + " " + response.url());
            }
        });
        return page;
    }

    /** A fresh context signed in through the login page as the given user. */
    Page signedIn(String baseUrl, DemoUser user) {
        var page = newPage();
        page.navigate(baseUrl + "/login");
        page.locator("vaadin-login-form input[name='username']").fill(user.username());
        page.locator("vaadin-login-form input[name='password']").fill(user.password());
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    /** The whole page: the app layout scrolls inside itself, so the viewport grows to the content first. */
    static void screenshot(Page page, String name) {
        screenshot(page, name, 1400);
    }

    /** As {@link #screenshot(Page, String)}, at the given width. */
    static void screenshot(Page page, String name, int width) {
        var height = (Number) page.evaluate("() => Math.max(...[...document.querySelectorAll('.page')]"
                + ".map(e => e.scrollHeight + 80), 1000)");
        page.setViewportSize(width, Math.min(height.intValue(), 6000));
        page.waitForTimeout(300); // charts follow the new size on their ResizeObserver
        page.waitForFunction("() => !document.querySelector('vaadin-grid[loading]')");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
