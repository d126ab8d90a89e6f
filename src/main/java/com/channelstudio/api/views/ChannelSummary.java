package com.channelstudio.api.views;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** An active channel in {@code GET /api/channels}, with its job counts. */
public record ChannelSummary(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("brand_niche") String brandNiche,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("total_jobs") long totalJobs,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("completed_jobs") long completedJobs) {}
