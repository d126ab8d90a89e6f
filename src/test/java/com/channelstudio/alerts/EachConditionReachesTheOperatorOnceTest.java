package com.channelstudio.alerts;

import static com.channelstudio.alerts.AlertDestinationStubs.mailed;
import static com.channelstudio.alerts.AlertDestinationStubs.posted;
import static com.channelstudio.alerts.AlertDestinationStubs.subject;
import static com.channelstudio.alerts.AlertDestinationStubs.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every kind of condition opens one alert that reaches the webhook and the mailbox once, is updated (not repeated)
 * while it lasts, and sends its resolution when it clears; a silenced alert is not delivered again, its resolution
 * still is. No stage has alert code: the conditions below are rows, as a failing stage or another system leaves them.
 */
@AlertingStudioTest
class EachConditionReachesTheOperatorOnceTest {

    private static final List<String> ALERT_FIELDS = List.of("id", "kind", "state", "severity", "subject_type",
            "subject_id", "channel_id", "job_id", "title", "detail", "remedy", "first_seen", "last_seen", "count",
            "console_url");

    @Autowired
    JdbcTemplate sql;

    @Autowired
    TestRestTemplate http;

    @BeforeEach
    void freshHour() {
        new Situations(sql).anHourLater();
    }

    @Test
    void eachKindOpensOneAlertDeliveredOnceToEachDestinationAndUpdatedWhileItLasts() {
        Situations situations = new Situations(sql);
        UUID channel = situations.channel("Rainy Nights");
        Map<String, String> subjects = new LinkedHashMap<>();
        // A job the planning stage fails: its folder leaves the output folder.
        UUID failing = sql.queryForObject("INSERT INTO video_jobs (channel_id, niche_label, mood_keywords, "
                + "target_duration_minutes, output_directory) VALUES (?, 'Rain', 'calm', 60, ?) RETURNING id", UUID.class,
                channel, "../outside-" + UUID.randomUUID());
        subjects.put("job_failed", failing.toString());
        subjects.put("upload_failed", situations.completedJob(channel, "public", "failed",
                "YouTube refused the upload: 400 invalidTitle: The request metadata specifies an invalid video title").toString());
        UUID waiting = situations.completedJob(channel, "public", "waiting",
                "upload waits for the YouTube quota reset at 2026-12-01 08:00 UTC");
        situations.enteredAgo(waiting, "completed", 25 * 60);
        subjects.put("upload_waiting", waiting.toString());
        subjects.put("job_stuck", situations.jobHeldElsewhere(channel, "generating_music", 180).toString());
        UUID paused = situations.channel("Paused Channel");
        sql.update("UPDATE channels SET youtube_paused_reason = 'YouTube refused the channel''s refresh token "
                + "(invalid_grant)' WHERE id = ?", paused);
        subjects.put("channel_paused", paused.toString());
        UUID behind = situations.channel("Behind Schedule");
        sql.update("INSERT INTO channel_schedules (channel_id, cron, time_zone, videos_ahead, mood_keywords, "
                + "target_duration_minutes, publish_time, last_planned_at, created_at) VALUES (?, '0 0 0 * * ?', 'UTC', 1, "
                + "ARRAY['calm'], 60, '18:00', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP - INTERVAL '3 days')", behind);
        subjects.put("schedule_behind", behind.toString());
        // An instance that died holding a job: the sweep frees it.
        String lost = "lost-host/4242/" + UUID.randomUUID().toString().substring(0, 8);
        sql.update("INSERT INTO video_jobs (channel_id, status, niche_label, mood_keywords, target_duration_minutes, "
                + "output_directory, claimed_by, claim_token, claimed_at, lease_expires_at) VALUES (?, 'completed', 'Rain', "
                + "'calm', 60, ?, ?, gen_random_uuid(), CURRENT_TIMESTAMP - INTERVAL '10 minutes', "
                + "CURRENT_TIMESTAMP - INTERVAL '5 minutes')", channel, "alerts/" + UUID.randomUUID(), lost);
        subjects.put("instance_lost", lost);
        // The disk below the threshold since the context started: seen anew (an earlier run's alert forgotten).
        sql.update("DELETE FROM alerts WHERE kind = 'disk_low'");
        await().atMost(Duration.ofSeconds(30)).until(() -> sql.queryForObject(
                "SELECT count(*) FROM alerts WHERE kind = 'disk_low'", Integer.class) == 1);
        String disk = sql.queryForObject("SELECT CAST(id AS TEXT) FROM alerts WHERE kind = 'disk_low'", String.class);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            subjects.forEach((kind, subject) -> {
                assertThat(alertsPosted(kind, subject, "alert")).as(kind).hasSize(1);
                assertThat(mailed("subject_id: " + subject)).as(kind).isNotEmpty();
            });
            assertThat(posted(body -> body.path("alert").path("id").asText().equals(disk))).as("disk_low").hasSize(1);
            assertThat(mailed("id: " + disk)).as("disk_low").isNotEmpty();
        });
        // Still there after more checks: counted, not repeated.
        await().atMost(Duration.ofSeconds(30)).until(() -> sql.queryForObject(
                "SELECT count FROM alerts WHERE kind = 'job_failed' AND subject_id = ?", Integer.class, failing.toString()) >= 4);
        subjects.forEach((kind, subject) -> {
            assertThat(alertsPosted(kind, subject, "alert")).as(kind).hasSize(1);
            assertThat(mailed("subject_id: " + subject)).as(kind).hasSize(1);
        });
        assertThat(posted(body -> body.path("alert").path("id").asText().equals(disk))).as("disk_low").hasSize(1);
        assertThat(mailed("id: " + disk)).as("disk_low").hasSize(1);

        JsonNode failed = alertsPosted("job_failed", failing.toString(), "alert").get(0);
        assertThat(failed.path("alert").fieldNames()).toIterable().containsExactlyElementsOf(ALERT_FIELDS);
        assertThat(failed.path("alert").path("state").asText()).isEqualTo("open");
        assertThat(failed.path("alert").path("severity").asText()).isEqualTo("critical");
        assertThat(failed.path("alert").path("job_id").asText()).isEqualTo(failing.toString());
        assertThat(failed.path("alert").path("channel_id").asText()).isEqualTo(channel.toString());
        assertThat(failed.path("alert").path("detail").asText()).contains("failed at stage planned", "output_directory");
        assertThat(failed.path("alert").path("console_url").asText())
                .isEqualTo("https://studio.example.com/console/jobs/" + failing);
        assertThat(failed.path("text").asText()).startsWith("Job failed at planned: Rainy Nights")
                .contains("https://studio.example.com/console/jobs/" + failing + " and press Retry")
                .hasLineCount(2);
        MimeMessage mail = mailed("subject_id: " + failing).get(0);
        assertThat(subject(mail)).startsWith("[Channel Studio] Job failed at planned: Rainy Nights");
        assertThat(text(mail)).contains("kind: job_failed", "state: open", "console_url: https://studio.example.com/console/jobs/" + failing);

        JsonNode pausedAlert = alertsPosted("channel_paused", paused.toString(), "alert").get(0).path("alert");
        assertThat(pausedAlert.path("remedy").asText())
                .isEqualTo("Reconnect the channel: open https://studio.example.com/api/channels/" + paused + "/youtube/connect");
        assertThat(pausedAlert.path("console_url").asText()).isEqualTo("https://studio.example.com/console/channels/" + paused);
        assertThat(alertsPosted("instance_lost", lost, "alert").get(0).path("alert").path("state").asText())
                .as("an instance lost is resolved at once").isEqualTo("resolved");
        assertThat(posted(body -> body.path("alert").path("id").asText().equals(disk)).get(0).path("alert").path("console_url")
                .asText()).isEqualTo("https://studio.example.com/console/alerts");

        // Cleared: the job deleted, the channel connected again.
        sql.update("DELETE FROM video_jobs WHERE id = ?", failing);
        sql.update("UPDATE channels SET youtube_paused_reason = NULL WHERE id = ?", paused);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(alertsPosted("job_failed", failing.toString(), "resolution")).hasSize(1);
            assertThat(alertsPosted("channel_paused", paused.toString(), "resolution")).hasSize(1);
            assertThat(mailed("[Channel Studio] resolved: Job failed at planned: Rainy Nights")).hasSize(1);
        });
        JsonNode resolution = alertsPosted("job_failed", failing.toString(), "resolution").get(0);
        assertThat(resolution.path("text").asText()).startsWith("resolved: Job failed at planned: Rainy Nights");
        assertThat(resolution.path("alert").path("job_id").isNull()).as("the job is gone").isTrue();
        assertThat(alertsPosted("instance_lost", lost, "resolution")).as("an event has no resolution of its own").isEmpty();
    }

    @Test
    void aSilencedAlertIsNotDeliveredAgainButItsResolutionIs() {
        Situations situations = new Situations(sql);
        UUID channel = situations.channel("Silenced");
        UUID job = situations.failedJob(channel, "Stage rendering failed: FFmpeg exited with 1");
        await().atMost(Duration.ofSeconds(30)).until(() -> alertsPosted("job_failed", job.toString(), "alert").size() == 1);
        String alert = sql.queryForObject("SELECT CAST(id AS TEXT) FROM alerts WHERE job_id = ? AND state = 'open'", String.class, job);

        ResponseEntity<Map> refused = silence(alert, "{\"hours\": 721}");
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).containsEntry("field", "hours")
                .containsEntry("error", "hours: must be a whole number of hours between 1 and 720 (was 721)");
        assertThat(silence(alert, "{\"hours\": 2, \"minutes\": 5}").getBody()).containsEntry("field", "minutes");
        assertThat(silence(UUID.randomUUID().toString(), "{\"hours\": 2}").getStatusCode().value()).isEqualTo(404);
        ResponseEntity<Map> silenced = silence(alert, "{\"hours\": 2}");
        assertThat(silenced.getStatusCode().value()).isEqualTo(200);
        assertThat(silenced.getBody()).containsEntry("silenced", true).containsEntry("state", "open");

        // It clears: the resolution is still delivered. It fails again within the silence: nothing more is sent.
        sql.update("UPDATE video_jobs SET status = 'completed' WHERE id = ?", job);
        await().atMost(Duration.ofSeconds(30)).until(() -> alertsPosted("job_failed", job.toString(), "resolution").size() == 1);
        sql.update("UPDATE video_jobs SET status = 'failed' WHERE id = ?", job);
        await().atMost(Duration.ofSeconds(30)).until(() -> sql.queryForObject(
                "SELECT count(*) FROM alerts WHERE job_id = ? AND state = 'open' AND count >= 3", Integer.class, job) == 1);
        assertThat(alertsPosted("job_failed", job.toString(), "alert")).hasSize(1);
        assertThat(mailed("subject_id: " + job)).hasSize(2);

        ResponseEntity<List> open = http.withBasicAuth("operator", "test-operator-secret")
                .getForEntity("/api/alerts?state=open", List.class);
        assertThat(open.getBody()).anySatisfy(row -> assertThat(((Map<?, ?>) row).get("job_id") + " "
                + ((Map<?, ?>) row).get("kind") + " " + ((Map<?, ?>) row).get("silenced")).isEqualTo(job + " job_failed true"));
        ResponseEntity<Map> bad = http.withBasicAuth("operator", "test-operator-secret").getForEntity("/api/alerts?state=shut", Map.class);
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(bad.getBody()).containsEntry("error", "state: must be one of open, resolved, all (was shut)");
        ResponseEntity<Map> shown = http.withBasicAuth("operator", "test-operator-secret").getForEntity("/api/alerts/" + alert, Map.class);
        assertThat(shown.getBody()).containsEntry("state", "resolved").containsEntry("console_url",
                "https://studio.example.com/console/jobs/" + job);
        assertThat((List<?>) shown.getBody().get("deliveries")).extracting(d -> ((Map<?, ?>) d).get("message") + " "
                + ((Map<?, ?>) d).get("destination") + " " + ((Map<?, ?>) d).get("state"))
                .containsExactlyInAnyOrder("alert webhook delivered", "alert email delivered",
                        "resolution webhook delivered", "resolution email delivered");
    }

    private ResponseEntity<Map> silence(String alert, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth("operator", "test-operator-secret")
                .postForEntity("/api/alerts/" + alert + "/silence", new HttpEntity<>(body, headers), Map.class);
    }

    /** The webhook's messages about one subject of one kind: its opening ("alert") or its "resolution". */
    static List<JsonNode> alertsPosted(String kind, String subject, String message) {
        return posted(body -> body.path("alert").path("kind").asText().equals(kind)
                && body.path("alert").path("subject_id").asText().equals(subject)
                && body.path("text").asText().startsWith("resolved: ") == message.equals("resolution"));
    }
}
