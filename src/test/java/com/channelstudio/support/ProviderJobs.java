package com.channelstudio.support;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Jobs that need exactly one provider call: every other track and image is already recorded, as rows whose
 * files do not exist. The stage under test makes the one missing item; the render then stops at the missing
 * files at once, which keeps a fault test to seconds.
 */
public final class ProviderJobs {

    private final JdbcTemplate jdbc;
    private final Jobs jobs;

    public ProviderJobs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.jobs = new Jobs(jdbc);
    }

    /** Waits in {@code generating_music} for track {@code missing}; every prompt holds the marker. */
    public UUID missingTrack(String marker, int missing, Path folder) {
        return release(missingTrackHeld(marker, missing, folder), "generating_music");
    }

    /** The same, still held (status failed) until {@link #release}: its channel and spend can be set up first. */
    public UUID missingTrackHeld(String marker, int missing, Path folder) {
        UUID job = held(marker, folder);
        for (int order = 1; order <= 20; order++) {
            if (order != missing) {
                track(job, folder, order);
            }
            image(job, folder, order);
        }
        return job;
    }

    /** Waits in {@code generating_image} for image {@code missing}; every prompt holds the marker. */
    public UUID missingImage(String marker, int missing, Path folder) {
        UUID job = held(marker, folder);
        for (int order = 1; order <= 20; order++) {
            track(job, folder, order);
            if (order != missing) {
                image(job, folder, order);
            }
        }
        return release(job, "generating_image");
    }

    /** Made as a failed job, so no stage claims it before its rows are in. */
    private UUID held(String marker, Path folder) {
        return jobs.withPrompts("failed", prompts(marker), 60, folder);
    }

    /** Moves a held job to a stage, where that stage takes it up. */
    public UUID release(UUID job, String stage) {
        jdbc.update("UPDATE video_jobs SET status = CAST(? AS video_job_status) WHERE id = ?", stage, job);
        return job;
    }

    public static String prompts(String marker) {
        StringBuilder json = new StringBuilder("{\"music_prompts\": [");
        for (int i = 1; i <= 20; i++) {
            json.append(i > 1 ? "," : "").append(String.format(Locale.ROOT,
                    "{\"order_index\": %d, \"prompt\": \"Elegant waltz no. %d (%s) with strings and piano. Tempo: %d BPM.\", "
                            + "\"duration_minutes\": 3.0, \"title\": \"Waltz %d of %08x\"}", i, i, marker, 90 + i, i, marker.hashCode()));
        }
        json.append("], \"visual_prompts\": [");
        for (int i = 1; i <= 20; i++) {
            json.append(i > 1 ? "," : "").append(String.format(Locale.ROOT,
                    "{\"order_index\": %d, \"prompt\": \"16:9 background of a grand ballroom, view %d (%s)\"}", i, i, marker));
        }
        return json.append("]}").toString();
    }

    private void track(UUID job, Path folder, int order) {
        jdbc.update("INSERT INTO audio_tracks (video_job_id, provider, order_index, duration_seconds, local_file_path, "
                + "prompt_text) VALUES (?, 'dummy', ?, 0.9, ?, ?)", job, order, folder.resolve("absent-" + order + ".wav").toString(),
                "made earlier " + order);
    }

    private void image(UUID job, Path folder, int order) {
        jdbc.update("INSERT INTO images (video_job_id, provider, order_index, local_file_path, prompt_text) "
                + "VALUES (?, 'dummy', ?, ?, ?)", job, order, folder.resolve("absent-" + order + ".png").toString(), "made earlier " + order);
    }
}
