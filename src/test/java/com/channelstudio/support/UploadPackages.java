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
        Path folder = TestOutput.newFolder();
        Path export = Files.createDirectories(folder.resolve("export"));
        byte[] video = new byte[videoBytes];
        new Random(videoBytes).nextBytes(video);
        Files.write(export.resolve("lo-fi-study-beats.mp4"), video);
        Files.write(export.resolve("thumbnail.jpg"), thumbnail());
        writeMetadata(export, metadata);
        return jdbc.queryForObject("INSERT INTO video_jobs (channel_id, status, niche_label, mood_keywords, target_duration_minutes, "
                        + "prompts_json, output_directory, upload_strategy, scheduled_time) "
                        + "VALUES (?, 'completed', 'Lo-Fi Study Beats', 'calm, rainy', 60, CAST(? AS jsonb), ?, ?, ?) RETURNING id",
                UUID.class, channel, PromptsJson.valid(), folder.toString(), strategy, scheduledTime);
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
