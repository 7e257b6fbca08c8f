package com.triallens.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser (or another site) sees over HTTP from the running application: the security headers on
 * every response, the session cookie, the login form's CSRF token, and the refused and unknown pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HttpSecurityIT {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern BUNDLE = Pattern.compile("src=\"\\./(VAADIN/build/[^\"]+\\.js)\"");

    @LocalServerPort int port;

    /** A browser of its own: its cookies, no redirects followed. */
    private final class Client {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> postForm(String path, Map<String, String> form, String origin)
                throws IOException, InterruptedException {
            var body = form.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            var request = HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", origin)
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        /** The login page's form post, with or without the token the page carries. */
        HttpResponse<String> signIn(DemoUser user, boolean withToken) throws IOException, InterruptedException {
            var page = get("/login");
            var token = CSRF.matcher(page.body());
            assertThat(token.find()).as("the login page carries a CSRF token").isTrue();
            var form = new LinkedHashMap<String, String>();
            form.put("username", user.username());
            form.put("password", user.password());
            if (withToken) {
                form.put("_csrf", token.group(1));
            }
            return postForm("/login", form, withToken ? base() : "http://evil.example");
        }

        Client signedIn(DemoUser user) throws IOException, InterruptedException {
            var response = signIn(user, true);
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
            return this;
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private URI uri(String path) {
        return URI.create(base() + path);
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        var headers = response.headers();
        var what = response.request().uri().getPath() + " (" + response.statusCode() + ")";
        assertThat(headers.firstValue("Content-Security-Policy")).as(what).hasValue(SecurityConfig.CONTENT_SECURITY_POLICY);
        assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
        assertThat(headers.allValues("X-Frame-Options")).as(what).containsExactly("SAMEORIGIN");
    }

    private static void assertNotStored(HttpResponse<String> response) {
        assertThat(response.headers().allValues("Cache-Control")).as(response.request().uri().getPath())
                .singleElement().asString().contains("no-store");
    }

    @Test
    void the_login_page_itself_carries_the_security_headers_and_is_not_cached() throws Exception {
        var login = new Client().get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertSecurityHeaders(login);
        assertNotStored(login);
        assertThat(login.headers().firstValue("Strict-Transport-Security")).as("plain http: no HSTS").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/efficacy", "/curation", "/audit", "/admin/users"})
    void every_page_a_signed_in_user_opens_carries_the_security_headers_and_is_not_cached(String path) throws Exception {
        var page = new Client().signedIn(DemoUser.ADMIN).get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertSecurityHeaders(page);
        assertNotStored(page);
    }

    @Test
    void a_redirect_to_sign_in_carries_the_security_headers() throws Exception {
        var redirect = new Client().get("/curation");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertSecurityHeaders(redirect);
        assertNotStored(redirect);
    }

    @Test
    void the_script_bundle_keeps_its_own_caching_with_the_security_headers() throws Exception {
        var client = new Client();
        var bundle = BUNDLE.matcher(client.get("/login").body());
        assertThat(bundle.find()).isTrue();
        var script = client.get("/" + bundle.group(1));
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().allValues("Cache-Control")).singleElement().asString()
                .contains("max-age").doesNotContain("no-store");
        assertThat(script.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax() throws Exception {
        var login = new Client().get("/login");
        var cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/curation", "/VAADIN/no-such-file.js", "/VAADIN/dynamic/resource/0/x/export.csv"})
    void without_a_cookie_no_answer_puts_the_session_id_in_the_url(String path) throws Exception {
        var response = new Client().get(path);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContainIgnoringCase("jsessionid");
        assertThat(response.body()).doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void a_login_post_without_the_csrf_token_from_another_origin_is_refused_and_signs_nobody_in() throws Exception {
        var client = new Client();
        var response = client.signIn(DemoUser.ADMIN, false);
        assertThat(response.statusCode()).isEqualTo(403);
        var after = client.get("/");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void five_wrong_passwords_for_a_name_lock_it_and_the_login_page_says_for_how_long() throws Exception {
        // a name no account has: the lock must not tell whether the account exists (and no demo user gets locked)
        var client = new Client();
        var answers = new java.util.ArrayList<String>();
        for (int attempt = 1; attempt <= 6; attempt++) {
            var page = client.get("/login");
            var token = CSRF.matcher(page.body());
            assertThat(token.find()).isTrue();
            var response = client.postForm("/login", Map.of("username", "probe-two-nobody",
                    "password", "wrong password " + attempt, "_csrf", token.group(1)), base());
            answers.add(response.headers().firstValue("Location").orElse(String.valueOf(response.statusCode())));
        }
        assertThat(answers.subList(0, 4)).allSatisfy(location -> assertThat(location).endsWith("/login?error"));
        assertThat(answers.subList(4, 6)).allSatisfy(location -> assertThat(location).endsWith("/login?throttled=15"));
    }

    @Test
    void the_login_form_post_with_its_token_signs_in() throws Exception {
        var client = new Client().signedIn(DemoUser.CURATOR);
        assertThat(client.get("/curation").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/curation", "/audit", "/import", "/admin/users"})
    void a_viewer_opening_a_page_of_a_higher_role_gets_403(String path)
            throws Exception {
        var page = new Client().signedIn(DemoUser.VIEWER).get(path);
        assertThat(page.statusCode()).isEqualTo(403);
        assertSecurityHeaders(page);
    }

    @Test
    void an_unknown_page_of_a_signed_in_user_is_404() throws Exception {
        var page = new Client().signedIn(DemoUser.VIEWER).get("/no-such-page");
        assertThat(page.statusCode()).isEqualTo(404);
        assertSecurityHeaders(page);
    }
}
