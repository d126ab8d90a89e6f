package com.channelstudio.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.support.StudioTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The API reads only JSON bodies of bounded size in valid UTF-8, and says which rule a request broke. */
@StudioTest
class ApiRequestBodiesTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBodyThatIsNotJsonIsRefusedWith415() {
        String name = "Plain " + UUID.randomUUID();
        ResponseEntity<String> answer = post(MediaType.TEXT_PLAIN,
                ("{\"name\": \"" + name + "\", \"brand_niche\": \"Jazz\"}").getBytes(StandardCharsets.UTF_8));

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(415);
        assertThat(answer.getBody()).contains("\"field\":\"Content-Type\"", "must be application/json (was text/plain)");
        assertThat(channelsNamed(name)).isZero();
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413() {
        String name = "Big " + UUID.randomUUID();
        ResponseEntity<String> answer = post(MediaType.APPLICATION_JSON, ("{\"name\": \"" + name + "\", \"brand_niche\": \"Jazz\", "
                + "\"youtube_channel_id\": \"" + "x".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8));

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(413);
        assertThat(answer.getBody()).contains("\"field\":\"body\"", "must be at most 65536 bytes (studio.api.max-body)");
        assertThat(channelsNamed(name)).isZero();
    }

    @Test
    void aBodyThatIsNotUtf8IsRefusedWith400() {
        byte[] latin1 = "{\"name\": \"Café Latin-1\", \"brand_niche\": \"Jazz\"}".getBytes(StandardCharsets.ISO_8859_1);
        ResponseEntity<String> answer = post(MediaType.APPLICATION_JSON, latin1);

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        assertThat(answer.getBody()).contains("\"field\":\"body\"", "must be UTF-8 text");
        assertThat(channelsNamed("Café Latin-1")).isZero();
    }

    @Test
    void jsonInUtf8WithItsCharsetNamedIsAccepted() {
        String name = "Café " + UUID.randomUUID();
        ResponseEntity<String> answer = post(MediaType.parseMediaType("application/json; charset=UTF-8"),
                ("{\"name\": \"" + name + "\", \"brand_niche\": \"Jazz\"}").getBytes(StandardCharsets.UTF_8));

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
        assertThat(channelsNamed(name)).isOne();
    }

    private ResponseEntity<String> post(MediaType type, byte[] body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        return http.withBasicAuth("operator", "test-operator-secret")
                .postForEntity("/api/channels", new HttpEntity<>(body, headers), String.class);
    }

    private int channelsNamed(String name) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM channels WHERE name = ?", Integer.class, name);
    }
}
