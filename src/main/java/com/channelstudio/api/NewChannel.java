package com.channelstudio.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code POST /api/channels}. */
public record NewChannel(
        @JsonProperty("name") String name,
        @JsonProperty("brand_niche") String brandNiche,
        @JsonProperty("youtube_channel_id") String youtubeChannelId,
        @JsonProperty("render_motion") String renderMotion) {}
