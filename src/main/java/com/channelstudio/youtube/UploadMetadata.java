package com.channelstudio.youtube;

import com.channelstudio.config.LanguageTags;
import com.channelstudio.jobs.InvalidInputException;
import com.google.api.client.util.DateTime;
import com.google.api.services.youtube.model.Video;
import com.google.api.services.youtube.model.VideoLocalization;
import com.google.api.services.youtube.model.VideoSnippet;
import com.google.api.services.youtube.model.VideoStatus;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a video is uploaded with, checked against YouTube's rules before any call, so a package YouTube would
 * refuse fails naming the field instead of spending quota. A Short has no thumbnail file (YouTube shows a frame).
 */
public record UploadMetadata(String title, String description, List<String> tags, String privacyStatus,
        OffsetDateTime publishAt, String videoFile, String thumbnailFile, Map<String, ExportPackage.Localized> localizations) {

    static final int MAX_TITLE_CHARS = 100;
    static final int MAX_DESCRIPTION_BYTES = 5000;
    /**
     * The blank line and the job reference every upload's description ends with (a Short's adds " short 1" to its own
     * one-line description, far under the limit).
     */
    static final int REFERENCE_BYTES = ("\n\n" + EarlierUploads.reference(new UUID(0, 0))).length();
    static final int MAX_TAGS_CHARS = 500;
    static final String CATEGORY_MUSIC = "10";
    /** The language of every upload's own title and description; the localizations add others. */
    static final String DEFAULT_LANGUAGE = "en";

    public UploadMetadata {
        inTheExportFolder("video_file", videoFile);
        if (thumbnailFile != null) {
            inTheExportFolder("thumbnail_file", thumbnailFile);
        }
        checkTitle("title", title);
        String text = description == null ? "" : description;
        checkDescription("description", text, REFERENCE_BYTES);
        Chapters.check(text);
        localizations = localizations == null ? Map.of() : Map.copyOf(localizations);
        localizations.forEach((language, localized) -> {
            if (!LanguageTags.valid(language) || language.equalsIgnoreCase(DEFAULT_LANGUAGE)) {
                throw new InvalidInputException("localizations." + language, LanguageTags.RULE + ", other than en");
            }
            checkTitle("localizations." + language + ".title", localized.title());
            checkDescription("localizations." + language + ".description",
                    localized.description() == null ? "" : localized.description(), 0);
        });
        tags = tags == null ? List.of() : List.copyOf(tags);
        int tagChars = tags.stream().mapToInt(UploadMetadata::countedLength).sum() + Math.max(0, tags.size() - 1);
        if (tagChars > MAX_TAGS_CHARS) {
            throw new InvalidInputException("tags", "must be at most " + MAX_TAGS_CHARS
                    + " characters together, a tag with a space counting its quotes (has " + tagChars + ")");
        }
        tags.forEach(tag -> noAngleBrackets("tags", tag));
        if (!List.of("private", "unlisted", "public").contains(privacyStatus)) {
            throw new InvalidInputException("privacyStatus", "must be private, unlisted or public (was " + privacyStatus + ")");
        }
        if (publishAt != null && !"private".equals(privacyStatus)) {
            throw new InvalidInputException("publishAt", "is only allowed with privacyStatus private");
        }
        description = text;
    }

    private static void checkTitle(String field, String title) {
        if (title == null || title.isBlank()) {
            throw new InvalidInputException(field, "must not be empty (export/metadata.json)");
        }
        if (title.codePointCount(0, title.length()) > MAX_TITLE_CHARS) {
            throw new InvalidInputException(field, "must be at most " + MAX_TITLE_CHARS + " characters (has "
                    + title.codePointCount(0, title.length()) + ")");
        }
        noAngleBrackets(field, title);
    }

    /** @param reserved bytes the upload adds to it (the job reference ends the default language's) */
    private static void checkDescription(String field, String text, int reserved) {
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_DESCRIPTION_BYTES - reserved) {
            throw new InvalidInputException(field, "must be at most " + (MAX_DESCRIPTION_BYTES - reserved) + " bytes in UTF-8"
                    + (reserved > 0 ? ", leaving room for the job reference the upload adds" : "") + " (has " + bytes + ")");
        }
        noAngleBrackets(field, text);
    }

    /** metadata.json names the files of its own folder: a path out of it ("../../…") would upload any file. */
    private static void inTheExportFolder(String field, String file) {
        if (file == null || file.isBlank() || file.contains("/") || file.contains("\\") || file.equals(".") || file.equals("..")) {
            throw new InvalidInputException(field, "must name a file in the job's export folder, without a folder "
                    + "(export/metadata.json; was " + file + ")");
        }
    }

    /** The package's metadata for an upload of this strategy; {@code scheduled} is private until {@code scheduledTime}. */
    static UploadMetadata of(ExportPackage export, String strategy, OffsetDateTime scheduledTime) {
        boolean scheduled = "scheduled".equals(strategy);
        if (scheduled && scheduledTime == null) {
            throw new InvalidInputException("scheduled_time", "must be set when upload_strategy is scheduled");
        }
        inTheExportFolder("thumbnail_file", export.thumbnailFile());
        return new UploadMetadata(export.title(), export.description(), export.tags(), scheduled ? "private" : strategy,
                scheduled ? scheduledTime : null, export.videoFile(), export.thumbnailFile(), export.localizations());
    }

    /** The video resource of the insert, with the channel's options; its description ends with the reference. */
    Video video(UploadOptions options, String reference) {
        VideoSnippet snippet = new VideoSnippet().setTitle(title)
                .setDescription(description + "\n\n" + reference).setTags(tags)
                .setCategoryId(CATEGORY_MUSIC).setDefaultLanguage(DEFAULT_LANGUAGE);
        VideoStatus status = new VideoStatus().setPrivacyStatus(privacyStatus)
                .setSelfDeclaredMadeForKids(options.selfDeclaredMadeForKids())
                .setContainsSyntheticMedia(options.containsSyntheticMedia());
        if (publishAt != null) {
            status.setPublishAt(new DateTime(publishAt.toInstant().toEpochMilli()));
        }
        Video video = new Video().setSnippet(snippet).setStatus(status);
        if (!localizations.isEmpty()) {
            Map<String, VideoLocalization> translated = new LinkedHashMap<>();
            localizations.forEach((language, localized) -> translated.put(language,
                    new VideoLocalization().setTitle(localized.title()).setDescription(localized.description())));
            video.setLocalizations(translated);
        }
        return video;
    }

    private static int countedLength(String tag) {
        return tag.length() + (tag.contains(" ") ? 2 : 0);
    }

    private static void noAngleBrackets(String field, String value) {
        if (value.indexOf('<') >= 0 || value.indexOf('>') >= 0) {
            throw new InvalidInputException(field, "must not contain < or >");
        }
    }
}
