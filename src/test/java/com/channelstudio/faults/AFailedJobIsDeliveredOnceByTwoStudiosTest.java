package com.channelstudio.faults;

import static com.channelstudio.alerts.AlertDestinationStubs.WEBHOOK_PATH;
import static com.channelstudio.alerts.AlertDestinationStubs.mailed;
import static com.channelstudio.alerts.AlertDestinationStubs.posted;
import static com.channelstudio.alerts.AlertDestinationStubs.smtp;
import static com.channelstudio.alerts.AlertDestinationStubs.webhook;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.channelstudio.alerts.AlertDestinationStubs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two studio JVMs on one database, both checking for alerts every second and both reading the outbox every 200 ms,
 * with a webhook that takes two seconds to answer: a job failed by a stage gives exactly one webhook message and one
 * email. The checks run on one instance at a time (the clustered trigger), each message is claimed by one.
 */
@Tag("slow")
class AFailedJobIsDeliveredOnceByTwoStudiosTest {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path WORK = PROJECT.resolve("target/alerts-proof");

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void aFailedJobGivesOneMessageToEachDestination() throws Exception {
        try (TwoStudiosOnOneDatabase studios = TwoStudiosOnOneDatabase.start(WORK, "channel-studio-alerts-proof", List.of(
                "studio.security.password=alerts-operator-secret",
                "studio.poll.planning-ms=200",
                "studio.alerts.check-cron=* * * * * ?",
                "studio.alerts.delivery-poll-ms=200",
                "studio.alerts.webhook.url=" + webhook().baseUrl() + WEBHOOK_PATH,
                "studio.alerts.email.to=" + AlertDestinationStubs.OPERATOR,
                "studio.alerts.email.from=studio@example.com",
                "spring.mail.host=127.0.0.1",
                "spring.mail.port=" + smtp().getSmtp().getPort(),
                "spring.mail.username=studio",
                "spring.mail.password=" + AlertDestinationStubs.SMTP_PASSWORD))) {
            try {
                JdbcTemplate sql = studios.sql();
                UUID channel = sql.queryForObject("INSERT INTO channels (name, brand_niche) VALUES ('Two Studios', "
                        + "'Rain and Nature') RETURNING id", UUID.class);
                UUID job = UUID.randomUUID();
                webhook().stubFor(post(urlEqualTo(WEBHOOK_PATH)).withRequestBody(containing(job.toString())).atPriority(1)
                        .willReturn(aResponse().withStatus(200).withBody("ok").withFixedDelay(2000)));
                // The planning stage fails it: its folder leaves the output folder.
                sql.update("INSERT INTO video_jobs (id, channel_id, niche_label, mood_keywords, target_duration_minutes, "
                        + "output_directory) VALUES (?, ?, 'Rain', 'calm', 60, '../outside')", job, channel);

                await().atMost(Duration.ofSeconds(60)).until(() -> messages(job.toString()) >= 1 && mails(job.toString()) >= 1);
                // Long enough for every instance to have polled the outbox and checked many times over.
                await().pollDelay(Duration.ofSeconds(8)).until(() -> true);
                assertThat(sql.queryForObject("SELECT status FROM video_jobs WHERE id = ?", String.class, job)).isEqualTo("failed");
                assertThat(messages(job.toString())).as("webhook messages").isEqualTo(1);
                assertThat(mails(job.toString())).as("emails").isEqualTo(1);
                List<Map<String, Object>> deliveries = sql.queryForList("SELECT d.destination, d.state, d.attempts "
                        + "FROM alert_deliveries d JOIN alerts a ON a.id = d.alert_id WHERE a.job_id = ? ORDER BY d.destination", job);
                assertThat(deliveries).extracting(row -> row.get("destination") + " " + row.get("state") + " " + row.get("attempts"))
                        .containsExactly("email delivered 1", "webhook delivered 1");
                assertThat(sql.queryForList("SELECT instance_name FROM qrtz_scheduler_state", String.class))
                        .as("both studios in one cluster").hasSize(2);
            } catch (AssertionError | RuntimeException e) {
                throw studios.withLogs(e);
            }
        }
    }

    private static long messages(String job) {
        return posted(body -> body.path("alert").path("job_id").asText().equals(job)).size();
    }

    private static long mails(String job) {
        return mailed("subject_id: " + job).size();
    }
}
