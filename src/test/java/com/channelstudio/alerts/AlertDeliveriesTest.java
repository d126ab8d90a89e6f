package com.channelstudio.alerts;

import static com.channelstudio.alerts.AlertDestinationStubs.WEBHOOK_PATH;
import static com.channelstudio.alerts.AlertDestinationStubs.mailed;
import static com.channelstudio.alerts.AlertDestinationStubs.posted;
import static com.channelstudio.alerts.AlertDestinationStubs.text;
import static com.channelstudio.alerts.AlertDestinationStubs.webhook;
import static com.channelstudio.alerts.EachConditionReachesTheOperatorOnceTest.alertsPosted;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outbox: a webhook answering 500 gets the message again later, and exactly one is taken; a refusal or a message
 * past studio.alerts.retry-hours is undeliverable (shown); beyond the hourly limit messages are held with one notice;
 * and no secret reaches an alert, a message or a log line.
 */
@AlertingStudioTest
@ExtendWith(OutputCaptureExtension.class)
class AlertDeliveriesTest {

    @Autowired
    JdbcTemplate sql;

    @Autowired
    MeterRegistry metrics;

    @Autowired
    TestRestTemplate http;

    private Situations situations() {
        return new Situations(sql);
    }

    @BeforeEach
    void freshHour() {
        situations().anHourLater();
    }

    @Test
    void aWebhookAnswering500IsTriedAgainAndTakesTheMessageExactlyOnce() {
        UUID channel = situations().channel("Retried");
        UUID job = UUID.randomUUID();
        webhook().stubFor(post(urlEqualTo(WEBHOOK_PATH)).withRequestBody(containing(job.toString())).atPriority(1)
                .inScenario("500 twice " + job).whenScenarioStateIs(STARTED).willSetStateTo("once")
                .willReturn(aResponse().withStatus(500).withBody("internal_error")));
        webhook().stubFor(post(urlEqualTo(WEBHOOK_PATH)).withRequestBody(containing(job.toString())).atPriority(1)
                .inScenario("500 twice " + job).whenScenarioStateIs("once").willSetStateTo("twice")
                .willReturn(aResponse().withStatus(503).withBody("service_unavailable")));
        double failedBefore = counted("webhook", "failed");
        sql.update("INSERT INTO video_jobs (id, channel_id, status, failed_stage, error_message, niche_label, mood_keywords, "
                + "target_duration_minutes, output_directory) VALUES (?, ?, 'failed', 'rendering', 'FFmpeg exited with 1', "
                + "'Lo-Fi', 'calm', 60, ?)", job, channel, "alerts/" + job);

        await().atMost(Duration.ofSeconds(60)).until(() -> "delivered".equals(webhookDelivery(job).get("state")));
        Map<String, Object> delivery = webhookDelivery(job);
        assertThat(delivery).containsEntry("attempts", 3).containsEntry("last_error", null);
        assertThat(alertsPosted("job_failed", job.toString(), "alert")).as("two 500s, then the one taken").hasSize(3);
        assertThat(webhook().getAllServeEvents().stream().filter(event -> event.getRequest().getBodyAsString().contains(job.toString())
                && event.getResponse().getStatus() == 200)).hasSize(1);
        assertThat(counted("webhook", "failed") - failedBefore).isEqualTo(2);
        assertThat(mailed("subject_id: " + job)).as("the email went once, at once").hasSize(1);
    }

    @Test
    void aRefusedMessageOrOnePastTheRetryHoursIsUndeliverableAndShown() {
        UUID channel = situations().channel("Undeliverable");
        UUID refused = UUID.randomUUID();
        UUID expired = UUID.randomUUID();
        webhook().stubFor(post(urlEqualTo(WEBHOOK_PATH)).withRequestBody(containing(refused.toString())).atPriority(1)
                .willReturn(aResponse().withStatus(404).withBody("no_service")));
        webhook().stubFor(post(urlEqualTo(WEBHOOK_PATH)).withRequestBody(containing(expired.toString())).atPriority(1)
                .willReturn(aResponse().withStatus(500).withBody("internal_error")));
        for (UUID job : List.of(refused, expired)) {
            sql.update("INSERT INTO video_jobs (id, channel_id, status, failed_stage, error_message, niche_label, mood_keywords, "
                    + "target_duration_minutes, output_directory) VALUES (?, ?, 'failed', 'ready_for_export', 'disk full', 'Lo-Fi', "
                    + "'calm', 60, ?)", job, channel, "alerts/" + job);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> webhookDelivery(expired).get("attempts") != null
                && ((Number) webhookDelivery(expired).get("attempts")).intValue() >= 1);
        // A day has passed since the message was made: its next try would fall outside studio.alerts.retry-hours.
        sql.update("UPDATE alert_deliveries SET created_at = created_at - INTERVAL '24 hours' WHERE id = CAST(? AS UUID)",
                webhookDelivery(expired).get("id"));

        await().atMost(Duration.ofSeconds(30)).until(() -> "undeliverable".equals(webhookDelivery(refused).get("state"))
                && "undeliverable".equals(webhookDelivery(expired).get("state")));
        assertThat(webhookDelivery(refused)).containsEntry("attempts", 1)
                .containsEntry("last_error", "the webhook answered HTTP 404: no_service");
        assertThat(webhookDelivery(expired).get("last_error")).isEqualTo("the webhook answered HTTP 500: internal_error");
        String alert = sql.queryForObject("SELECT CAST(id AS TEXT) FROM alerts WHERE job_id = ?", String.class, refused);
        Map<?, ?> shown = http.withBasicAuth("operator", "test-operator-secret").getForObject("/api/alerts/" + alert, Map.class);
        assertThat((List<?>) shown.get("deliveries")).anySatisfy(row -> assertThat(((Map<?, ?>) row).get("state") + " "
                + ((Map<?, ?>) row).get("last_error")).isEqualTo("undeliverable the webhook answered HTTP 404: no_service"));
    }

    @Test
    void beyondTheHourlyLimitMessagesAreHeldAndOneNoticeSaysHowManyMoreAreOpen() {
        UUID channel = situations().channel("Flooded");
        long noticesBefore = posted(body -> body.has("held_back")).size();
        int jobs = AlertingStudioTest.MAX_PER_HOUR + 6;
        sql.update("INSERT INTO video_jobs (channel_id, status, failed_stage, error_message, niche_label, mood_keywords, "
                + "target_duration_minutes, output_directory) SELECT ?, 'failed', 'rendering', 'FFmpeg exited with 1', "
                + "'Lo-Fi', 'calm', 60, 'alerts/flood-' || gen_random_uuid() FROM generate_series(1, ?)", channel, jobs);

        // The notice goes to each destination on its own: the email may arrive after the webhook's.
        await().atMost(Duration.ofSeconds(60)).until(() -> posted(body -> body.has("held_back")).size() > noticesBefore
                && !mailed("more alerts are open").isEmpty());
        Integer sentThisHour = sql.queryForObject("SELECT count(*) FROM alert_deliveries WHERE destination = 'webhook' "
                + "AND message IN ('alert', 'resolution') AND state <> 'held' AND created_at > CURRENT_TIMESTAMP - INTERVAL '1 hour'",
                Integer.class);
        assertThat(sentThisHour).isEqualTo(AlertingStudioTest.MAX_PER_HOUR);
        Integer held = sql.queryForObject("SELECT count(*) FROM alert_deliveries d JOIN alerts a ON a.id = d.alert_id "
                + "WHERE d.destination = 'webhook' AND d.state = 'held' AND a.channel_id = ?", Integer.class, channel);
        assertThat(held).isBetween(6, jobs);
        JsonNode notice = posted(body -> body.has("held_back")).get((int) noticesBefore);
        assertThat(notice.path("held_back").path("open").asInt()).isGreaterThanOrEqualTo(held);
        assertThat(notice.path("held_back").path("console_url").asText()).isEqualTo("https://studio.example.com/console/alerts");
        assertThat(notice.path("text").asText()).startsWith(notice.path("held_back").path("open").asInt() + " more alerts are open");
        assertThat(mailed("more alerts are open")).isNotEmpty();
        // Still one notice in the hour, whatever more is held.
        sql.update("INSERT INTO video_jobs (channel_id, status, failed_stage, error_message, niche_label, mood_keywords, "
                + "target_duration_minutes, output_directory) VALUES (?, 'failed', 'rendering', 'late', 'Lo-Fi', 'calm', 60, ?)",
                channel, "alerts/flood-" + UUID.randomUUID());
        await().atMost(Duration.ofSeconds(30)).until(() -> sql.queryForObject("SELECT count(*) FROM alert_deliveries d "
                + "JOIN alerts a ON a.id = d.alert_id WHERE d.destination = 'webhook' AND d.state = 'held' AND a.channel_id = ?",
                Integer.class, channel) > held);
        assertThat(sql.queryForObject("SELECT count(*) FROM alert_deliveries WHERE destination = 'webhook' "
                + "AND message = 'held_back' AND created_at > CURRENT_TIMESTAMP - INTERVAL '1 hour'", Integer.class)).isEqualTo(1);
    }

    @Test
    void noSecretReachesAnAlertAMessageOrALogLine(CapturedOutput output) {
        UUID channel = situations().channel("Secrets");
        // A message that should never have held them: a provider key, the webhook's path, the SMTP password.
        UUID job = situations().failedJob(channel, "Leonardo refused key " + AlertingStudioTest.PROVIDER_KEY + " posting to "
                + webhook().baseUrl() + WEBHOOK_PATH + " with " + AlertDestinationStubs.SMTP_PASSWORD);
        await().atMost(Duration.ofSeconds(30)).until(() -> !alertsPosted("job_failed", job.toString(), "alert").isEmpty()
                && !mailed("subject_id: " + job).isEmpty());
        sql.update("DELETE FROM video_jobs WHERE id = ?", job);
        await().atMost(Duration.ofSeconds(30)).until(() -> !alertsPosted("job_failed", job.toString(), "resolution").isEmpty());

        String detail = sql.queryForObject("SELECT detail FROM alerts WHERE subject_id = ?", String.class, job.toString());
        JsonNode message = alertsPosted("job_failed", job.toString(), "alert").get(0);
        MimeMessage mail = mailed("subject_id: " + job).get(0);
        assertThat(detail).contains("Leonardo refused key [redacted] posting to [redacted] with [redacted]");
        for (String secret : List.of(AlertingStudioTest.PROVIDER_KEY, WEBHOOK_PATH, "webhook-SECRET", AlertDestinationStubs.SMTP_PASSWORD)) {
            assertThat(detail).doesNotContain(secret);
            assertThat(message.toString()).doesNotContain(secret);
            assertThat(text(mail)).doesNotContain(secret);
            assertThat(output.getAll()).doesNotContain(secret);
        }
    }

    private Map<String, Object> webhookDelivery(UUID job) {
        List<Map<String, Object>> rows = sql.queryForList("SELECT CAST(d.id AS TEXT) AS id, d.state, d.attempts, d.last_error "
                + "FROM alert_deliveries d JOIN alerts a ON a.id = d.alert_id WHERE a.job_id = ? AND d.destination = 'webhook' "
                + "AND d.message = 'alert'", job);
        return rows.isEmpty() ? Map.of() : rows.get(0);
    }

    private double counted(String destination, String outcome) {
        var counter = metrics.find("studio.alert.deliveries").tag("destination", destination).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }
}
