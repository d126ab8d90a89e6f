package com.channelstudio.api;

import com.channelstudio.jobs.InvalidInputException;
import com.channelstudio.jobs.JobFolders;
import com.channelstudio.jobs.UploadStrategy;
import com.channelstudio.look.Motion;
import com.channelstudio.look.Visualizer;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.Body;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/** Checks what API clients send, naming the field and the rule, and turns it into SQL parameters. */
@Component("apiRequests")
public class ApiRequests {

    static final int MAX_NAME = 255;
    static final int MAX_YOUTUBE_ID = 100;
    static final int MAX_MOODS = 500;

    public Map<String, Object> channel(@Body NewChannel request) {
        if (request == null) {
            throw new InvalidInputException("body", "must be a JSON object with name and brand_niche");
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", text("name", request.name(), MAX_NAME));
        row.put("brandNiche", text("brand_niche", request.brandNiche(), MAX_NAME));
        row.put("youtubeChannelId", request.youtubeChannelId() == null ? null
                : text("youtube_channel_id", request.youtubeChannelId(), MAX_YOUTUBE_ID));
        row.put("renderMotion", renderMotion(request.renderMotion()));
        row.put("renderVisualizer", renderVisualizer(request.renderVisualizer()));
        return row;
    }

    /** {@code PATCH /api/channels/{id}}: the SQL parameters of the changes a request names. */
    public Map<String, Object> channelChanges(@Body ChannelChanges request) {
        if (request == null) {
            throw new InvalidInputException("body", "must be a JSON object with one or more of "
                    + String.join(", ", ChannelChanges.CHANGEABLE));
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("changeActive", request.changesActive());
        changes.put("active", request.isActive());
        changes.put("changeMotion", request.changesMotion());
        changes.put("renderMotion", renderMotion(request.renderMotion()));
        changes.put("changeVisualizer", request.changesVisualizer());
        changes.put("renderVisualizer", renderVisualizer(request.renderVisualizer()));
        changes.put("changeShorts", request.changesShorts());
        changes.put("shortsPerVideo", request.shortsPerVideo());
        changes.put("changeLanguages", request.changesLanguages());
        changes.put("languages", request.languages() == null ? null : String.join(",", request.languages()));
        changes.put("changeBudget", request.changesBudget());
        changes.put("budget", request.monthlyBudgetUsd());
        return changes;
    }

    /** A channel row as the API answers it: its {@code languages} (a comma-separated text in the row) as a list. */
    public static Map<String, Object> channelView(@Body Map<String, Object> row) {
        Map<String, Object> view = new LinkedHashMap<>(row);
        String languages = (String) row.get("languages");
        view.put("languages", languages == null ? null : languages.isEmpty() ? List.of() : List.of(languages.split(",")));
        return view;
    }

    /** One of the motions of studio.render.motion, as written there; null, the channel follows that setting. */
    private static String renderMotion(String requested) {
        return lookChoice("render_motion", requested, Motion.labels(), "studio.render.motion");
    }

    /** One of the visualizers of studio.render.visualizer, as written there; null, the channel follows that setting. */
    private static String renderVisualizer(String requested) {
        return lookChoice("render_visualizer", requested, Visualizer.labels(), "studio.render.visualizer");
    }

    private static String lookChoice(String field, String requested, List<String> choices, String studioSetting) {
        if (requested != null && !choices.contains(requested)) {
            throw new InvalidInputException(field, "must be one of " + String.join(", ", choices)
                    + ", or null to follow " + studioSetting + " (was " + requested + ")");
        }
        return requested;
    }

    /** @param channel the channel row the job is for ({@code id}, {@code name}, {@code brand_niche}) */
    public Map<String, Object> job(@Body NewJob request, @Header("channel") Map<String, Object> channel) {
        if (request == null) {
            throw new InvalidInputException("body", "must be a JSON object with mood_keywords and target_duration_minutes");
        }
        Integer minutes = request.targetDurationMinutes();
        if (minutes == null || minutes < 60 || minutes > 90) {
            throw new InvalidInputException("target_duration_minutes", "must be a whole number of minutes between 60 and 90"
                    + (minutes == null ? " (missing)" : " (was " + minutes + ")"));
        }
        UUID id = UUID.randomUUID();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("channelId", channel.get("id"));
        row.put("nicheLabel", request.nicheLabel() == null ? channel.get("brand_niche")
                : text("niche_label", request.nicheLabel(), MAX_NAME));
        String moods = text("mood_keywords", request.moodKeywords(), MAX_MOODS);
        if (moods.replace(",", "").isBlank()) {
            throw new InvalidInputException("mood_keywords", "must hold at least one keyword");
        }
        row.put("moodKeywords", moods);
        row.put("targetDurationMinutes", minutes);
        row.put("outputDirectory", request.outputDirectory() == null
                ? JobFolders.defaultFolder((String) channel.get("name"), id)
                : relativeFolder(request.outputDirectory()));
        String strategy = UploadStrategy.of(request.uploadStrategy());
        row.put("uploadStrategy", strategy);
        row.put("scheduledTime", scheduledTime(strategy, request.scheduledTime()));
        return row;
    }

    /** ISO 8601 with an offset, in the future, and only for (and required by) the {@code scheduled} strategy. */
    private static OffsetDateTime scheduledTime(String strategy, String text) {
        if (!strategy.equals("scheduled")) {
            if (text != null) {
                throw new InvalidInputException("scheduled_time", "is only taken with upload_strategy scheduled (was " + strategy + ")");
            }
            return null;
        }
        if (text == null) {
            throw new InvalidInputException("scheduled_time", "must be set when upload_strategy is scheduled");
        }
        OffsetDateTime time;
        try {
            time = OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("scheduled_time", "must be ISO 8601 with an offset, e.g. 2026-12-24T18:00:00+01:00 (was " + text + ")");
        }
        if (!time.isAfter(OffsetDateTime.now())) {
            throw new InvalidInputException("scheduled_time", "must be in the future (was " + text + ")");
        }
        return time;
    }

    /** The body a verb bound; a request sent without one is refused as the binding refuses one it cannot read. */
    public Object required(@Body Object body) {
        if (body == null || "".equals(body)) {
            throw new InvalidInputException("body", "must be valid JSON of the documented shape");
        }
        return body;
    }

    /** A path segment that must name a row by its UUID. */
    public UUID id(@Header("id") String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("id", "must be a UUID (was " + id + ")");
        }
    }

    private static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "must not be empty");
        }
        if (value.length() > maxLength) {
            throw new InvalidInputException(field, "must be at most " + maxLength + " characters (has " + value.length() + ")");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(field, "must not contain control characters");
        }
        return value.strip();
    }

    /** API clients write inside the studio's output folder only. */
    private static String relativeFolder(String folder) {
        String clean = text("output_directory", folder, 1000);
        JobFolders.refusePatternCharacters(clean);
        Path path = Path.of(clean).normalize();
        if (path.isAbsolute() || path.startsWith("..") || clean.contains("\\")) {
            throw new InvalidInputException("output_directory",
                    "must be a relative folder inside the studio's output folder, without '..' (was " + clean + ")");
        }
        return path.toString();
    }
}
