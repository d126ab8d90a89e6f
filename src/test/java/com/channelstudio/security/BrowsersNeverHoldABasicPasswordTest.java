package com.channelstudio.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.support.BrowserSession;
import com.channelstudio.support.Jolokia;
import com.channelstudio.support.StudioTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser that once typed the password into a Basic dialog sends it by itself with any site's requests, so no
 * browser is ever asked for it, Basic is accepted only where scripts call (API, actuator), and only a script's API
 * call skips the CSRF check. Jolokia answers no other site, and keeps secrets given on the command line to itself.
 */
@StudioTest
class BrowsersNeverHoldABasicPasswordTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";

    @Autowired
    TestRestTemplate http;

    @LocalServerPort
    int port;

    @Test
    void aBrowserIsSentToTheLoginFormAndAScriptIsAskedForBasic() throws Exception {
        HttpResponse<String> browser = get("/api/channels", "wrong-password", "Accept", BROWSER_ACCEPT);
        assertThat(browser.statusCode()).isEqualTo(302);
        assertThat(browser.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        assertThat(browser.headers().firstValue("WWW-Authenticate")).isEmpty();
        HttpResponse<String> fetch = get("/actuator/metrics", null, "Sec-Fetch-Mode", "cors");
        assertThat(fetch.headers().firstValue("WWW-Authenticate")).as("a browser's fetch").isEmpty();

        HttpResponse<String> script = get("/api/channels", "wrong-password", "Accept", "application/json");
        assertThat(script.statusCode()).isEqualTo(401);
        assertThat(script.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Channel Studio\"");
    }

    @Test
    void basicIsAcceptedOnlyOnTheApiAndTheActuator() throws Exception {
        assertThat(get("/api/channels", "test-operator-secret").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/metrics", "test-operator-secret").statusCode()).isEqualTo(200);
        HttpResponse<String> console = get("/console", "test-operator-secret");
        assertThat(console.statusCode()).as("the console takes the form's login only").isEqualTo(302);
        assertThat(console.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
    }

    @Test
    void onlyAScriptsApiCallSkipsTheCsrfCheck() throws Exception {
        String retry = "/api/jobs/" + UUID.randomUUID() + "/retry";
        assertThat(post(retry, null).statusCode()).as("a script: Basic, no session").isEqualTo(404);
        String session = BrowserSession.login(port).sessionCookie();
        HttpResponse<String> withSession = post(retry, session);
        assertThat(withSession.statusCode()).as("Basic beside a session cookie, as a browser sends both").isEqualTo(403);
        assertThat(withSession.body()).contains("X-XSRF-TOKEN");

        HttpResponse<String> jolokia = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/jolokia"))
                .header("Authorization", basic("test-operator-secret")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(uptime())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(jolokia.statusCode()).as("Jolokia by Basic without the XSRF token").isEqualTo(403);
        assertThat(Jolokia.post(operator(), uptime()).getBody()).contains("\"status\":200");
    }

    @Test
    void jolokiaAnswersOnlyTheStudiosOwnPagesAndScripts() {
        assertThat(Jolokia.post(operator(), uptime(), "Origin", "http://localhost:" + port).getBody())
                .contains("\"status\":200");
        assertThat(Jolokia.post(operator(), uptime(), "Referer", "http://localhost:" + port + "/actuator/hawtio/").getBody())
                .contains("\"status\":200");
        for (String elsewhere : new String[] {"https://evil.example", "http://localhost:" + (port + 1)}) {
            var refused = Jolokia.post(operator(), uptime(), "Origin", elsewhere);
            assertThat(refused.getBody()).as(elsewhere).contains("403").doesNotContain("\"value\"");
        }
        var byReferer = Jolokia.post(operator(), uptime(), "Referer", "https://evil.example/page");
        assertThat(byReferer.getBody()).contains("403").doesNotContain("\"value\"");
    }

    @Test
    void jolokiaKeepsTheCommandLineToItself() {
        for (String attribute : new String[] {"SystemProperties", "InputArguments"}) {
            String answer = Jolokia.post(operator(), "{\"type\":\"read\",\"mbean\":\"java.lang:type=Runtime\",\"attribute\":\""
                    + attribute + "\"}").getBody();
            assertThat(answer).as(attribute).contains("\"status\":403").doesNotContain("java.home", "-Xm");
        }
        String everything = Jolokia.post(operator(), "{\"type\":\"read\",\"mbean\":\"java.lang:type=Runtime\"}").getBody();
        assertThat(everything).as("a read of every attribute is refused whole").doesNotContain("\"value\"", "java.home", "-Xm");
    }

    private static String uptime() {
        return "{\"type\":\"read\",\"mbean\":\"java.lang:type=Runtime\",\"attribute\":\"Uptime\"}";
    }

    private TestRestTemplate operator() {
        return http.withBasicAuth("operator", "test-operator-secret");
    }

    private HttpResponse<String> get(String path, String password, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (password != null) {
            request.header("Authorization", basic(password));
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String sessionCookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic("test-operator-secret")).POST(HttpRequest.BodyPublishers.noBody());
        if (sessionCookie != null) {
            request.header("Cookie", sessionCookie);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String password) {
        return "Basic " + Base64.getEncoder().encodeToString(("operator:" + password).getBytes(StandardCharsets.UTF_8));
    }
}
