package com.channelstudio.youtube;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.support.UploadPackages;
import com.channelstudio.support.YoutubeStubsTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Jobs made through the API say how they are published; a wrong strategy or time is a 400 naming the field. */
@YoutubeStubsTest
class JobsAskForAnUploadTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aScheduledJobKeepsItsStrategyAndTimeAndShowsWhatItWaitsFor() throws Exception {
        UUID channel = new UploadPackages(jdbc).channel();

        ResponseEntity<String> created = create(channel, "\"upload_strategy\": \"scheduled\", \"scheduled_time\": \"2099-01-15T18:00:00+01:00\"");

        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        UUID job = UUID.fromString(json.readTree(created.getBody()).get("id").asText());
        assertThat(jdbc.queryForObject("SELECT upload_strategy FROM video_jobs WHERE id = ?", String.class, job)).isEqualTo("scheduled");
        assertThat(jdbc.queryForObject("SELECT scheduled_time FROM video_jobs WHERE id = ?", OffsetDateTime.class, job).toInstant())
                .isEqualTo(OffsetDateTime.parse("2099-01-15T18:00:00+01:00").toInstant());
        JsonNode upload = json.readTree(YoutubeApi.operator(http).getForEntity("/api/jobs/" + job, String.class).getBody()).get("upload");
        assertThat(upload.get("strategy").asText()).isEqualTo("scheduled");
        assertThat(upload.get("scheduled_time").asText()).isEqualTo("2099-01-15T17:00Z");
        assertThat(upload.get("state").asText()).isEqualTo("waiting");
        assertThat(upload.get("waits_for").asText()).isEqualTo("the video and its upload package (the job is planned)");
    }

    @Test
    void withoutAStrategyAJobIsPackagedOnly() throws Exception {
        ResponseEntity<String> created = create(new UploadPackages(jdbc).channel(), "\"niche_label\": \"Jazz\"");

        JsonNode upload = json.readTree(YoutubeApi.operator(http).getForEntity("/api/jobs/"
                + json.readTree(created.getBody()).get("id").asText(), String.class).getBody()).get("upload");
        assertThat(upload.toString()).isEqualTo("{\"strategy\":\"none\"}");
    }

    @Test
    void badStrategiesAndTimesAreRefusedNamingTheField() throws Exception {
        UUID channel = new UploadPackages(jdbc).channel();
        assertRefused(create(channel, "\"upload_strategy\": \"sometimes\""), "upload_strategy",
                "upload_strategy: must be one of none, private, unlisted, public, scheduled (was sometimes)");
        assertRefused(create(channel, "\"upload_strategy\": \"scheduled\""), "scheduled_time",
                "scheduled_time: must be set when upload_strategy is scheduled");
        assertRefused(create(channel, "\"upload_strategy\": \"scheduled\", \"scheduled_time\": \"2099-01-15 18:00\""), "scheduled_time",
                "scheduled_time: must be ISO 8601 with an offset, e.g. 2026-12-24T18:00:00+01:00 (was 2099-01-15 18:00)");
        assertRefused(create(channel, "\"upload_strategy\": \"scheduled\", \"scheduled_time\": \"2020-01-15T18:00:00Z\""), "scheduled_time",
                "scheduled_time: must be in the future (was 2020-01-15T18:00:00Z)");
        assertRefused(create(channel, "\"upload_strategy\": \"public\", \"scheduled_time\": \"2099-01-15T18:00:00Z\""), "scheduled_time",
                "scheduled_time: is only taken with upload_strategy scheduled (was public)");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM video_jobs WHERE channel_id = ?", Integer.class, channel)).isZero();
    }

    private void assertRefused(ResponseEntity<String> answer, String field, String error) throws Exception {
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        JsonNode body = json.readTree(answer.getBody());
        assertThat(body.get("field").asText()).isEqualTo(field);
        assertThat(body.get("error").asText()).isEqualTo(error);
    }

    private ResponseEntity<String> create(UUID channel, String fields) {
        return YoutubeApi.send(http, HttpMethod.POST, "/api/channels/" + channel + "/jobs",
                "{\"mood_keywords\": \"calm, rainy\", \"target_duration_minutes\": 60, " + fields + "}");
    }
}
