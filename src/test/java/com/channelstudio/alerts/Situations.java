package com.channelstudio.alerts;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rows that put a channel or job into each condition an alert is about, made by plain SQL as another system would. */
final class Situations {

    private final JdbcTemplate sql;

    Situations(JdbcTemplate sql) {
        this.sql = sql;
    }

    /** The hour of the flood limit is over: what was sent before counts no more. */
    void anHourLater() {
        sql.update("UPDATE alert_deliveries SET created_at = created_at - INTERVAL '1 hour'");
    }

    UUID channel(String name) {
        return sql.queryForObject("INSERT INTO channels (name, brand_niche) VALUES (?, 'Lo-Fi Study Beats') RETURNING id",
                UUID.class, name + " " + UUID.randomUUID().toString().substring(0, 8));
    }

    String channelName(UUID channel) {
        return sql.queryForObject("SELECT name FROM channels WHERE id = ?", String.class, channel);
    }

    /** A job that failed at rendering, as a stage records it. */
    UUID failedJob(UUID channel, String errorMessage) {
        return sql.queryForObject("INSERT INTO video_jobs (channel_id, status, failed_stage, error_message, niche_label, "
                + "mood_keywords, target_duration_minutes, output_directory) VALUES (?, 'failed', 'rendering', ?, "
                + "'Lo-Fi Study Beats', 'calm', 60, ?) RETURNING id", UUID.class, channel, errorMessage,
                "alerts/" + UUID.randomUUID());
    }

    /** A completed job; its upload in this state with this message (null strategy: none). */
    UUID completedJob(UUID channel, String uploadStrategy, String uploadState, String uploadMessage) {
        return sql.queryForObject("INSERT INTO video_jobs (channel_id, status, niche_label, mood_keywords, "
                + "target_duration_minutes, output_directory, upload_strategy, upload_state, upload_message) "
                + "VALUES (?, 'completed', 'Lo-Fi Study Beats', 'calm', 60, ?, ?, ?, ?) RETURNING id", UUID.class,
                channel, "alerts/" + UUID.randomUUID(), uploadStrategy, uploadState, uploadMessage);
    }

    /** A job another (live) instance holds in this status, which it entered this many minutes ago. */
    UUID jobHeldElsewhere(UUID channel, String status, int minutesAgo) {
        UUID job = sql.queryForObject("INSERT INTO video_jobs (channel_id, status, niche_label, mood_keywords, "
                + "target_duration_minutes, output_directory, claimed_by, claim_token, claimed_at, lease_expires_at) "
                + "VALUES (?, CAST(? AS video_job_status), 'Lo-Fi Study Beats', 'calm', 60, ?, 'elsewhere/1/busy', "
                + "gen_random_uuid(), CURRENT_TIMESTAMP, CURRENT_TIMESTAMP + INTERVAL '1 day') RETURNING id", UUID.class,
                channel, status, "alerts/" + UUID.randomUUID());
        enteredAgo(job, status, minutesAgo);
        return job;
    }

    void enteredAgo(UUID job, String status, int minutesAgo) {
        sql.update("UPDATE video_job_stages SET entered_at = CURRENT_TIMESTAMP - ? * INTERVAL '1 minute' "
                + "WHERE video_job_id = ? AND status = CAST(? AS video_job_status)", minutesAgo, job, status);
    }
}
