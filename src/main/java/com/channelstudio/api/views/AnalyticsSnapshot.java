package com.channelstudio.api.views;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One video's analytics of one day. */
public record AnalyticsSnapshot(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("video_job_id") UUID videoJobId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("youtube_video_id") String youtubeVideoId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("snapshot_date") LocalDate snapshotDate,
        Integer views,
        @JsonProperty("watch_time_hours") BigDecimal watchTimeHours,
        @Schema(description = "only where the channel is monetised") @JsonProperty("revenue_usd") BigDecimal revenueUsd,
        @JsonProperty("created_at") OffsetDateTime createdAt) {}
