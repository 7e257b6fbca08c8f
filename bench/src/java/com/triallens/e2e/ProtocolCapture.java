package com.triallens.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.triallens.security.DemoUser;

/**
 * Prints every request Chromium makes on the viewer journey of the load test (sign in, Efficacy, Safety
 * through the side navigation, a "Changed" history), with its body and the start of the answer: what
 * {@link com.triallens.bench.VaadinClient} has to send. Usage: ProtocolCapture http://localhost:PORT
 */
public class ProtocolCapture {

    public static void main(String[] args) {
        var base = args[0];
        try (var browser = new Browser()) {
            var page = browser.newPage();
            page.onRequest(request -> System.out.printf("%n>>> %s %s%n%s%n%s%n", request.method(), request.url(),
                    request.headers(), request.postData() == null ? "" : request.postData()));
            page.onResponse(response -> {
                String body;
                try {
                    body = response.text();
                } catch (RuntimeException e) {
                    body = "(" + e.getMessage() + ")";
                }
                System.out.printf("<<< %d %s %s%n%s%n", response.status(), response.url(), response.headers(),
                        body.length() > 3000 ? body.substring(0, 3000) + "..." : body);
            });
            page.navigate(base + "/login");
            page.locator("vaadin-login-form input[name='username']").fill(DemoUser.VIEWER.username());
            page.locator("vaadin-login-form input[name='password']").fill(DemoUser.VIEWER.password());
            page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
            page.waitForURL(url -> !url.contains("/login"));
            System.out.println("\n##### EFFICACY");
            page.navigate(base + "/efficacy");
            page.locator("triallens-chart[rendered]").first().waitFor();
            System.out.println("\n##### SAFETY VIA SIDE NAV");
            page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Safety")).first().click();
            page.waitForURL(url -> url.endsWith("/safety"));
            page.locator("triallens-chart[rendered]").first().waitFor();
            System.out.println("\n##### CHANGED");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("History of").setExact(false)).first().click();
            page.locator("vaadin-dialog-overlay").waitFor();
            page.waitForTimeout(500);
            System.out.println("\n##### DONE");
        }
    }
}
