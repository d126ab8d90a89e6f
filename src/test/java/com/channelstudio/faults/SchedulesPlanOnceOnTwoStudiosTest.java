package com.channelstudio.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
        // Studios that only plan from schedules: their stages do not take the planned jobs up during the test.
        try (TwoStudiosOnOneDatabase studios = TwoStudiosOnOneDatabase.start(WORK, "channel-studio-schedules", List.of(
                "studio.security.password=schedules-operator-secret",
                "studio.poll.initial-delay-ms=3600000",
                "studio.schedules.check-cron=* * * * * ?"))) {
            try {
                JdbcTemplate sql = studios.sql();
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
                throw studios.withLogs(e);
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
}
