package com.channelstudio.api.views;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A job in {@code GET /api/jobs}. */
public record JobSummary(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("channel_id") UUID channelId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String status,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("niche_label") String nicheLabel,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("target_duration_minutes") int targetDurationMinutes,
        @JsonProperty("output_directory") String outputDirectory,
        @JsonProperty("local_video_path") String localVideoPath,
        @JsonProperty("error_message") String errorMessage,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("updated_at") OffsetDateTime updatedAt) {}
