package com.channelstudio.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.support.BrowserSession;
import com.channelstudio.support.Jobs;
import com.channelstudio.support.StudioTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The operator's browser session must not let another site create jobs. The session's calls need the
 * XSRF token; its cookies stay on the studio's own site, and are Secure when the studio is reached over TLS.
 */
@StudioTest
class BrowserSessionsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestRestTemplate http;

    @Test
    void anotherSitesFormOrScriptCannotCreateAJobWithTheOperatorsSession() throws Exception {
        BrowserSession browser = BrowserSession.login(port);
        UUID channel = new Jobs(jdbc).channel("Rain and Nature");
        String job = "{\"mood_keywords\": \"calm\", \"target_duration_minutes\": 60}";

        HttpResponse<String> form = browser.post("/api/channels/" + channel + "/jobs", "text/plain", job);
        HttpResponse<String> script = browser.post("/api/channels/" + channel + "/jobs", "application/json", job);

        assertThat(form.statusCode()).as(form.body()).isEqualTo(403);
        assertThat(script.statusCode()).as(script.body()).isEqualTo(403);
        assertThat(script.body()).contains("\"field\":\"X-XSRF-TOKEN\"", "must send the XSRF-TOKEN cookie's value");
        assertThat(jobsOf(channel)).isZero();
    }

    @Test
    void theStudiosOwnPageCreatesAJobWithTheXsrfTokenButOnlyAsJson() throws Exception {
        BrowserSession browser = BrowserSession.login(port);
        UUID channel = new Jobs(jdbc).channel("Rain and Nature");
        String job = "{\"mood_keywords\": \"calm\", \"target_duration_minutes\": 60}";

        HttpResponse<String> plain = browser.postWithXsrfToken("/api/channels/" + channel + "/jobs", "text/plain", job);
        assertThat(plain.statusCode()).as(plain.body()).isEqualTo(415);
        assertThat(plain.body()).contains("\"field\":\"Content-Type\"", "must be application/json (was text/plain)");
        assertThat(jobsOf(channel)).isZero();

        HttpResponse<String> created = browser.postWithXsrfToken("/api/channels/" + channel + "/jobs", "application/json", job);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(jobsOf(channel)).isOne();
    }

    /** A console page left open after its session ended goes to the login whole, not inside its progress box. */
    @Test
    void aPollOfAnEndedSessionSendsThePageToTheLogin() throws Exception {
        String progress = "http://localhost:" + port + "/console/jobs/" + UUID.randomUUID() + "/progress";
        HttpClient client = HttpClient.newHttpClient();

        HttpResponse<String> poll = client.send(HttpRequest.newBuilder(URI.create(progress))
                .header("Accept", "text/html").header("HX-Request", "true").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> visit = client.send(HttpRequest.newBuilder(URI.create(progress))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(poll.statusCode()).isEqualTo(401);
        assertThat(poll.headers().firstValue("HX-Redirect")).hasValue("/login");
        assertThat(visit.statusCode()).as("a page opened without a session goes to the login form").isEqualTo(302);
        assertThat(visit.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/login");
    }

    @Test
    void cookiesStayOnTheStudiosSiteAndAreSecureBehindTls() throws Exception {
        for (String cookie : BrowserSession.login(port).loginCookies()) {
            assertThat(cookie).contains("SameSite=Strict").doesNotContain("Secure");
        }
        var behindTls = BrowserSession.login(port, "X-Forwarded-Proto", "https").loginCookies();
        assertThat(behindTls).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID="));
        for (String cookie : behindTls) {
            assertThat(cookie).contains("SameSite=Strict", "Secure");
        }
    }

    @Test
    void answersDoNotEchoTheRequestsCredentials() throws Exception {
        BrowserSession browser = BrowserSession.login(port);
        UUID channel = new Jobs(jdbc).channel("Rain and Nature");
        HttpResponse<String> created = browser.postWithXsrfToken("/api/channels/" + channel + "/jobs", "application/json",
                "{\"mood_keywords\": \"calm\", \"target_duration_minutes\": 60}");
        ResponseEntity<String> listed = http.withBasicAuth("operator", "test-operator-secret").getForEntity("/api/jobs", String.class);

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().map().keySet()).doesNotContainAnyElementsOf(List.of("cookie", "x-xsrf-token", "channel"));
        assertThat(listed.getHeaders().keySet()).doesNotContain("authorization", "Authorization");
        assertThat(listed.getHeaders().getContentType()).hasToString("application/json");
    }

    private int jobsOf(UUID channel) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM video_jobs WHERE channel_id = ?", Integer.class, channel);
    }
}
