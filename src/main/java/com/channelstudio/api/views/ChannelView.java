package com.channelstudio.api.views;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A channel as registered, changed or shown. */
public record ChannelView(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("brand_niche") String brandNiche,
        @JsonProperty("youtube_channel_id") String youtubeChannelId,
        @Schema(description = "its pictures' motion; null: studio.render.motion's") @JsonProperty("render_motion") String renderMotion,
        @Schema(description = "the music seen moving along the bottom of its pictures; null: studio.render.visualizer's")
        @JsonProperty("render_visualizer") String renderVisualizer,
        @Schema(minimum = "0", maximum = "3", description = "Shorts cut from each video; null: studio.shorts.per-video's")
        @JsonProperty("shorts_per_video") Integer shortsPerVideo,
        @Schema(description = "BCP-47 tags its titles and descriptions are also given in; null: studio.youtube.languages'")
        List<String> languages,
        @Schema(description = "US dollars its provider calls may cost in a calendar month (UTC); null: no budget of its own")
        @JsonProperty("monthly_budget_usd") BigDecimal monthlyBudgetUsd,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("is_active") boolean isActive,
        @JsonProperty("created_at") OffsetDateTime createdAt,
        @JsonProperty("updated_at") OffsetDateTime updatedAt,
        @Schema(description = "GET /api/channels/{id} only: what its provider calls cost this calendar month (UTC)")
        @JsonProperty("this_month") ThisMonth thisMonth) {

    /** A channel's spend on provider calls in the current calendar month (UTC), against its budget. */
    public record ThisMonth(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-12") String month,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("spent_usd") BigDecimal spentUsd,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "US dollars per provider")
            @JsonProperty("by_provider") Map<String, BigDecimal> byProvider,
            @Schema(description = "null: the channel has no budget of its own") @JsonProperty("budget_left_usd") BigDecimal budgetLeftUsd) {}
}
