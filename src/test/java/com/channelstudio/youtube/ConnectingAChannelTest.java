package com.channelstudio.youtube;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.security.CredentialCipher;
import com.channelstudio.support.FakeYoutube;
import com.channelstudio.support.UploadPackages;
import com.channelstudio.support.YoutubeStubs;
import com.channelstudio.support.YoutubeStubsTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An operator connects a channel, headless with a refresh token, or by browser: the studio sends the browser to
 * Google's consent page with a state and a PKCE challenge, Google sends it back with a code, and the studio
 * exchanges it (the browser's redirects are followed by hand). Either way the token is checked with Google, stored
 * encrypted, never shown.
 */
@YoutubeStubsTest
@ExtendWith(OutputCaptureExtension.class)
class ConnectingAChannelTest {

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CredentialCipher cipher;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theTokenIsCheckedStoredEncryptedAndTheYoutubeChannelRecorded(CapturedOutput log) throws Exception {
        UUID channel = new UploadPackages(jdbc).channel();
        String token = "1//0gSECRET-refresh-" + UUID.randomUUID();

        ResponseEntity<String> connected = YoutubeApi.connect(http, channel, token);

        assertThat(connected.getStatusCode().value()).as(connected.getBody()).isEqualTo(200);
        assertThat(json.readTree(connected.getBody()).get("youtube_channel_id").asText()).isEqualTo(FakeYoutube.channelOf(token));
        assertThat(json.readTree(connected.getBody()).get("connected").asBoolean()).isTrue();
        String stored = jdbc.queryForObject("SELECT youtube_refresh_token FROM channels WHERE id = ?", String.class, channel);
        assertThat(stored).startsWith("aes-gcm:v1:").doesNotContain(token);
        assertThat(cipher.decrypt(stored, channel.toString())).isEqualTo(token);
        assertThat(jdbc.queryForObject("SELECT youtube_channel_id FROM channels WHERE id = ?", String.class, channel))
                .isEqualTo(FakeYoutube.channelOf(token));

        ResponseEntity<String> shown = YoutubeApi.operator(http).getForEntity("/api/channels/" + channel + "/youtube", String.class);
        assertThat(shown.getBody()).contains("\"connected\":true").doesNotContain(token).doesNotContain("aes-gcm");
        assertThat(log.getAll()).contains("connected to YouTube channel " + FakeYoutube.channelOf(token))
                .doesNotContain(token).doesNotContain(FakeYoutube.accessTokenFor(token)).doesNotContain(FakeYoutube.CLIENT_SECRET);
    }

    @Test
    void aTokenOfAnotherYoutubeChannelIsRefusedAndTheFirstStays() throws Exception {
        UUID channel = new UploadPackages(jdbc).channel();
        String first = "1//0gSECRET-first-" + UUID.randomUUID();
        String other = "1//0gSECRET-other-" + UUID.randomUUID();
        YoutubeApi.connect(http, channel, first);
        String storedBefore = jdbc.queryForObject("SELECT youtube_refresh_token FROM channels WHERE id = ?", String.class, channel);

        ResponseEntity<String> refused = YoutubeApi.connect(http, channel, other);

        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(json.readTree(refused.getBody()).get("error").asText())
                .startsWith("refresh_token: belongs to YouTube channel " + FakeYoutube.channelOf(other))
                .contains("recorded as " + FakeYoutube.channelOf(first))
                .doesNotContain(other);
        assertThat(jdbc.queryForObject("SELECT youtube_refresh_token FROM channels WHERE id = ?", String.class, channel))
                .isEqualTo(storedBefore);
    }

    @Test
    void aRevokedTokenIsRefusedNamingTheFieldAndTheRemedy() throws Exception {
        UUID channel = new UploadPackages(jdbc).channel();
        String token = "1//0gSECRET-revoked-" + UUID.randomUUID();
        FakeYoutube.revoke(token);

        ResponseEntity<String> refused = YoutubeApi.connect(http, channel, token);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        JsonNode body = json.readTree(refused.getBody());
        assertThat(body.get("field").asText()).isEqualTo("refresh_token");
        assertThat(body.get("error").asText()).contains("invalid_grant").contains("publish the OAuth app to production");
        assertThat(jdbc.queryForObject("SELECT youtube_refresh_token FROM channels WHERE id = ?", String.class, channel)).isNull();
    }

    @Test
    void disconnectingForgetsTheToken() {
        UUID channel = new UploadPackages(jdbc).channel();
        YoutubeApi.connect(http, channel, "1//0gSECRET-gone-" + UUID.randomUUID());

        ResponseEntity<String> gone = YoutubeApi.operator(http).exchange("/api/channels/" + channel + "/youtube",
                org.springframework.http.HttpMethod.DELETE, null, String.class);

        assertThat(gone.getStatusCode().value()).isEqualTo(200);
        assertThat(gone.getBody()).contains("\"connected\":false");
        assertThat(jdbc.queryForObject("SELECT youtube_refresh_token FROM channels WHERE id = ?", String.class, channel)).isNull();
    }

    @Test
    void anEmptyTokenIsABadRequestNamingTheField() throws Exception {
        UUID channel = new UploadPackages(jdbc).channel();

        ResponseEntity<String> refused = YoutubeApi.connect(http, channel, " ");

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(refused.getBody()).get("error").asText()).isEqualTo("refresh_token: must not be empty");
    }

    @Test
    void theOwnersConsentConnectsTheChannelWithItsRefreshTokenStoredEncrypted(CapturedOutput log) throws Exception {
        UUID channel = new UploadPackages(jdbc).channel();
        String token = "1//0gSECRET-browser-" + UUID.randomUUID();

        HttpResponse<String> toGoogle = startConsent(channel);

        assertThat(toGoogle.statusCode()).isEqualTo(302);
        String consentPage = toGoogle.headers().firstValue("Location").orElseThrow();
        assertThat(consentPage).startsWith(YoutubeStubs.server().baseUrl() + FakeYoutube.AUTHORIZE_PATH + "?");
        Map<String, String> asked = query(consentPage);
        assertThat(asked.get("scope").split(" ")).contains("https://www.googleapis.com/auth/youtube.upload",
                "https://www.googleapis.com/auth/youtube.readonly", "https://www.googleapis.com/auth/yt-analytics.readonly");
        assertThat(asked).containsEntry("access_type", "offline").containsEntry("prompt", "consent")
                .containsEntry("response_type", "code").containsEntry("client_id", FakeYoutube.CLIENT_ID)
                .containsEntry("redirect_uri", FakeYoutube.REDIRECT_URI).containsEntry("code_challenge_method", "S256");
        assertThat(Base64.getUrlDecoder().decode(asked.get("state"))).hasSize(32);
        assertThat(Base64.getUrlDecoder().decode(asked.get("code_challenge"))).as("a SHA-256").hasSize(32);
        Map<String, Object> kept = jdbc.queryForMap("SELECT state_sha256, code_verifier FROM youtube_oauth_states WHERE channel_id = ?", channel);
        assertThat(kept.get("state_sha256")).isNotEqualTo(asked.get("state"));
        assertThat((String) kept.get("code_verifier")).startsWith("aes-gcm:v1:");

        String callback = consent(consentPage, token);
        HttpResponse<String> connected = get(callback);

        assertThat(connected.statusCode()).as(connected.body()).isEqualTo(200);
        JsonNode connection = json.readTree(connected.body());
        assertThat(connection.get("connected").asBoolean()).isTrue();
        assertThat(connection.get("youtube_channel_id").asText()).isEqualTo(FakeYoutube.channelOf(token));
        String stored = jdbc.queryForObject("SELECT youtube_refresh_token FROM channels WHERE id = ?", String.class, channel);
        assertThat(stored).startsWith("aes-gcm:v1:").doesNotContain(token);
        assertThat(cipher.decrypt(stored, channel.toString())).isEqualTo(token);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM youtube_oauth_states WHERE channel_id = ?", Integer.class, channel)).isZero();
        String code = query(callback).get("code");
        assertThat(log.getAll()).contains("connected to YouTube channel " + FakeYoutube.channelOf(token))
                .doesNotContain(token).doesNotContain(code).doesNotContain(asked.get("state"))
                .doesNotContain(FakeYoutube.accessTokenFor(token)).doesNotContain(FakeYoutube.CLIENT_SECRET);

        HttpResponse<String> again = get(callback);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(json.readTree(again.body()).get("error").asText()).startsWith("state: unknown or used already");
    }

    @Test
    void aDeclinedConsentSaysSoAndChangesNothing() throws Exception {
        UUID channel = new UploadPackages(jdbc).channel();

        HttpResponse<String> declined = get(consent(startConsent(channel).headers().firstValue("Location").orElseThrow(), "deny"));

        assertThat(declined.statusCode()).isEqualTo(400);
        JsonNode body = json.readTree(declined.body());
        assertThat(body.get("field").asText()).isEqualTo("error");
        assertThat(body.get("error").asText()).isEqualTo("error: Google answered access_denied: the channel's owner did not give "
                + "the studio access; nothing changed. start again with GET /api/channels/{id}/youtube/connect");
        assertThat(jdbc.queryForObject("SELECT youtube_refresh_token FROM channels WHERE id = ?", String.class, channel)).isNull();
    }

    @Test
    void aConsentComingBackTooLateIsRefused() throws Exception {
        UUID channel = new UploadPackages(jdbc).channel();
        String consentPage = startConsent(channel).headers().firstValue("Location").orElseThrow();
        jdbc.update("UPDATE youtube_oauth_states SET expires_at = CURRENT_TIMESTAMP - INTERVAL '1 minute' WHERE channel_id = ?", channel);

        HttpResponse<String> late = get(consent(consentPage, "1//0gSECRET-late-" + UUID.randomUUID()));

        assertThat(late.statusCode()).isEqualTo(400);
        assertThat(json.readTree(late.body()).get("error").asText())
                .startsWith("state: expired: a consent must come back within 10 minutes (studio.youtube.oauth-state-minutes)");
        assertThat(jdbc.queryForObject("SELECT youtube_refresh_token FROM channels WHERE id = ?", String.class, channel)).isNull();
    }

    @Test
    void anAccountOfAnotherYoutubeChannelIsRefusedAndTheFirstConnectionStays() throws Exception {
        UUID channel = new UploadPackages(jdbc).channel();
        String first = "1//0gSECRET-first-" + UUID.randomUUID();
        YoutubeApi.connect(http, channel, first);
        String other = "1//0gSECRET-other-" + UUID.randomUUID();

        HttpResponse<String> refused = get(consent(startConsent(channel).headers().firstValue("Location").orElseThrow(), other));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json.readTree(refused.body()).get("error").asText())
                .contains("belongs to YouTube channel " + FakeYoutube.channelOf(other))
                .contains("recorded as " + FakeYoutube.channelOf(first)).doesNotContain(other);
        assertThat(cipher.decrypt(jdbc.queryForObject("SELECT youtube_refresh_token FROM channels WHERE id = ?", String.class, channel),
                channel.toString())).isEqualTo(first);
    }

    @Test
    void startingAConsentNeedsTheLoginAndAKnownChannel() throws Exception {
        UUID channel = new UploadPackages(jdbc).channel();

        HttpResponse<String> anonymous = browser.send(HttpRequest.newBuilder(local("/api/channels/" + channel + "/youtube/connect"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);

        HttpResponse<String> unknown = startConsent(UUID.randomUUID());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM youtube_oauth_states WHERE channel_id = ?", Integer.class, channel)).isZero();
    }

    // ---------------------------------------------------------------------------------------------------------------

    private HttpResponse<String> startConsent(UUID channel) throws Exception {
        String login = Base64.getEncoder().encodeToString("operator:test-operator-secret".getBytes(StandardCharsets.UTF_8));
        return browser.send(HttpRequest.newBuilder(local("/api/channels/" + channel + "/youtube/connect"))
                .header("Authorization", "Basic " + login).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The owner, signed in to Google as this account, consents on Google's page: where Google sends the browser back. */
    private String consent(String consentPage, String account) throws Exception {
        HttpResponse<String> back = browser.send(HttpRequest.newBuilder(URI.create(consentPage))
                .header("Cookie", FakeYoutube.ACCOUNT_COOKIE + "=" + account).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(back.statusCode()).as(back.body()).isEqualTo(302);
        String location = back.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(FakeYoutube.REDIRECT_URI + "?");
        return location;
    }

    /** The browser at the studio's address: the TLS proxy in front of the studio forwards it here. */
    private HttpResponse<String> get(String studioAddress) throws Exception {
        URI proxied = local(studioAddress.substring(studioAddress.indexOf("/oauth/")));
        return browser.send(HttpRequest.newBuilder(proxied).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI local(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static Map<String, String> query(String url) {
        return Arrays.stream(URI.create(url).getRawQuery().split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }
}
