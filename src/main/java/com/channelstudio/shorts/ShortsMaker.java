package com.channelstudio.shorts;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.jobs.JobFolders;
import com.channelstudio.jobs.StudioInstance;
import com.channelstudio.jobs.VideoJob;
import com.channelstudio.look.Motion;
import com.channelstudio.media.FfmpegLocator;
import com.channelstudio.media.Loudness;
import com.channelstudio.planning.JobPlanning;
import com.channelstudio.render.MotionLoop;
import com.channelstudio.render.ParticleLayer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The export's Shorts: for each, a track of the video (a different one each), its liveliest window, and the vertical
 * video of it with its picture and title, as {@code export/shorts/01.mp4} and its metadata {@code 01.json}. A track
 * too short gives a shorter Short or none, and the job's note says so.
 */
@Component("shortsMaker")
public class ShortsMaker {

    static final int MAX_TITLE = 100;
    static final String HASHTAG = " #Shorts";
    /** Any one FFmpeg run of a Short (a minute of 1080x1920 at the slowest preset stays well under it). */
    private static final Duration RUN_LIMIT = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(ShortsMaker.class);

    private final JobFolders folders;
    private final JobPlanning planning;
    private final FfmpegLocator ffmpeg;
    private final TitleFont font;
    private final StudioInstance instance;
    private final StudioProperties.Shorts settings;
    private final StudioProperties.Render render;
    private final ObjectMapper json;

    public ShortsMaker(JobFolders folders, JobPlanning planning, FfmpegLocator ffmpeg, TitleFont font, StudioInstance instance,
            StudioProperties properties, ObjectMapper json) {
        this.folders = folders;
        this.planning = planning;
        this.ffmpeg = ffmpeg;
        this.font = font;
        this.instance = instance;
        this.settings = properties.shorts();
        this.render = properties.render();
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** What the export made: a row for each Short ({@code insert-job-short.sql}) and what the job says of them. */
    public record Made(List<Map<String, Object>> shorts, String note) {}

    /**
     * @param channel the job's channel's {@code shorts_per_video} (NULL: {@code studio.shorts.per-video}) and
     *     {@code render_motion}
     */
    public Made make(@ExchangeProperty("job") VideoJob job, @Header("tracks") List<Map<String, Object>> tracks,
            @Header("images") List<Map<String, Object>> images, @Header("exportChannel") Map<String, Object> channel)
            throws IOException {
        Number own = (Number) channel.get("shorts_per_video");
        int wanted = own == null ? settings.perVideo() : own.intValue();
        Path folder = folders.export(job).resolve("shorts");
        deleteRecursively(folder);
        if (wanted == 0) {
            return new Made(List.of(), null);
        }
        List<ShortTracks.Track> all = tracks.stream().map(row -> new ShortTracks.Track(
                ((Number) row.get("order_index")).intValue(), ((Number) row.get("duration_seconds")).doubleValue())).toList();
        List<ShortTracks.Track> chosen = ShortTracks.chosen(all, wanted);
        List<String> notes = new ArrayList<>();
        if (chosen.size() < wanted) {
            double longest = all.stream().mapToDouble(ShortTracks.Track::seconds).max().orElse(0);
            notes.add(String.format(Locale.ROOT, "%d of %d Shorts: only %d tracks are long enough for one (a Short is at "
                    + "least %.0f s, %.0f s from each end of its track; the longest is %.1f s)", chosen.size(), wanted,
                    chosen.size(), LivelyWindow.MIN_SECONDS, LivelyWindow.FADE_MARGIN_SECONDS, longest));
        }
        Path scratch = folders.renderScratch(job, instance.fileName()).resolveSibling("shorts-" + instance.fileName());
        deleteRecursively(scratch);
        Files.createDirectories(scratch);
        Files.createDirectories(folder);
        Map<Integer, String> titles = planning.trackTitles(job);
        JsonNode metadata = json.readTree(folders.export(job).resolve("metadata.json").toFile());
        ShortFfmpeg runs = new ShortFfmpeg(ffmpeg.executable(), RUN_LIMIT);
        ShortAudio audio = new ShortAudio(runs, render.audioBitrate());
        MotionLoop motion = motion(job, channel, scratch);
        List<Map<String, Object>> made = new ArrayList<>();
        try {
            for (ShortTracks.Track track : chosen) {
                int index = made.size() + 1;
                Path trackFile = folders.file((String) row(tracks, track.orderIndex()).get("local_file_path"));
                LivelyWindow window = LivelyWindow.of(audio.readings(trackFile), track.seconds(), settings.seconds()).orElseThrow();
                if (window.durationSeconds() < settings.seconds()) {
                    notes.add(String.format(Locale.ROOT, "Short %d is %.1f s: track %d is %.1f s long", index,
                            window.durationSeconds(), track.orderIndex(), track.seconds()));
                }
                Path sound = scratch.resolve("short.m4a");
                Loudness loudness = audio.encode(trackFile, window, scratch, sound);
                String title = titles.get(track.orderIndex());
                Path video = folder.resolve(String.format(Locale.ROOT, "%02d.mp4", index));
                picture(runs, folders.file((String) row(images, track.orderIndex()).get("local_file_path")), sound, title, motion,
                        window.durationSeconds(), scratch, video);
                JobFolders.writeAtomically(folder.resolve(String.format(Locale.ROOT, "%02d.json", index)),
                        json.writeValueAsString(shortMetadata(job, title, metadata, track, window)));
                log.info("Job {}: Short {} made from track {} ({} at {} s for {} s, {} LUFS, {} dBTP)", job.id(), index,
                        track.orderIndex(), title, window.startSeconds(), window.durationSeconds(),
                        String.format(Locale.ROOT, "%.1f", loudness.integratedLufs()),
                        String.format(Locale.ROOT, "%.1f", loudness.truePeakDbtp()));
                made.add(row(job, index, track, window, video));
            }
        } finally {
            deleteRecursively(scratch);
        }
        String note = notes.isEmpty() ? null : String.join("; ", notes);
        if (note != null) {
            log.warn("Job {}: {}", job.id(), note);
        }
        return new Made(made, note);
    }

    private MotionLoop motion(VideoJob job, Map<String, Object> channel, Path scratch) throws IOException {
        MotionLoop motion = new MotionLoop(Motion.ofChannel((String) channel.get("render_motion"), render.motion()),
                ShortPicture.WIDTH, ShortPicture.HEIGHT, (long) render.motionLoopSeconds() * render.fps(), scratch);
        for (ParticleLayer layer : motion.layers()) {
            layer.paint(job.id().getMostSignificantBits() ^ job.id().getLeastSignificantBits());
        }
        return motion;
    }

    private void picture(ShortFfmpeg runs, Path image, Path sound, String title, MotionLoop motion, double seconds, Path scratch, Path video)
            throws IOException {
        List<Path> lines = new ArrayList<>();
        for (String line : ShortPicture.lines(title)) {
            Path file = scratch.resolve("title-" + (lines.size() + 1) + ".txt");
            Files.writeString(file, line);
            lines.add(file);
        }
        Path partial = JobFolders.partial(video);
        try {
            runs.run("Short " + video.getFileName(),
                    ShortPicture.command(image, sound, lines, font.file(), motion, render, seconds, partial));
            Files.move(partial, video, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** {@code 01.json}: what the upload sends (the video's link is added once it is on YouTube) and where it is from. */
    private static Map<String, Object> shortMetadata(VideoJob job, String trackTitle, JsonNode video, ShortTracks.Track track,
            LivelyWindow window) {
        String niche = job.nicheLabel().strip();
        String title = trackTitle + " · " + niche;
        if (title.length() + HASHTAG.length() > MAX_TITLE) {
            title = title.substring(0, MAX_TITLE - HASHTAG.length() - 1).strip() + "…";
        }
        List<String> tags = new ArrayList<>();
        video.path("tags").forEach(tag -> tags.add(tag.asText()));
        tags.add("shorts");
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("title", title + HASHTAG);
        metadata.put("description", String.format(Locale.ROOT, "\"%s\", %.0f seconds from a %d-minute mix of %s music: %s.",
                trackTitle, window.durationSeconds(), job.targetDurationMinutes(), job.moodKeywords().strip(), niche));
        metadata.put("tags", tags);
        metadata.put("track_order_index", track.orderIndex());
        metadata.put("start_seconds", window.startSeconds());
        metadata.put("duration_seconds", window.durationSeconds());
        return metadata;
    }

    private Map<String, Object> row(VideoJob job, int index, ShortTracks.Track track, LivelyWindow window, Path video) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("jobId", job.id());
        row.put("index", index);
        row.put("trackOrderIndex", track.orderIndex());
        row.put("startSeconds", window.startSeconds());
        row.put("durationSeconds", window.durationSeconds());
        row.put("file", folders.stored(video));
        return row;
    }

    private static Map<String, Object> row(List<Map<String, Object>> rows, int orderIndex) {
        return rows.stream().filter(row -> ((Number) row.get("order_index")).intValue() == orderIndex).findFirst().orElseThrow();
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
