package com.channelstudio.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code POST /api/channels/{id}/jobs}; niche and output folder default from the channel. {@code scheduled_time} is
 * text here so that a malformed one is answered naming the field.
 */
public record NewJob(
        @Schema(maxLength = ApiRequests.MAX_NAME, description = "default: the channel's brand_niche")
        @JsonProperty("niche_label") String nicheLabel,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = ApiRequests.MAX_MOODS,
                example = "misty, hopeful")
        @JsonProperty("mood_keywords") String moodKeywords,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "60", maximum = "90")
        @JsonProperty("target_duration_minutes") Integer targetDurationMinutes,
        @Schema(maxLength = 1000, description = "a folder inside studio.output-dir; default <channel>/<date>-<job id>")
        @JsonProperty("output_directory") String outputDirectory,
        @Schema(allowableValues = {"none", "private", "unlisted", "public", "scheduled"}, description = "default: none")
        @JsonProperty("upload_strategy") String uploadStrategy,
        @Schema(format = "date-time", description = "ISO 8601 with an offset, in the future; only, and required, with scheduled")
        @JsonProperty("scheduled_time") String scheduledTime) {}
