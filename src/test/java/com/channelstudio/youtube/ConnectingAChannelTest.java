package com.channelstudio.youtube;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.security.CredentialCipher;
import com.channelstudio.support.FakeYoutube;
import com.channelstudio.support.UploadPackages;
import com.channelstudio.support.YoutubeStubsTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** An operator connects a channel headless with a refresh token: checked with Google, stored encrypted, never shown. */
@YoutubeStubsTest
@ExtendWith(OutputCaptureExtension.class)
class ConnectingAChannelTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CredentialCipher cipher;

    private final ObjectMapper json = new ObjectMapper();

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
}
