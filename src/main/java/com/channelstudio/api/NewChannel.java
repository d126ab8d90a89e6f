package com.channelstudio.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** {@code POST /api/channels}. */
public record NewChannel(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = ApiRequests.MAX_NAME)
        @JsonProperty("name") String name,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = ApiRequests.MAX_NAME,
                example = "Lo-Fi Study Beats")
        @JsonProperty("brand_niche") String brandNiche,
        @Schema(maxLength = ApiRequests.MAX_YOUTUBE_ID) @JsonProperty("youtube_channel_id") String youtubeChannelId,
        @Schema(allowableValues = {"none", "zoom", "particles", "flicker"},
                description = "its pictures' motion; null: studio.render.motion's")
        @JsonProperty("render_motion") String renderMotion,
        @Schema(allowableValues = {"none", "bars", "wave"},
                description = "the music seen moving along the bottom of its pictures; null: studio.render.visualizer's")
        @JsonProperty("render_visualizer") String renderVisualizer) {}
