package com.channelstudio.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.support.StudioTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A misspelt field ("upload_stratgy") is refused naming it, instead of making a job that never uploads; a value of the
 * wrong type names its field too, and is not coerced into it ("" is not false, 75.5 is not 75 minutes). Nothing is
 * written for a refused request.
 */
@StudioTest
class RequestBodiesHoldOnlyKnownFieldsTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aMisspeltFieldIsRefusedNamingItAndNoJobIsMade() throws Exception {
        String channelId = channel("Misspelt");
        expectError(send(HttpMethod.POST, "/api/channels/" + channelId + "/jobs",
                "{\"mood_keywords\": \"calm\", \"target_duration_minutes\": 60, \"upload_stratgy\": \"public\"}"),
                "upload_stratgy", "is not a field of this request (it has ");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM video_jobs WHERE channel_id = CAST(? AS uuid)", Integer.class,
                channelId)).isZero();
        expectError(send(HttpMethod.POST, "/api/channels", "{\"name\": \"Typo\", \"brand_niche\": \"Jazz\", \"is_actve\": false}"),
                "is_actve", "is not a field of this request");
        expectError(send(HttpMethod.PUT, "/api/channels/" + channelId + "/schedule", "{\"cron\": \"0 0 9 * * ?\", "
                + "\"time_zone\": \"UTC\", \"videos_ahead\": 1, \"mood_keywords\": [\"calm\"], \"target_duration_minutes\": 60, "
                + "\"upload_stratgy\": \"public\"}"), "upload_stratgy", "is not a field of this request");
        expectError(send(HttpMethod.PUT, "/api/channels/" + channelId + "/youtube/options",
                "{\"made_for_kid\": true}"), "made_for_kid", "is not a field of this request");
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() throws Exception {
        String channelId = channel("Ill-typed");
        expectError(send(HttpMethod.POST, "/api/channels/" + channelId + "/jobs",
                "{\"mood_keywords\": \"calm\", \"target_duration_minutes\": \"sixty\"}"),
                "target_duration_minutes", "must be a number (was sixty)");
        expectError(send(HttpMethod.PUT, "/api/channels/" + channelId + "/schedule", "{\"cron\": \"0 0 9 * * ?\", "
                + "\"time_zone\": \"UTC\", \"videos_ahead\": 1, \"mood_keywords\": {\"first\": \"calm\"}, "
                + "\"target_duration_minutes\": 60}"), "mood_keywords", "must be a list");
    }

    @Test
    void aValueOfAnotherJsonTypeIsNotCoercedIntoItsField() throws Exception {
        String channelId = channel("Uncoerced");
        String options = "/api/channels/" + channelId + "/youtube/options";
        assertThat(send(HttpMethod.PUT, options, "{\"self_declared_made_for_kids\": true}").getStatusCode().value()).isEqualTo(200);
        expectError(send(HttpMethod.PUT, options, "{\"self_declared_made_for_kids\": \"\"}"),
                "self_declared_made_for_kids", "must be true or false (was \"\")");
        expectError(send(HttpMethod.PUT, options, "{\"self_declared_made_for_kids\": \" \"}"),
                "self_declared_made_for_kids", "must be true or false");
        expectError(send(HttpMethod.PUT, options, "{\"contains_synthetic_media\": 0}"),
                "contains_synthetic_media", "must be true or false (was 0)");
        assertThat(jdbc.queryForObject("SELECT self_declared_made_for_kids FROM channels WHERE id = CAST(? AS uuid)",
                Boolean.class, channelId)).isTrue();
        expectError(send(HttpMethod.POST, "/api/channels/" + channelId + "/jobs",
                "{\"mood_keywords\": \"calm\", \"target_duration_minutes\": 75.5}"),
                "target_duration_minutes", "must be a number (was 75.5)");
        expectError(send(HttpMethod.POST, "/api/channels/" + channelId + "/jobs",
                "{\"mood_keywords\": \"calm\", \"target_duration_minutes\": \"\"}"),
                "target_duration_minutes", "must be a number (was \"\")");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM video_jobs WHERE channel_id = CAST(? AS uuid)", Integer.class,
                channelId)).isZero();
        expectError(send(HttpMethod.POST, "/api/channels", "{\"name\": 1, \"brand_niche\": \"Jazz\"}"), "name", "must be a text");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM channels WHERE name = '1'", Integer.class)).isZero();
    }

    private String channel(String name) throws Exception {
        ResponseEntity<String> created = send(HttpMethod.POST, "/api/channels", "{\"name\": \"" + name + "\", \"brand_niche\": \"Jazz\"}");
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        return json.readTree(created.getBody()).get("id").asText();
    }

    private void expectError(ResponseEntity<String> response, String field, String rule) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.get("field").asText()).isEqualTo(field);
        assertThat(body.get("error").asText()).startsWith(field + ": ").contains(rule);
    }

    private ResponseEntity<String> send(HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth("operator", "test-operator-secret").exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }
}
