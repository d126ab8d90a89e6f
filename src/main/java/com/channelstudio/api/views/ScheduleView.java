package com.channelstudio.api.views;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A channel's schedule as set (docs/schedules.md), and when it last planned. */
public record ScheduleView(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("channel_id") UUID channelId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String cron,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("time_zone") String timeZone,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("videos_ahead") int videosAhead,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("mood_keywords") List<String> moodKeywords,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("target_duration_minutes") int targetDurationMinutes,
        @JsonProperty("upload_strategy") String uploadStrategy,
        @JsonProperty("publish_time") String publishTime,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean enabled,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"rotate", "learn"}) String selection,
        @JsonProperty("last_planned_at") OffsetDateTime lastPlannedAt) {}
