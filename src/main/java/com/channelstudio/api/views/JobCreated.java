package com.channelstudio.api.views;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A planned job, as {@code POST /api/channels/{id}/jobs} answers it (a repeat with its Idempotency-Key too). */
public record JobCreated(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("channel_id") UUID channelId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String status,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("niche_label") String nicheLabel,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("mood_keywords") String moodKeywords,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "60", maximum = "90")
        @JsonProperty("target_duration_minutes") int targetDurationMinutes,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("output_directory") String outputDirectory,
        @JsonProperty("upload_strategy") String uploadStrategy,
        @JsonProperty("scheduled_time") OffsetDateTime scheduledTime,
        @JsonProperty("created_at") OffsetDateTime createdAt) {}
