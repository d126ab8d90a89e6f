package com.channelstudio.youtube;

/** Google refused a channel's refresh token ({@code invalid_grant}): only the operator can mend it. */
public class RefreshTokenRefusedException extends RuntimeException {

    static final String REMEDY = "Google refused the channel's YouTube refresh token (invalid_grant: it was revoked, or it "
            + "expired after 7 days because the Google Cloud OAuth app is still in \"Testing\"). Uploads for this channel are "
            + "paused: publish the OAuth app to production (Google Cloud console, OAuth consent screen, \"Publish app\"), then "
            + "connect the channel again with PUT /api/channels/{id}/youtube and a new refresh token";

    public RefreshTokenRefusedException() {
        super(REMEDY);
    }
}
