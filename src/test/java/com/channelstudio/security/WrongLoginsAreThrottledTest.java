package com.channelstudio.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.channelstudio.support.StudioTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Someone who reaches the port tries passwords: after a few wrong ones from an address (10 a minute), that address is
 * answered 429 with Retry-After before any password is hashed, the wait doubling with each new block, while the
 * operator logs in from another address at once. Addresses are given as a TLS proxy on loopback forwards them
 * (X-Forwarded-For); the test settings make the first wait 3 s.
 */
@StudioTest
class WrongLoginsAreThrottledTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String RIGHT = "test-operator-secret";

    @LocalServerPort
    int port;

    @Test
    void fiftyWrongLoginsAreMostlyRefusedUnheardAndTheOperatorGetsInFromElsewhereAtOnce() throws Exception {
        String attacker = "203.0.113.50";
        List<Integer> statuses = new ArrayList<>();
        List<Long> waits = new ArrayList<>();
        for (int attempt = 0; attempt < 50; attempt++) {
            HttpResponse<String> answer = basic(attacker, "guess-" + attempt);
            statuses.add(answer.statusCode());
            answer.headers().firstValueAsLong("Retry-After").ifPresent(waits::add);
        }
        assertThat(statuses.subList(0, 10)).as("the first ten are checked and refused").containsOnly(401);
        assertThat(statuses.subList(10, 50)).as("the rest are refused before any hash").containsOnly(429);
        assertThat(waits).hasSize(40).allSatisfy(wait -> assertThat(wait).isBetween(1L, 3L));

        assertThat(basic("198.51.100.7", RIGHT).statusCode()).as("the operator elsewhere, at once").isEqualTo(200);
        assertThat(basic(attacker, RIGHT).statusCode()).as("even the right password waits").isEqualTo(429);
        assertThat(loginForm(attacker, RIGHT).statusCode()).as("the login form waits too").isEqualTo(429);

        await().atMost(Duration.ofSeconds(10)).until(() -> basic(attacker, "guess-again").statusCode() == 401);
        for (int attempt = 0; attempt < 9; attempt++) {
            basic(attacker, "guess-more-" + attempt);
        }
        HttpResponse<String> blockedAgain = basic(attacker, RIGHT);
        assertThat(blockedAgain.statusCode()).isEqualTo(429);
        assertThat(blockedAgain.headers().firstValueAsLong("Retry-After").orElseThrow()).as("the second block doubles the wait")
                .isBetween(4L, 6L);
        await().atMost(Duration.ofSeconds(15)).until(() -> basic(attacker, RIGHT).statusCode() == 200);
    }

    private HttpResponse<String> basic(String from, String password) throws Exception {
        String credentials = Base64.getEncoder().encodeToString(("operator:" + password).getBytes(StandardCharsets.UTF_8));
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/channels"))
                .header("X-Forwarded-For", from).header("Authorization", "Basic " + credentials).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The console's login form, with the XSRF token a browser would send. */
    private HttpResponse<String> loginForm(String from, String password) throws Exception {
        URI login = URI.create("http://localhost:" + port + "/login");
        HttpResponse<Void> form = CLIENT.send(HttpRequest.newBuilder(login).header("X-Forwarded-For", from).build(),
                HttpResponse.BodyHandlers.discarding());
        String xsrf = form.headers().allValues("Set-Cookie").stream().filter(line -> line.startsWith("XSRF-TOKEN="))
                .map(line -> line.substring("XSRF-TOKEN=".length(), line.indexOf(';'))).findFirst().orElseThrow();
        return CLIENT.send(HttpRequest.newBuilder(login).header("X-Forwarded-For", from)
                .header("Cookie", "XSRF-TOKEN=" + xsrf).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=operator&password=" + password + "&_csrf="
                        + URLEncoder.encode(xsrf, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    }
}
