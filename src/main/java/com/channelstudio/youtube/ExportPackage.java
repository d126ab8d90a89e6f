package com.channelstudio.youtube;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** The part of {@code export/metadata.json} an upload reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ExportPackage(
        @JsonProperty("title") String title,
        @JsonProperty("description") String description,
        @JsonProperty("tags") List<String> tags,
        @JsonProperty("video_file") String videoFile,
        @JsonProperty("thumbnail_file") String thumbnailFile,
        @JsonProperty("localizations") Map<String, Localized> localizations) {

    /** The title and description in one more language. */
    record Localized(@JsonProperty("title") String title, @JsonProperty("description") String description) {}
}
