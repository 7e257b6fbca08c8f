package com.triallens.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.triallens.security.DemoUser;

import java.util.Arrays;

/**
 * Time to first render in headless Chromium: from navigating to the page's address until all its charts
 * are drawn (each {@code triallens-chart} has its {@code rendered} attribute). A viewer signs in once; each
 * page is opened RUNS times after one unmeasured visit, so the browser cache is warm as for a returning user.
 * A page whose route does not answer is reported as not present, never timed. With RECORD (an API v2 study
 * record), a curator first imports it through the Import page, and its Efficacy, Safety, Participant flow, Baseline and Registry results
 * pages are timed as well.
 * Usage: RenderBench BASE_URL [RUNS] [RECORD REGISTRY_ID]
 */
public class RenderBench {

    public static void main(String[] args) {
        var base = args[0];
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        try (var browser = new Browser()) {
            var routes = new java.util.LinkedHashMap<String, String>();
            routes.put("Efficacy", "efficacy");
            routes.put("Safety", "safety");
            routes.put("Compare", "compare?arm=NCT03786094:COMBINATION&arm=NCT03786094:CONTROL");
            if (args.length > 3) {
                importRecord(browser.signedIn(base, DemoUser.CURATOR), base, java.nio.file.Path.of(args[2]));
                routes.put("EfficacyImported", "efficacy?trial=" + args[3]);
                routes.put("SafetyImported", "safety?trial=" + args[3]);
                routes.put("ParticipantFlowImported", "flow?trial=" + args[3]);
                routes.put("BaselineImported", "baseline?trial=" + args[3]);
                routes.put("RegistryResultsImported", "results?trial=" + args[3]);
            }
            var page = browser.signedIn(base, DemoUser.VIEWER);
            for (var entry : routes.entrySet()) {
                var name = entry.getKey();
                var route = entry.getValue();
                if (!present(page, base + "/" + route)) {
                    System.out.printf("%s: page not present (/%s does not answer with a view)%n", name, route);
                    System.out.printf("RESULT page=%s median_ms=none%n", name);
                    continue;
                }
                var millis = new long[runs];
                var viewMillis = new long[runs];
                for (int run = 0; run < runs; run++) {
                    page.navigate("about:blank");
                    long start = System.nanoTime();
                    page.navigate(base + "/" + route);
                    page.locator("main.page").first().waitFor();
                    viewMillis[run] = (System.nanoTime() - start) / 1_000_000;
                    allChartsDrawn(page);
                    millis[run] = (System.nanoTime() - start) / 1_000_000;
                }
                Arrays.sort(millis);
                Arrays.sort(viewMillis);
                System.out.printf("%s: view on screen after %d ms (median), the rest is drawing charts%n", name,
                        viewMillis[runs / 2]);
                int charts = page.locator("triallens-chart").count();
                System.out.printf("%s: navigation to %d chart(s) drawn, ms over %d runs %s, median %d%n",
                        name, charts, runs, Arrays.toString(millis), millis[runs / 2]);
                System.out.printf("RESULT page=%s median_ms=%d%n", name, millis[runs / 2]);
            }
            if (!browser.consoleErrors.isEmpty()) {
                System.out.println("browser console errors: " + browser.consoleErrors);
            }
        }
    }

    private static void importRecord(Page page, String base, java.nio.file.Path record) {
        page.navigate(base + "/import");
        page.setInputFiles("vaadin-upload input[type=file]", record);
        page.getByLabel("Reason for the import").waitFor();
        page.getByLabel("Reason for the import").fill("Render benchmark");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Import")).last().click();
        page.locator("#import-done a").first().waitFor();
        System.out.println("imported " + record.getFileName() + " through the Import page");
    }

    /** Opens the route once (unmeasured): true when it shows a view of the app, not the router's "not found". */
    private static boolean present(Page page, String url) {
        com.microsoft.playwright.Response response;
        try {
            response = page.navigate(url);
        } catch (PlaywrightException e) { // Chromium's "HTTP response code failure": the route answers 404
            return false;
        }
        if (response == null || response.status() != 200) {
            return false;
        }
        page.locator("main.page, vaadin-app-layout main, body:has-text('Could not navigate')").first().waitFor();
        if (page.getByText("Could not navigate").count() > 0) {
            return false;
        }
        allChartsDrawn(page);
        return true;
    }

    /** The view is on screen and every chart on it has drawn (pages without charts: the view is enough). */
    private static void allChartsDrawn(Page page) {
        page.locator("main.page").first().waitFor();
        page.waitForFunction("() => [...document.querySelectorAll('triallens-chart')].every(c => c.hasAttribute('rendered'))");
    }
}
