package com.channelstudio.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Completed jobs with their upload package laid out as the export stage writes it (metadata.json, the video,
 * thumbnail.jpg), without rendering: the video is random bytes of a chosen size, which is all an upload reads.
 */
public final class UploadPackages {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();

    public UploadPackages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A channel with no YouTube account recorded, as an operator registers it. */
    public UUID channel() {
        return jdbc.queryForObject("INSERT INTO channels (name, brand_niche) VALUES (?, 'Lo-Fi Study Beats') RETURNING id",
                UUID.class, "Uploads " + UUID.randomUUID());
    }

    /** The job's folder holds {@code export/} with a video of {@code videoBytes} random bytes and this metadata. */
    public UUID completedJob(UUID channel, String strategy, java.time.OffsetDateTime scheduledTime, Map<String, Object> metadata,
            int videoBytes) throws IOException {
        return job(channel, strategy, scheduledTime, metadata, videoBytes, "completed");
    }

    /** The same job in {@code status}: one not yet completed is left alone by the upload stage while a test adds to it. */
    public UUID job(UUID channel, String strategy, java.time.OffsetDateTime scheduledTime, Map<String, Object> metadata,
            int videoBytes, String status) throws IOException {
        Path folder = TestOutput.newFolder();
        Path export = Files.createDirectories(folder.resolve("export"));
        byte[] video = new byte[videoBytes];
        new Random(videoBytes).nextBytes(video);
        Files.write(export.resolve("lo-fi-study-beats.mp4"), video);
        Files.write(export.resolve("thumbnail.jpg"), thumbnail());
        writeMetadata(export, metadata);
        return jdbc.queryForObject("INSERT INTO video_jobs (channel_id, status, niche_label, mood_keywords, target_duration_minutes, "
                        + "prompts_json, output_directory, upload_strategy, scheduled_time) "
                        + "VALUES (?, CAST(? AS video_job_status), 'Lo-Fi Study Beats', 'calm, rainy', 60, CAST(? AS jsonb), ?, ?, ?) "
                        + "RETURNING id",
                UUID.class, channel, status, PromptsJson.valid(), folder.toString(), strategy, scheduledTime);
    }

    /**
     * The job's package gets {@code count} Shorts as the export writes them ({@code export/shorts/01.mp4} of
     * {@code bytes} random bytes, {@code 01.json}) and their {@code job_shorts} rows; each Short's title holds the marker.
     */
    public void shorts(UUID job, int count, int bytes, String marker) throws IOException {
        Path folder = Files.createDirectories(video(job).resolveSibling("shorts"));
        for (int index = 1; index <= count; index++) {
            byte[] video = new byte[bytes];
            new Random(index).nextBytes(video);
            Path file = Files.write(folder.resolve(String.format("%02d.mp4", index)), video);
            Map<String, Object> metadata = new LinkedHashMap<>();
            metadata.put("title", "Rain " + index + " · Lo-Fi Study Beats " + marker + " #Shorts");
            metadata.put("description", "\"Rain " + index + "\", 30 seconds from a 60-minute mix of calm, rainy music: Lo-Fi Study Beats.");
            metadata.put("tags", List.of("lo-fi study beats", "shorts"));
            metadata.put("track_order_index", 5 * index);
            metadata.put("start_seconds", 12.5);
            metadata.put("duration_seconds", 30.0);
            json.writeValue(folder.resolve(String.format("%02d.json", index)).toFile(), metadata);
            jdbc.update("INSERT INTO job_shorts (video_job_id, short_index, track_order_index, start_seconds, duration_seconds, "
                    + "local_file_path) VALUES (?, ?, ?, 12.5, 30, ?)", job, index, 5 * index, TestOutput.ROOT.relativize(file).toString());
        }
    }

    /** A job whose video is on YouTube already, as the upload stage leaves it (no package on disk). */
    public UUID uploadedJob(UUID channel, String youtubeVideoId) {
        return jdbc.queryForObject("INSERT INTO video_jobs (channel_id, status, niche_label, mood_keywords, target_duration_minutes, "
                        + "prompts_json, output_directory, upload_strategy, youtube_video_id, upload_state) "
                        + "VALUES (?, 'completed', 'Lo-Fi Study Beats', 'calm, rainy', 60, CAST(? AS jsonb), ?, 'public', ?, 'uploaded') RETURNING id",
                UUID.class, channel, PromptsJson.valid(), TestOutput.newFolder().toString(), youtubeVideoId);
    }

    /** The job's package gets this metadata instead (an operator mends it). */
    public void rewriteMetadata(UUID job, Map<String, Object> metadata) throws IOException {
        writeMetadata(video(job).getParent(), metadata);
    }

    private void writeMetadata(Path export, Map<String, Object> metadata) throws IOException {
        Map<String, Object> all = new LinkedHashMap<>(metadata);
        all.putIfAbsent("video_file", "lo-fi-study-beats.mp4");
        all.putIfAbsent("thumbnail_file", "thumbnail.jpg");
        all.putIfAbsent("duration_seconds", 3600.0);
        json.writeValue(export.resolve("metadata.json").toFile(), all);
    }

    public static Map<String, Object> metadata(String title) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("title", title);
        metadata.put("description", "Lo-Fi Study Beats: 20 tracks of calm, rainy music.\n\nTracklist\n0:00 01. Rain\n3:00 02. Dusk\n6:00 03. Tea\n");
        metadata.put("tags", List.of("lo-fi study beats", "calm", "rainy", "background music"));
        return metadata;
    }

    public Path video(UUID job) {
        return Path.of(jdbc.queryForObject("SELECT output_directory FROM video_jobs WHERE id = ?", String.class, job))
                .resolve("export/lo-fi-study-beats.mp4");
    }

    public Path thumbnailOf(UUID job) {
        return video(job).resolveSibling("thumbnail.jpg");
    }

    /** A JPEG's first bytes and a marker: what thumbnails.set is sent is compared byte for byte. */
    private static byte[] thumbnail() {
        byte[] jpeg = new byte[4096];
        new Random(7).nextBytes(jpeg);
        jpeg[0] = (byte) 0xFF;
        jpeg[1] = (byte) 0xD8;
        return jpeg;
    }
}
