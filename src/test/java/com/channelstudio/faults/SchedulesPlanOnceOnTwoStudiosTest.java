package com.channelstudio.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Two studio JVMs on one database form one Quartz cluster, and a schedule set by plain SQL that
 * fires every second plans exactly its videos, never one twice. The studios run from empty folders of their own, as
 * {@code java -jar} would from anywhere: their settings and routes come from the classpath.
 */
@Tag("slow")
class SchedulesPlanOnceOnTwoStudiosTest {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path WORK = PROJECT.resolve("target/schedules-proof");

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void aScheduleFiringEverySecondOnTwoStudiosPlansEachVideoOnce() throws Exception {
        FileSystemUtils.deleteRecursively(WORK);
        Files.createDirectories(WORK.resolve("logs"));
        try (ProofDatabase database = new ProofDatabase(WORK.resolve("postgres"), WORK.resolve("logs/postgres.log"))) {
            database.start();
            List<StudioProcess> studios = List.of(studio(database, "studio-a"), studio(database, "studio-b"));
            try {
                for (StudioProcess studio : studios) {
                    studio.start();
                }
                await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                        .until(() -> studios.get(0).ready() && studios.get(1).ready());
                JdbcTemplate sql = database.sql();
                assertThat(sql.queryForList("SELECT instance_name FROM qrtz_scheduler_state WHERE sched_name = "
                        + "(SELECT DISTINCT sched_name FROM qrtz_scheduler_state)", String.class))
                        .as("both studios check in to one clustered scheduler").hasSize(2);

                UUID channel = sql.queryForObject("INSERT INTO channels (name, brand_niche) VALUES ('Rainy Nights', "
                        + "'Rain and Nature') RETURNING id", UUID.class);
                sql.update("INSERT INTO channel_schedules (channel_id, cron, time_zone, videos_ahead, mood_keywords, "
                        + "target_duration_minutes, upload_strategy, publish_time) VALUES (?, '* * * * * ?', "
                        + "'America/New_York', 4, ARRAY['calm, rainy', 'dark, stormy', 'soft, drizzly', 'misty, quiet'], "
                        + "60, 'public', '07:30')", channel);

                await().atMost(Duration.ofSeconds(30)).until(() -> jobs(sql, channel).size() >= 4);
                Instant fourthFiring = lastFiring(sql, channel);
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> lastFiring(sql, channel).isAfter(fourthFiring.plusSeconds(4)));
                List<Map<String, Object>> jobs = jobs(sql, channel);
                assertThat(jobs).as("one job per firing until 4 wait, on two studios").hasSize(4);
                assertThat(jobs).extracting(job -> job.get("mood_keywords"))
                        .containsExactly("calm, rainy", "dark, stormy", "soft, drizzly", "misty, quiet");
                assertThat(jobs).extracting(job -> ((Timestamp) job.get("scheduled_time")).toInstant())
                        .doesNotHaveDuplicates();
                assertThat(sql.queryForObject("SELECT next_mood_index FROM channel_schedules WHERE channel_id = ?",
                        Integer.class, channel)).isEqualTo(4);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(e.getMessage() + "\n--- studio-a\n" + studios.get(0).tail(60)
                        + "\n--- studio-b\n" + studios.get(1).tail(60), e);
            } finally {
                studios.forEach(StudioProcess::close);
            }
        }
    }

    /** The firing recorded last, whether it planned a job or found four waiting. */
    private static Instant lastFiring(JdbcTemplate sql, UUID channel) {
        return sql.queryForObject("SELECT last_planned_at FROM channel_schedules WHERE channel_id = ?", Timestamp.class,
                channel).toInstant();
    }

    private static List<Map<String, Object>> jobs(JdbcTemplate sql, UUID channel) {
        return sql.queryForList("SELECT * FROM video_jobs WHERE channel_id = ? ORDER BY created_at", channel);
    }

    /** A studio that only plans from schedules: its stages do not take the planned jobs up during the test. */
    private static StudioProcess studio(ProofDatabase database, String name) throws IOException {
        Path emptyFolder = Files.createDirectories(WORK.resolve(name));
        return StudioProcess.on(database, name, List.of(
                "camel.main.name=channel-studio-schedules",
                "server.port=0",
                "studio.demo.enabled=false",
                "studio.output-dir=" + WORK.resolve("output"),
                "studio.ffmpeg.cache-dir=" + WORK.resolve("ffmpeg").resolve(name),
                "studio.security.password=schedules-operator-secret",
                "studio.poll.initial-delay-ms=3600000",
                "studio.render.cron=0 0 0 1 1 ? 2099",
                "studio.schedules.check-cron=* * * * * ?"), emptyFolder, WORK.resolve("logs").resolve(name + ".log"));
    }
}
