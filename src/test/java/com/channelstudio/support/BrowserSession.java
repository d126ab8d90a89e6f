package com.channelstudio.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The operator logged in through the form, as a browser is: the session cookie, and the Set-Cookie lines of the
 * login. Cookies are handled by hand so that Secure ones are seen over plain HTTP in tests too.
 */
public record BrowserSession(URI base, String sessionCookie, List<String> loginCookies) {

    static final HttpClient CLIENT = HttpClient.newHttpClient();

    /** Logs in with the form; {@code headers} (name, value, ...) go with both requests, e.g. a proxy's. */
    public static BrowserSession login(int port, String... headers) throws IOException, InterruptedException {
        URI base = URI.create("http://localhost:" + port);
        HttpResponse<Void> form = CLIENT.send(HttpRequest.newBuilder(base.resolve("/login")).headers(with(headers)).build(),
                HttpResponse.BodyHandlers.discarding());
        String xsrf = cookie(form, "XSRF-TOKEN");
        String body = "username=operator&password=test-operator-secret&_csrf=" + URLEncoder.encode(xsrf, StandardCharsets.UTF_8);
        HttpResponse<Void> loggedIn = CLIENT.send(HttpRequest.newBuilder(base.resolve("/login")).headers(with(headers))
                        .header("Cookie", "XSRF-TOKEN=" + xsrf)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        return new BrowserSession(base, "JSESSIONID=" + cookie(loggedIn, "JSESSIONID"), loggedIn.headers().allValues("Set-Cookie"));
    }

    /** A GET with the session cookie, as the browser loads a page and what the page loads. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(base.resolve(path)).header("Cookie", sessionCookie).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A POST with the session cookie only, as another site's form or script makes the browser send it. */
    public HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(base.resolve(path)).header("Cookie", sessionCookie)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A POST as the studio's own page (Hawtio) makes it: the XSRF cookie's value sent back in X-XSRF-TOKEN. */
    public HttpResponse<String> postWithXsrfToken(String path, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
        scriptHeaders().forEach(request::header);
        return CLIENT.send(request.header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The headers a script of the studio's own pages sends: the session cookie, and the XSRF cookie with its value
     * in X-XSRF-TOKEN, which any method takes.
     */
    public Map<String, String> scriptHeaders() throws IOException, InterruptedException {
        HttpResponse<Void> page = CLIENT.send(HttpRequest.newBuilder(base.resolve("/api/channels"))
                .header("Cookie", sessionCookie).build(), HttpResponse.BodyHandlers.discarding());
        String token = cookie(page, "XSRF-TOKEN");
        return Map.of("Cookie", sessionCookie + "; XSRF-TOKEN=" + token, "X-XSRF-TOKEN", token);
    }

    /** A browser's Accept header, and those given. */
    private static String[] with(String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Accept";
        all[1] = "text/html,*/*";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return all;
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(line -> line.startsWith(name + "="))
                .map(line -> line.substring(name.length() + 1, line.indexOf(';') < 0 ? line.length() : line.indexOf(';')))
                .filter(value -> !value.isEmpty()).reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError(name + " not set by " + response.uri() + ": " + response.headers().map()));
    }
}
