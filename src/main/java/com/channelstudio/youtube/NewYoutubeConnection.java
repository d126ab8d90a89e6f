package com.channelstudio.youtube;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code PUT /api/channels/{id}/youtube}: a refresh token obtained elsewhere for the channel's Google account. */
public record NewYoutubeConnection(@JsonProperty("refresh_token") String refreshToken) {

    @Override
    public String toString() {
        return "NewYoutubeConnection[refresh_token=(hidden)]";
    }
}
