package com.channelstudio.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.channelstudio.db.EmbeddedPostgresConfiguration;
import com.channelstudio.support.StudioSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * SIGTERM in the middle of a render, with the studio as it runs by default: on its embedded PostgreSQL. The studio
 * gives its job back and closes its render attempt before that database stops, and exits promptly; the data
 * folder, read afterwards, shows a job any instance may take up again.
 */
@Tag("slow")
class StopDuringARenderOnTheEmbeddedDatabaseTest {

    private static final Path WORK = Path.of("target/stop-embedded").toAbsolutePath();

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aStudioStoppedDuringARenderGivesItsJobBackBeforeItsDatabaseStops() throws Exception {
        FileSystemUtils.deleteRecursively(WORK);
        Files.createDirectories(WORK);
        Path log = WORK.resolve("studio.log");
        StudioProcess studio = StudioProcess.withEmbeddedDatabase("studio", List.of(
                "camel.main.name=channel-studio-stop-embedded",
                "server.port=0",
                "studio.demo.enabled=true",
                "studio.database.embedded-dir=" + WORK.resolve("postgres"),
                "studio.output-dir=" + WORK.resolve("output"),
                "studio.ffmpeg.cache-dir=" + WORK.resolve("ffmpeg"),
                "studio.security.password=stop-operator-secret",
                // The demo's hour at a quarter: a render long enough to be stopped in the middle.
                "studio.testing.media-time-scale=0.25",
                "studio.poll.initial-delay-ms=200",
                "studio.poll.planning-ms=200",
                "studio.poll.music-ms=200",
                "studio.poll.images-ms=200",
                "studio.render.cron=* * * * * ?"), WORK, log);
        Duration exit;
        try {
            studio.start();
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                    .until(() -> Files.readString(log, StandardCharsets.UTF_8).contains("stage rendering started"));
            Thread.sleep(1000);
            assertThat(Files.readString(log, StandardCharsets.UTF_8)).as("still rendering").doesNotContain("video ready");

            Instant signal = Instant.now();
            studio.terminate();
            studio.awaitExit();
            exit = Duration.between(signal, Instant.now());
            assertThat(studio.alive()).as("the studio ended within 30 s of SIGTERM:\n" + studio.tail(40)).isFalse();
        } finally {
            studio.close();
        }

        try (EmbeddedPostgres postgres = new EmbeddedPostgresConfiguration().embeddedPostgres(
                StudioSettings.of(Map.of("studio.database.embedded-dir", WORK.resolve("postgres").toString())))) {
            JdbcTemplate sql = new JdbcTemplate(postgres.getPostgresDatabase());
            Map<String, Object> job = sql.queryForMap("SELECT CAST(status AS TEXT) AS status, claimed_by FROM video_jobs");
            assertThat(job.get("status")).isEqualTo("rendering");
            assertThat(job.get("claimed_by")).as("the claim was given back").isNull();
            assertThat(sql.queryForList("SELECT CAST(status AS TEXT) FROM render_tasks", String.class))
                    .as("the render attempt was closed").isNotEmpty().doesNotContain("in_progress");
        }
        assertThat(exit).as("time from SIGTERM to exit").isLessThan(Duration.ofSeconds(30));
    }
}
