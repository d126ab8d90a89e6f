package com.channelstudio.support;

import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the studio counts of the YouTube quota it spent, per Pacific quota day ({@code youtube_quota_spent}). */
public final class YoutubeQuota {

    private YoutubeQuota() {}

    /** Today's quota day: YouTube resets the quota at midnight Pacific time. */
    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("America/Los_Angeles"));
    }

    public static int unitsSpentToday(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(units), 0) FROM youtube_quota_spent WHERE quota_day = ?", Integer.class,
                today());
    }

    /** Forgets what was spent and waited for, so the next test has a whole day's budget. */
    public static void reset(JdbcTemplate jdbc) {
        jdbc.update("DELETE FROM youtube_quota_waits");
        jdbc.update("DELETE FROM youtube_quota_spent");
    }
}
