package com.channelstudio.alerts;

import static com.channelstudio.alerts.AlertDestinationStubs.mailed;
import static com.channelstudio.alerts.AlertDestinationStubs.posted;
import static com.channelstudio.alerts.AlertDestinationStubs.subject;
import static com.channelstudio.alerts.AlertDestinationStubs.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.jobs.JobFolders;
import com.channelstudio.support.StudioSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The daily digest: fired once across instances by the clustered trigger at studio.alerts.digest-cron in
 * studio.alerts.time-zone, one message to each destination with, per channel, the videos completed and uploaded in
 * the last day (titles, YouTube links), the next publishing slots, its open alerts, the quota and the analytics.
 */
@AlertingStudioTest
class DailyDigestTest {

    @Autowired
    JdbcTemplate sql;

    @Autowired
    ProducerTemplate camel;

    @Autowired
    CamelContext context;

    @Autowired
    StudioProperties properties;

    @Test
    void theDigestTellsEachDestinationWhatEveryChannelDidAndWhatIsOpen() throws Exception {
        Situations situations = new Situations(sql);
        UUID channel = situations.channel("Digest Beats");
        String name = situations.channelName(channel);
        UUID completed = situations.completedJob(channel, null, "waiting", null);
        writeTitle(completed, "Rain by the Window · Lo-Fi Study Beats — Calm, Focused Music (60 min)");
        String video = "vid" + UUID.randomUUID().toString().substring(0, 8);
        UUID uploaded = situations.completedJob(channel, "public", "uploaded", null);
        sql.update("UPDATE video_jobs SET youtube_video_id = ?, youtube_uploaded_at = CURRENT_TIMESTAMP WHERE id = ?", video, uploaded);
        writeTitle(uploaded, "Paper Lanterns on Platform 9 · Lo-Fi Study Beats — Calm, Focused Music (60 min)");
        UUID slot = situations.completedJob(channel, "public", "waiting", "waiting for the channel's connection");
        sql.update("UPDATE video_jobs SET upload_strategy = 'scheduled', scheduled_time = TIMESTAMPTZ '2099-01-02 18:00:00+00' "
                + "WHERE id = ?", slot);
        sql.update("INSERT INTO video_analytics (video_job_id, youtube_video_id, views, watch_time_hours, revenue_usd, snapshot_date) "
                + "VALUES (?, ?, 412, 20.6, 1.65, CURRENT_DATE - 1)", uploaded, video);
        UUID failed = situations.failedJob(channel, "Stage rendering failed: FFmpeg exited with 1");
        sql.update("UPDATE channels SET monthly_budget_usd = 40 WHERE id = ?", channel);
        sql.update("INSERT INTO provider_costs (video_job_id, channel_id, provider, asset, order_index, quantity, unit, cost_usd) "
                + "VALUES (?, ?, 'lyria', 'track', 1, 1, 'per-track', 2.5)", failed, channel);
        await().atMost(Duration.ofSeconds(30)).until(() -> sql.queryForObject(
                "SELECT count(*) FROM alerts WHERE job_id = ? AND state = 'open'", Integer.class, failed) == 1);

        camel.sendBody("direct:alert-digest", null);

        await().atMost(Duration.ofSeconds(30)).until(() -> digestOf(channel) != null && !mailed("[Channel Studio] Daily digest").stream()
                .filter(mail -> text(mail).contains(name)).toList().isEmpty());
        JsonNode message = digestOf(channel);
        JsonNode shown = channelIn(message, channel);
        assertThat(shown.path("completed")).extracting(video1 -> video1.path("title").asText())
                .contains("Rain by the Window · Lo-Fi Study Beats — Calm, Focused Music (60 min)");
        assertThat(shown.path("uploaded")).singleElement().satisfies(up -> {
            assertThat(up.path("title").asText()).startsWith("Paper Lanterns on Platform 9");
            assertThat(up.path("youtube_url").asText()).isEqualTo("https://youtu.be/" + video);
        });
        assertThat(shown.path("next_publishing_slots").get(0).asText()).startsWith("2099-01-02T18:00:00");
        assertThat(shown.path("open_alerts")).anySatisfy(alert -> assertThat(alert.path("kind").asText()).isEqualTo("job_failed"));
        assertThat(shown.path("analytics").path("views").asInt()).isEqualTo(412);
        assertThat(shown.path("analytics").path("watch_hours").asDouble()).isEqualTo(20.6);
        assertThat(shown.path("analytics").path("revenue_usd").asDouble()).isEqualTo(1.65);
        assertThat(shown.at("/this_month/spent_usd").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(shown.at("/this_month/budget_usd").decimalValue()).isEqualByComparingTo("40");
        assertThat(message.at("/digest/month_spend_usd").decimalValue()).isGreaterThanOrEqualTo(new java.math.BigDecimal("2.5"));
        assertThat(message.path("digest").path("all_quiet").asBoolean()).isFalse();
        assertThat(message.path("text").asText()).startsWith("Channel Studio daily digest " + LocalDate.now(ZoneOffset.UTC))
                .contains(name + ":", "uploaded: Paper Lanterns on Platform 9", "https://youtu.be/" + video,
                        "next publishing slot: 2099-01-02 18:00 UTC", "open: Job failed at rendering: " + name,
                        "412 views, 20.6 watch hours, $1.65", "this month: $2.50 of its $40.00 budget",
                        "Provider calls this month: $");
        MimeMessage mail = mailed("[Channel Studio] Daily digest").stream().filter(m -> text(m).contains(name)).findFirst().orElseThrow();
        assertThat(subject(mail)).isEqualTo("[Channel Studio] Daily digest " + LocalDate.now(ZoneOffset.UTC));
        assertThat(text(mail)).contains("uploaded: Paper Lanterns on Platform 9", "https://youtu.be/" + video);
        for (String secret : List.of(AlertingStudioTest.PROVIDER_KEY, "webhook-SECRET", AlertDestinationStubs.SMTP_PASSWORD)) {
            assertThat(message.toString()).doesNotContain(secret);
            assertThat(text(mail)).doesNotContain(secret);
        }
    }

    @Test
    void theDigestFiresOnceAcrossInstancesAtTheCronInItsTimeZone() {
        String uri = context.getRoute("alert-digest").getEndpoint().getEndpointUri();
        assertThat(uri).startsWith("quartz-cluster://studio/alert-digest").contains("cron=0+0+8+*+*+%3F")
                .contains("trigger.timeZone=UTC").contains("stateful=true");
    }

    @Test
    void withNothingToSayTheDigestIsOneLineAllQuiet() throws Exception {
        StudioProperties settings = StudioSettings.of(Map.of("studio.output-dir", "target/test-output",
                "studio.alerts.time-zone", "Europe/Berlin"));
        AlertDigest digest = new AlertDigest(new ObjectMapper(), new JobFolders(settings), new AlertLinks(settings), settings);

        JsonNode message = new ObjectMapper().readTree(digest.compose(Map.of("channels",
                "[{\"id\": \"" + UUID.randomUUID() + "\", \"name\": \"Quiet\", \"completed\": [], \"uploaded\": [], "
                        + "\"next_slots\": [], \"open_alerts\": [], \"analytics\": null}]",
                "studio_alerts", "[]", "quota", "[]", "held_back", 0L)));

        assertThat(message.path("text").asText())
                .isEqualTo("Channel Studio daily digest " + LocalDate.now(java.time.ZoneId.of("Europe/Berlin")) + ": all quiet.");
        assertThat(message.path("digest").path("all_quiet").asBoolean()).isTrue();
        assertThat(message.path("digest").path("time_zone").asText()).isEqualTo("Europe/Berlin");
    }

    private void writeTitle(UUID job, String title) throws Exception {
        String folder = sql.queryForObject("SELECT output_directory FROM video_jobs WHERE id = ?", String.class, job);
        Path export = Files.createDirectories(properties.outputDir().resolve(folder).resolve("export"));
        Files.writeString(export.resolve("metadata.json"), new ObjectMapper().writeValueAsString(Map.of("title", title)));
    }

    private static JsonNode digestOf(UUID channel) {
        return posted(body -> body.has("digest") && channelIn(body, channel) != null).stream().findFirst().orElse(null);
    }

    private static JsonNode channelIn(JsonNode message, UUID channel) {
        for (JsonNode shown : message.path("digest").path("channels")) {
            if (shown.path("channel_id").asText().equals(channel.toString())) {
                return shown;
            }
        }
        return null;
    }
}
