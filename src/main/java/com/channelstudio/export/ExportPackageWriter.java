package com.channelstudio.export;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.jobs.JobFolders;
import com.channelstudio.jobs.Slug;
import com.channelstudio.jobs.VideoJob;
import com.channelstudio.look.Visualizer;
import com.channelstudio.planning.FixedTexts;
import com.channelstudio.planning.JobPlanning;
import com.channelstudio.planning.VideoLanguages;
import com.channelstudio.planning.VideoTexts;
import com.channelstudio.timeline.TimelineFactory;
import com.channelstudio.timeline.TrackTimeline;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The {@code ready_for_export} stage: the upload package under {@code export/} — the video, a thumbnail, and the
 * title, description (with a chapter tracklist read from the render's timeline), tags and licences, the title and
 * description in the channel's languages too.
 */
@Component("exportPackageWriter")
public class ExportPackageWriter {

    static final int MAX_TITLE = 100;
    static final int MAX_DESCRIPTION = 5000;
    static final int MAX_TAGS_TOTAL = 500;
    private static final Logger log = LoggerFactory.getLogger(ExportPackageWriter.class);

    private final JobFolders folders;
    private final TimelineFactory timelines;
    private final ThumbnailMaker thumbnails;
    private final JobPlanning planning;
    private final ObjectMapper json;
    private final VideoLanguages languages;
    private final Visualizer studioVisualizer;

    public ExportPackageWriter(JobFolders folders, TimelineFactory timelines, ThumbnailMaker thumbnails,
            JobPlanning planning, ObjectMapper json, VideoLanguages languages, StudioProperties properties) {
        this.languages = languages;
        this.studioVisualizer = properties.render().visualizer();
        this.folders = folders;
        this.timelines = timelines;
        this.thumbnails = thumbnails;
        this.planning = planning;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    /**
     * @param channel the job's channel's choices ({@code export-channel-settings.sql}): its {@code languages} and its
     *     {@code render_visualizer}, which set the video's frame rate and so the chapters' times, here
     */
    public Path write(@ExchangeProperty("job") VideoJob job, @Header("tracks") List<Map<String, Object>> tracks,
            @Header("images") List<Map<String, Object>> images, @Header("videoPath") String videoPath,
            @Header("exportChannel") Map<String, Object> channel) throws IOException {
        Path export = folders.export(job);
        Files.createDirectories(export);
        Path video = folders.file(videoPath);
        Path exportedVideo = export.resolve(Slug.of(job.nicheLabel(), "video") + ".mp4");
        linkOrCopy(video, exportedVideo);
        thumbnails.make(folders.file((String) images.get(0).get("local_file_path")), export.resolve("thumbnail.jpg"));

        TrackTimeline timeline = timelines.of(tracks,
                Visualizer.ofChannel((String) channel.get("render_visualizer"), studioVisualizer));
        Map<Integer, String> trackTitles = planning.trackTitles(job);
        long minutes = Math.round(timeline.totalSeconds() / 60);
        VideoTexts english = FixedTexts.of(VideoLanguages.DEFAULT_LANGUAGE, job.nicheLabel(), job.moodKeywords(), tracks.size(),
                minutes).orElseThrow();
        String title = title(english, trackTitles.get(1));
        String description = description(english, timeline, trackTitles);
        List<String> tags = tags(job, timeline);
        JobFolders.writeAtomically(export.resolve("description.txt"), description);

        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("title", title);
        metadata.put("description", description);
        metadata.put("tags", tags);
        metadata.put("video_file", exportedVideo.getFileName().toString());
        metadata.put("thumbnail_file", "thumbnail.jpg");
        metadata.put("duration_seconds", timeline.totalSeconds());
        metadata.put("default_language", VideoLanguages.DEFAULT_LANGUAGE);
        metadata.put("localizations", localizations(job, languages.of((String) channel.get("languages")), tracks.size(), minutes,
                timeline, trackTitles));
        metadata.put("tracks", trackCredits(tracks, trackTitles));
        metadata.put("images", imageCredits(images));
        JobFolders.writeAtomically(export.resolve("metadata.json"), json.writeValueAsString(metadata));
        log.info("Job {} exported: upload package in {}", job.id(), export);
        return export;
    }

    /**
     * The title and description in each of the channel's languages: the LLM planner's texts for it, else the studio's
     * own table ({@link FixedTexts}); a language with neither is left out, saying so. Track titles stay as they are.
     */
    private Map<String, Object> localizations(VideoJob job, List<String> wanted, int tracks, long minutes, TrackTimeline timeline,
            Map<Integer, String> trackTitles) {
        Map<String, VideoTexts> planned = planning.read(job).localizations();
        Map<String, Object> localizations = new LinkedHashMap<>();
        for (String language : wanted) {
            Optional<VideoTexts> texts = Optional.ofNullable(planned.get(language))
                    .or(() -> FixedTexts.of(language, job.nicheLabel(), job.moodKeywords(), tracks, minutes));
            if (texts.isEmpty()) {
                log.warn("Job {}: no title and description in {}: the plan has no texts in it and the studio no table "
                        + "(it translates into es, pt, de, fr, it and ja)", job.id(), language);
                continue;
            }
            localizations.put(language, Map.of("title", title(texts.get(), trackTitles.get(1)),
                    "description", description(texts.get(), timeline, trackTitles)));
        }
        return localizations;
    }

    /** How listeners search for a long mix: "1 hour", "90 minutes". */
    static String lengthTag(TrackTimeline timeline) {
        long minutes = Math.round(timeline.totalSeconds() / 60);
        return minutes == 60 ? "1 hour" : minutes + " minutes";
    }

    /** Named after its opening track, so a channel's videos do not all read alike; without it when too long. */
    private static String title(VideoTexts texts, String openingTrack) {
        String named = openingTrack.strip() + " · " + texts.title();
        return named.length() <= MAX_TITLE ? named
                : texts.title().length() <= MAX_TITLE ? texts.title() : texts.title().substring(0, MAX_TITLE - 1) + "…";
    }

    private static String description(VideoTexts texts, TrackTimeline timeline, Map<Integer, String> trackTitles) {
        StringBuilder text = new StringBuilder();
        text.append(texts.summary()).append("\n\n");
        text.append(texts.tracklist()).append('\n');
        for (int i = 0; i < timeline.segments().size(); i++) {
            TrackTimeline.Segment segment = timeline.segments().get(i);
            text.append(timeline.chapterStamp(segment)).append(' ')
                    .append(String.format(Locale.ROOT, "%02d. ", segment.orderIndex()))
                    .append(trackTitles.get(segment.orderIndex())).append('\n');
        }
        text.append('\n').append(texts.licence()).append('\n');
        return text.length() <= MAX_DESCRIPTION ? text.toString() : text.substring(0, MAX_DESCRIPTION);
    }

    private static List<String> tags(VideoJob job, TrackTimeline timeline) {
        Set<String> candidates = new LinkedHashSet<>();
        candidates.add(job.nicheLabel().strip().toLowerCase(Locale.ROOT));
        for (String mood : job.moodKeywords().split(",")) {
            if (!mood.isBlank()) {
                candidates.add(mood.strip().toLowerCase(Locale.ROOT));
            }
        }
        candidates.addAll(List.of("background music", "study music", "relaxing music", lengthTag(timeline)));
        List<String> tags = new ArrayList<>();
        int total = 0;
        for (String tag : candidates) {
            String clean = tag.replaceAll("[<>,]", "").strip();
            if (!clean.isEmpty() && total + clean.length() + 1 <= MAX_TAGS_TOTAL) {
                tags.add(clean);
                total += clean.length() + 1;
            }
        }
        return tags;
    }

    private static List<Map<String, Object>> trackCredits(List<Map<String, Object>> tracks, Map<Integer, String> trackTitles) {
        return tracks.stream().map(row -> {
            Map<String, Object> credit = new LinkedHashMap<>();
            credit.put("order_index", row.get("order_index"));
            credit.put("title", trackTitles.get(((Number) row.get("order_index")).intValue()));
            credit.put("provider", String.valueOf(row.get("provider")));
            credit.put("provider_track_id", row.get("provider_track_id"));
            credit.put("licence", row.get("license_document_url"));
            credit.put("duration_seconds", row.get("duration_seconds"));
            return credit;
        }).toList();
    }

    private static List<Map<String, Object>> imageCredits(List<Map<String, Object>> images) {
        return images.stream().map(row -> {
            Map<String, Object> credit = new LinkedHashMap<>();
            credit.put("order_index", row.get("order_index"));
            credit.put("provider", String.valueOf(row.get("provider")));
            credit.put("provider_image_id", row.get("provider_image_id"));
            credit.put("licence", ImageLicences.of(String.valueOf(row.get("provider"))));
            return credit;
        }).toList();
    }

    private static void linkOrCopy(Path source, Path target) throws IOException {
        Path partial = JobFolders.partial(target);
        Files.deleteIfExists(partial);
        try {
            try {
                Files.createLink(partial, source);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            // a copy cut short (a full disk) leaves no multi-GB partial video behind
            Files.deleteIfExists(partial);
        }
    }
}
