package com.channelstudio.youtube;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** {@code PUT /api/channels/{id}/youtube}: a refresh token obtained elsewhere for the channel's Google account. */
public record NewYoutubeConnection(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1) @JsonProperty("refresh_token") String refreshToken) {

    @Override
    public String toString() {
        return "NewYoutubeConnection[refresh_token=(hidden)]";
    }
}
