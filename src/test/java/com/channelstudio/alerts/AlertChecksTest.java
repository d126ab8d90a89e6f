package com.channelstudio.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.support.StudioSettings;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the checks judge beyond SQL: a job waiting to render is stuck only counting from the first render window
 * studio.render.cron opened after it arrived; a schedule is behind after two of its own intervals without a video.
 */
class AlertChecksTest {

    @Test
    void aRenderWaitingForItsNightlyWindowIsNotStuckButOtherStagesAndOpenWindowsAre() throws Exception {
        Instant threeHoursAgo = Instant.now().minus(Duration.ofHours(3));
        int laterHour = (ZonedDateTime.now().getHour() + 2) % 24;
        AlertChecks windowLater = checks("studio.render.cron", "0/5 * " + laterHour + " * * ?");
        AlertChecks alwaysOpen = checks("studio.render.cron", "0/5 * * * * ?");
        List<Map<String, Object>> jobs = List.of(
                Map.of("subject_id", "rendering", "status", "rendering", "entered_at", Timestamp.from(threeHoursAgo)),
                Map.of("subject_id", "music", "status", "generating_music", "entered_at", Timestamp.from(threeHoursAgo)),
                Map.of("subject_id", "recent", "status", "planned", "entered_at", Timestamp.from(Instant.now().minusSeconds(600))));

        assertThat(windowLater.stuck(jobs)).extracting(job -> job.get("subject_id")).containsExactly("music");
        assertThat(alwaysOpen.stuck(jobs)).extracting(job -> job.get("subject_id")).containsExactly("rendering", "music");
    }

    @Test
    void aScheduleIsBehindAfterTwoOfItsIntervalsWithoutAVideo() throws Exception {
        AlertChecks checks = checks("studio.render.cron", "0/5 * * * * ?");
        List<Map<String, Object>> schedules = List.of(
                Map.of("subject_id", "daily-3-days", "cron", "0 0 0 * * ?", "time_zone", "UTC",
                        "since", Timestamp.from(Instant.now().minus(Duration.ofDays(3)))),
                Map.of("subject_id", "daily-1-hour", "cron", "0 0 0 * * ?", "time_zone", "UTC",
                        "since", Timestamp.from(Instant.now().minus(Duration.ofHours(1)))),
                Map.of("subject_id", "hourly-3-hours", "cron", "0 15 * * * ?", "time_zone", "Europe/Berlin",
                        "since", Timestamp.from(Instant.now().minus(Duration.ofHours(3)))));

        assertThat(checks.behind(schedules)).extracting(row -> row.get("subject_id"))
                .containsExactly("daily-3-days", "hourly-3-hours");
    }

    private static AlertChecks checks(String key, String value) throws Exception {
        return new AlertChecks(StudioSettings.of(Map.of(key, value)));
    }
}
