package com.channelstudio.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code POST /api/channels/{id}/jobs}; niche and output folder default from the channel. */
public record NewJob(
        @JsonProperty("niche_label") String nicheLabel,
        @JsonProperty("mood_keywords") String moodKeywords,
        @JsonProperty("target_duration_minutes") Integer targetDurationMinutes,
        @JsonProperty("output_directory") String outputDirectory) {}
