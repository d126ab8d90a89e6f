package com.channelstudio.youtube;

/** The studio has no OAuth client to exchange refresh tokens with: the operator must configure one and restart. */
public class YoutubeNotConfiguredException extends RuntimeException {

    static final String MESSAGE = "studio.youtube.client-id and studio.youtube.client-secret must be set to the Google Cloud "
            + "OAuth client the refresh tokens were issued to (STUDIO_YOUTUBE_CLIENT_ID, STUDIO_YOUTUBE_CLIENT_SECRET), then restart";

    public YoutubeNotConfiguredException() {
        super(MESSAGE);
    }
}
