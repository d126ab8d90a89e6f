package com.channelstudio.api.views;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A channel as registered or changed. */
public record ChannelView(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("brand_niche") String brandNiche,
        @JsonProperty("youtube_channel_id") String youtubeChannelId,
        @Schema(description = "its pictures' motion; null: studio.render.motion's") @JsonProperty("render_motion") String renderMotion,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("is_active") boolean isActive,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("updated_at") OffsetDateTime updatedAt) {}
