package com.triallens.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One simulated browser tab speaking Vaadin Flow's protocol as Chromium does (learnt with
 * {@link com.triallens.e2e.ProtocolCapture}): a page load is the HTML, then {@code ?v-r=init} (UI id, CSRF
 * key, sync ids) and a {@code ui-navigate} event; later events go to {@code ?v-r=uidl} with the CSRF token,
 * the last syncId and the expected clientId. Static files are not fetched (a browser has them cached).
 * Every request is timed and checked; a failed check throws {@link JourneyError} after being recorded.
 */
public final class VaadinClient {

    /** One request: which step, how long, and whether it was a 200 without any Vaadin error. */
    public record Sample(String step, long nanos, String error) {
    }

    public static final class JourneyError extends RuntimeException {
        JourneyError(String message) {
            super(message);
        }
    }

    /** What TrialLens says instead of a page's figures, named in a failure so that its cause shows. */
    private static final List<String> APP_MESSAGES = List.of("Database not reachable", "Database error",
            "This page needs the", "Page not found", "No trial");

    private static final String DUMP = System.getProperty("bench.dump");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final List<String> VAADIN_ERRORS = List.of("\"appError\"", "sessionExpired", "\"resynchronize\"",
            "Internal error", "Session expired", "Communication error");

    private final HttpClient http;
    private final String base;
    private final List<Sample> samples;
    private String sessionCookie;
    private String formCsrf;
    private int uiId;
    private String csrfToken;
    private int syncId;
    private int clientId;
    private int promise;
    /** The last UIDL answer to an event (not to the grids' confirmations), parsed. */
    public JsonNode last;

    public VaadinClient(HttpClient http, String base, List<Sample> samples) {
        this.http = http;
        this.base = base;
        this.samples = samples;
    }

    public static HttpClient httpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30)).build();
    }

    /** Signs in through the login page's form, as the browser posts it (with the page's _csrf). */
    public void signIn(String username, String password) {
        load("login", "login page", body -> body.contains("vaadin-login-form"));
        unload("sign in: unload login page");
        var form = "_csrf=" + enc(formCsrf) + "&username=" + enc(username) + "&password=" + enc(password);
        var response = send("sign in", HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), 302,
                r -> !r.headers().firstValue("Location").orElse("error").contains("error"));
        response.headers().firstValue("Location").orElseThrow();
    }

    /** A full page load of the route (as typing its address): HTML, init, navigation, grid confirmations. */
    public void load(String route, String step, Predicate<String> expected) {
        if (csrfToken != null) {
            unload(step + ": unload previous page");
        }
        var html = send(step + ": html", get("/" + route), 200, r -> true).body();
        var csrf = CSRF_META.matcher(html);
        formCsrf = csrf.find() ? csrf.group(1) : null;
        var init = send(step + ": init", get("/?v-r=init&location=" + enc(route)
                + "&query=&v-sh=1000&v-sw=1400&v-wh=1000&v-ww=1400&v-bh=1000&v-bw=1400&v-curdate="
                + System.currentTimeMillis() + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC"
                + "&v-wn=v-bench&v-td=false&v-pr=1&v-np=Linux&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN"
                + "&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false"), 200,
                r -> r.body().contains("Vaadin-Security-Key"));
        var config = JSON.readTree(init.body()).path("appConfig");
        uiId = config.path("v-uiId").asInt();
        csrfToken = config.path("uidl").path("Vaadin-Security-Key").asString();
        syncId = config.path("uidl").path("syncId").asInt();
        clientId = config.path("uidl").path("clientId").asInt();
        navigate("/" + route, "", step + ": navigate", expected);
    }

    /** Router navigation inside the open UI, as a side navigation item or router link does. */
    public void navigate(String route, String trigger, String step, Predicate<String> expected) {
        navigate(route, "", trigger, step, expected);
    }

    /** As {@link #navigate(String, String, String, Predicate)}, with a query string ("trial=NCT03786094"). */
    public void navigate(String route, String query, String trigger, String step, Predicate<String> expected) {
        rpc(step, """
                {"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s","query":"%s","appShellTitle":"",\
                "historyState":{"idx":0},"trigger":"%s"}}""".formatted(route, query, trigger), expected);
        confirmGrids(step);
    }

    /**
     * A click on a download link, as the browser follows it: a GET of the link's {@code href} (Vaadin's
     * {@code VAADIN/dynamic/resource/…} address) in the same session. The link is the last answer's node whose
     * {@code aria-label} matches.
     */
    public void download(Predicate<String> label, String step, Predicate<String> expected) {
        var node = node("aria-label", label);
        String href = null;
        for (var change : last.path("changes")) {
            if (change.path("node").asInt() == node && "href".equals(change.path("key").asString(""))) {
                var value = change.path("value"); // {"uri": "VAADIN/dynamic/resource/…"} for a download handler
                href = value.isObject() ? value.path("uri").asString() : value.asString();
            }
        }
        if (href == null) {
            throw new JourneyError(step + ": the link has no href in the last answer");
        }
        send(step, get("/" + href), 200, r -> expected.test(r.body()));
    }

    /** A click on the element (by its node id), with the event data Chromium sends. */
    public void click(int node, String step, Predicate<String> expected) {
        rpc(step, """
                {"type":"event","node":%d,"event":"click","data":{"event.shiftKey":false,"event.metaKey":false,\
                "event.detail":1,"event.ctrlKey":false,"event.clientX":1300,"event.clientY":190,"event.altKey":false,\
                "event.button":0,"event.screenY":290,"event.screenX":1310}}""".formatted(node), expected);
        confirmGrids(step);
    }

    /** The beacon a page sends when the browser leaves it, so the server drops that UI at once. */
    private void unload(String step) {
        send(step, HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"csrfToken":"%s","rpc":[],"UNLOAD":true}""".formatted(csrfToken))), 200, r -> true);
        csrfToken = null;
    }

    /** Grids acknowledge each data update they got ({@code confirmUpdate}), as the web component does. */
    private void confirmGrids(String step) {
        var calls = new ArrayList<String>();
        for (var execute : last.path("execute")) {
            // [{"@v-node":138}, <update id>, "return $0.$connector.confirm($1)"]-style calls
            var script = execute.get(execute.size() - 1).asString();
            if (script.contains("$connector.confirm(") && execute.get(0).has("@v-node")) {
                calls.add("""
                        {"type":"publishedEventHandler","node":%d,"templateEventMethodName":"confirmUpdate",\
                        "templateEventMethodArgs":[%s],"promise":%d}""".formatted(
                        execute.get(0).path("@v-node").asInt(), execute.get(1).toString(), promise++));
            }
        }
        if (!calls.isEmpty()) {
            var answer = last;
            rpc(step + " (grid confirm)", String.join(",", calls), body -> true);
            last = answer;
        }
    }

    /** The id of the first node that has the given property/attribute value (e.g. aria-label "History of …"). */
    public int node(String key, Predicate<String> value) {
        for (var change : last.path("changes")) {
            if (key.equals(change.path("key").asString("")) && value.test(change.path("value").asString(""))) {
                return change.path("node").asInt();
            }
        }
        throw new JourneyError("no node with " + key + " in the last answer");
    }

    private void rpc(String step, String rpc, Predicate<String> expected) {
        var body = """
                {"csrfToken":"%s","rpc":[%s],"syncId":%d,"clientId":%d}""".formatted(csrfToken, rpc, syncId, clientId);
        var response = send(step, HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)), 200, r -> expected.test(r.body()));
        last = JSON.readTree(response.body());
        syncId = last.path("syncId").asInt(syncId);
        clientId = last.path("clientId").asInt(clientId);
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).GET();
    }

    private HttpResponse<String> send(String step, HttpRequest.Builder request, int status,
                                      Predicate<HttpResponse<String>> expected) {
        if (sessionCookie != null) {
            request.header("Cookie", "JSESSIONID=" + sessionCookie);
        }
        request.timeout(Duration.ofSeconds(60));
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw fail(step, System.nanoTime() - start, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw fail(step, System.nanoTime() - start, "interrupted");
        }
        long nanos = System.nanoTime() - start;
        if (DUMP != null) { // -Dbench.dump=FILE: every answer, to see what the server sent
            dump(step, response);
        }
        response.headers().allValues("Set-Cookie").forEach(cookie -> {
            var session = SESSION_COOKIE.matcher(cookie);
            if (session.find()) {
                sessionCookie = session.group(1);
            }
        });
        if (response.statusCode() != status) {
            throw fail(step, nanos, "HTTP " + response.statusCode());
        }
        var vaadinError = VAADIN_ERRORS.stream().filter(response.body()::contains).findFirst();
        if (vaadinError.isPresent()) {
            throw fail(step, nanos, "answer contains " + vaadinError.get());
        }
        if (!expected.test(response)) {
            throw fail(step, nanos, "answer lacks the expected content" + APP_MESSAGES.stream()
                    .filter(response.body()::contains).findFirst().map(m -> " and says \"" + m + "\"").orElse(""));
        }
        synchronized (samples) {
            samples.add(new Sample(step, nanos, null));
        }
        return response;
    }

    /** Appends the answer to the dump file whole: users' answers never interleave. */
    private static synchronized void dump(String step, HttpResponse<String> response) {
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of(DUMP), "\n##### " + step + " "
                    + response.statusCode() + "\n" + response.body() + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JourneyError fail(String step, long nanos, String error) {
        synchronized (samples) {
            samples.add(new Sample(step, nanos, error));
        }
        return new JourneyError(step + ": " + error);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
