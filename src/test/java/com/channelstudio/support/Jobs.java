package com.channelstudio.support;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Channels and jobs made the way another system would: plain SQL. */
public final class Jobs {

    private final JdbcTemplate jdbc;

    public Jobs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public UUID channel(String niche) {
        return jdbc.queryForObject("INSERT INTO channels (name, brand_niche) VALUES (?, ?) RETURNING id", UUID.class,
                niche + " channel " + UUID.randomUUID(), niche);
    }

    /** A planned job with {@code prompts_json} NULL, as an integrating system inserts it. */
    public UUID planned(String niche, String moods, int minutes, Path outputDirectory) {
        return planned(channel(niche), niche, moods, minutes, outputDirectory);
    }

    /** The same, for a channel the test has made. */
    public UUID planned(UUID channel, String niche, String moods, int minutes, Path outputDirectory) {
        return jdbc.queryForObject("INSERT INTO video_jobs (channel_id, niche_label, mood_keywords, "
                        + "target_duration_minutes, output_directory) VALUES (?, ?, ?, ?, ?) RETURNING id",
                UUID.class, channel, niche, moods, minutes, outputDirectory.toString());
    }

    public UUID withPrompts(String status, String promptsJson, int minutes, Path outputDirectory) {
        return jdbc.queryForObject("INSERT INTO video_jobs (channel_id, status, niche_label, mood_keywords, "
                        + "target_duration_minutes, prompts_json, output_directory) "
                        + "VALUES (?, CAST(? AS video_job_status), ?, ?, ?, CAST(? AS jsonb), ?) RETURNING id",
                UUID.class, channel("Royal Court Ambience"), status, "Royal Court Ambience", "elegant, classical, serene",
                minutes, promptsJson, outputDirectory.toString());
    }

    /** A job no stage picks up (status failed) while a test lays out its assets; the test then moves it on. */
    public UUID parked(String promptsJson, Path outputDirectory) {
        return withPrompts("failed", promptsJson, 60, outputDirectory);
    }

    public Map<String, Object> row(UUID job) {
        return jdbc.queryForMap("SELECT * FROM video_jobs WHERE id = ?", job);
    }

    public String status(UUID job) {
        return jdbc.queryForObject("SELECT CAST(status AS TEXT) FROM video_jobs WHERE id = ?", String.class, job);
    }

    /** Waits until the job is completed or failed, and returns which. */
    public String awaitFinished(UUID job, Duration limit) {
        await().atMost(limit).pollInterval(Duration.ofMillis(250))
                .until(() -> Map.of("completed", 1, "failed", 1).containsKey(status(job)));
        return status(job);
    }

    /** How many times the job's render encoded its program audio (each encode ends with the stored line joining its parts). */
    public long audioEncodes(UUID job) {
        String commands = jdbc.queryForObject("SELECT ffmpeg_command FROM render_tasks WHERE video_job_id = ? "
                + "ORDER BY created_at DESC LIMIT 1", String.class, job);
        return commands.lines().filter(line -> line.startsWith("studio-aac-join")).count();
    }

    public int count(String table, UUID job) {
        if (!java.util.Set.of("audio_tracks", "images", "render_tasks").contains(table)) {
            throw new IllegalArgumentException("not a job asset table: " + table);
        }
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE video_job_id = ?", Integer.class, job);
    }
}
