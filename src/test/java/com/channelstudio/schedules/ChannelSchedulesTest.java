package com.channelstudio.schedules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.channelstudio.support.HeldPlannedJobs;
import com.channelstudio.support.StudioTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** A channel with a schedule plans its own videos; the schedule is set and read through the API. */
@StudioTest
@ExtendWith(HeldPlannedJobs.class)
class ChannelSchedulesTest {

    private static final String SCHEDULE = "{\"cron\": \"* * * * * ?\", \"time_zone\": \"Europe/Berlin\", "
            + "\"videos_ahead\": 2, \"mood_keywords\": [\"calm, rainy\", \"warm, nostalgic\", \"bright, hopeful\"], "
            + "\"target_duration_minutes\": 75, \"upload_strategy\": \"scheduled\", \"publish_time\": \"18:00\", "
            + "\"enabled\": true}";

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CamelContext context;

    @Autowired
    ObjectMapper json;

    @Test
    void aScheduleIsSetReadAndRemovedThroughTheApiAndBadFieldsAreNamed() throws Exception {
        UUID channel = channel("Rain and Nature");
        jdbc.update("UPDATE channels SET is_active = false WHERE id = ?", channel);

        ResponseEntity<String> set = put("/api/channels/" + channel + "/schedule", SCHEDULE);
        assertThat(set.getStatusCode().value()).as(set.getBody()).isEqualTo(200);
        JsonNode shown = json.readTree(operator().getForEntity("/api/channels/" + channel + "/schedule", String.class).getBody());
        assertThat(shown.get("cron").asText()).isEqualTo("* * * * * ?");
        assertThat(shown.get("time_zone").asText()).isEqualTo("Europe/Berlin");
        assertThat(shown.get("videos_ahead").asInt()).isEqualTo(2);
        assertThat(shown.get("mood_keywords")).hasSize(3);
        assertThat(shown.get("mood_keywords").get(1).asText()).isEqualTo("warm, nostalgic");
        assertThat(shown.get("target_duration_minutes").asInt()).isEqualTo(75);
        assertThat(shown.get("publish_time").asText()).isEqualTo("18:00");
        assertThat(shown.get("upload_strategy").asText()).isEqualTo("scheduled");
        assertThat(shown.get("enabled").asBoolean()).isTrue();
        assertThat(shown.get("selection").asText()).as("the mood keywords in turn, by default").isEqualTo("rotate");

        expectError(put("/api/channels/" + channel + "/schedule", SCHEDULE.replace("* * * * * ?", "every day")),
                "cron", "Quartz cron expression");
        expectError(put("/api/channels/" + channel + "/schedule", SCHEDULE.replace("Europe/Berlin", "Mars/Olympus")),
                "time_zone", "IANA time zone");
        expectError(put("/api/channels/" + channel + "/schedule", SCHEDULE.replace("\"videos_ahead\": 2", "\"videos_ahead\": 31")),
                "videos_ahead", "between 1 and 30 (was 31)");
        expectError(put("/api/channels/" + channel + "/schedule", SCHEDULE.replace("18:00", "25:00")),
                "publish_time", "HH:mm");
        expectError(put("/api/channels/" + channel + "/schedule", SCHEDULE.replace("\"scheduled\"", "\"tomorrow\"")),
                "upload_strategy", "one of none, private, unlisted, public, scheduled");
        expectError(put("/api/channels/" + channel + "/schedule", SCHEDULE.replace("75", "95")),
                "target_duration_minutes", "between 60 and 90 (was 95)");
        expectError(put("/api/channels/" + channel + "/schedule", SCHEDULE.replace("\"enabled\": true", "\"selection\": \"best\"")),
                "selection", "must be rotate (the mood keywords in turn) or learn (chosen by what viewers watched) (was best)");

        ResponseEntity<Void> removed = operator().exchange("/api/channels/" + channel + "/schedule", HttpMethod.DELETE,
                null, Void.class);
        assertThat(removed.getStatusCode().value()).isEqualTo(204);
        assertThat(operator().getForEntity("/api/channels/" + channel + "/schedule", String.class).getStatusCode().value())
                .isEqualTo(404);
    }

    @Test
    void eachFiringPlansOneJobUntilVideosAheadAreWaitingWithMoodsInTurnAndOneSlotADay() throws Exception {
        UUID channel = channel("Lo-Fi Study Beats");
        assertThat(put("/api/channels/" + channel + "/schedule", SCHEDULE).getStatusCode().value()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> jobsOf(channel).size() == 2);
        Instant secondFiring = lastFiring(channel);
        await().atMost(Duration.ofSeconds(20)).until(() -> lastFiring(channel).isAfter(secondFiring.plusSeconds(2)));
        List<Map<String, Object>> jobs = jobsOf(channel);
        assertThat(jobs).as("videos_ahead caps the waiting jobs").hasSize(2);
        assertThat(jobs).extracting(job -> job.get("mood_keywords")).containsExactly("calm, rainy", "warm, nostalgic");
        assertThat(jobs).extracting(job -> job.get("planning_reason"))
                .containsExactly("moods 'calm, rainy': their turn (1 of 3)", "moods 'warm, nostalgic': their turn (2 of 3)");
        assertThat(jobs).allSatisfy(job -> {
            assertThat(job.get("niche_label")).isEqualTo("Lo-Fi Study Beats");
            assertThat(job.get("target_duration_minutes")).isEqualTo(75);
            assertThat(job.get("upload_strategy")).isEqualTo("scheduled");
            assertThat((String) job.get("output_directory")).startsWith("lo-fi-study-beats-channel/")
                    .endsWith(job.get("id").toString());
        });
        Instant first = ((Timestamp) jobs.get(0).get("scheduled_time")).toInstant();
        Instant second = ((Timestamp) jobs.get(1).get("scheduled_time")).toInstant();
        assertThat(first).isAfter(Instant.now());
        assertThat(first.atZone(ZoneId.of("Europe/Berlin")).toLocalTime()).isEqualTo(LocalTime.of(18, 0));
        assertThat(second.atZone(ZoneId.of("Europe/Berlin")))
                .isEqualTo(first.atZone(ZoneId.of("Europe/Berlin")).plusDays(1));
    }

    @Test
    void aPausedChannelOrADisabledSchedulePlansNothing() throws Exception {
        UUID paused = channel("Jazz Café");
        jdbc.update("UPDATE channels SET is_active = false WHERE id = ?", paused);
        assertThat(put("/api/channels/" + paused + "/schedule", SCHEDULE).getStatusCode().value()).isEqualTo(200);
        UUID disabled = channel("Celtic");
        assertThat(put("/api/channels/" + disabled + "/schedule", SCHEDULE.replace("\"enabled\": true", "\"enabled\": false"))
                .getStatusCode().value()).isEqualTo(200);

        NotifyBuilder threeChecks = new NotifyBuilder(context).fromRoute("plan-from-schedules").whenDone(3).create();
        assertThat(threeChecks.matches(20, TimeUnit.SECONDS)).as("the schedules were checked three times").isTrue();
        assertThat(jobsOf(paused)).isEmpty();
        assertThat(jobsOf(disabled)).isEmpty();
        jdbc.update("UPDATE channels SET is_active = true WHERE id = ?", paused);
        await().atMost(Duration.ofSeconds(20)).until(() -> !jobsOf(paused).isEmpty());
    }

    private List<Map<String, Object>> jobsOf(UUID channel) {
        return jdbc.queryForList("SELECT * FROM video_jobs WHERE channel_id = ? ORDER BY created_at", channel);
    }

    /** The firing of the channel's schedule recorded last, whether it planned a job or found enough waiting. */
    private Instant lastFiring(UUID channel) {
        return jdbc.queryForObject("SELECT last_planned_at FROM channel_schedules WHERE channel_id = ?", Timestamp.class,
                channel).toInstant();
    }

    private UUID channel(String niche) {
        return jdbc.queryForObject("INSERT INTO channels (name, brand_niche) VALUES (?, ?) RETURNING id", UUID.class,
                niche + " channel", niche);
    }

    private void expectError(ResponseEntity<String> response, String field, String rule) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.get("field").asText()).isEqualTo(field);
        assertThat(body.get("error").asText()).contains(rule);
    }

    private ResponseEntity<String> put(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return operator().exchange(path, HttpMethod.PUT, new HttpEntity<>(body, headers), String.class);
    }

    private TestRestTemplate operator() {
        return http.withBasicAuth("operator", "test-operator-secret");
    }
}
