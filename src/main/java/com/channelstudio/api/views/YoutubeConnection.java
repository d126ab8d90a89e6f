package com.channelstudio.api.views;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A channel's YouTube connection: never the token itself. */
public record YoutubeConnection(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID id,
        @JsonProperty("youtube_channel_id") String youtubeChannelId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean connected,
        @Schema(description = "why its uploads are paused, if they are") @JsonProperty("uploads_paused") String uploadsPaused,
        @JsonProperty("uploads_wait_until") OffsetDateTime uploadsWaitUntil,
        @JsonProperty("self_declared_made_for_kids") Boolean selfDeclaredMadeForKids,
        @JsonProperty("contains_synthetic_media") Boolean containsSyntheticMedia,
        @JsonProperty("playlist_id") String playlistId) {}
