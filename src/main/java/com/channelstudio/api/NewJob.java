package com.channelstudio.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code POST /api/channels/{id}/jobs}; niche and output folder default from the channel. {@code scheduled_time} is
 * text here so that a malformed one is answered naming the field.
 */
public record NewJob(
        @JsonProperty("niche_label") String nicheLabel,
        @JsonProperty("mood_keywords") String moodKeywords,
        @JsonProperty("target_duration_minutes") Integer targetDurationMinutes,
        @JsonProperty("output_directory") String outputDirectory,
        @JsonProperty("upload_strategy") String uploadStrategy,
        @JsonProperty("scheduled_time") String scheduledTime) {}
