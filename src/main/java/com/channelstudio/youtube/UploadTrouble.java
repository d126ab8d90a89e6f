package com.channelstudio.youtube;

import java.time.OffsetDateTime;

/**
 * Why an upload attempt stopped, and what follows: {@code waitsFor} which scope (the Google Cloud project's quota,
 * the channel's upload cap, the channel's token, or only this job), until {@code notBefore} (null: for good).
 *
 * @param state the job's upload_state from now: waiting (tried again after notBefore) or failed
 */
public record UploadTrouble(Scope scope, String state, OffsetDateTime notBefore, String message) {

    public enum Scope { PROJECT_QUOTA, CHANNEL_QUOTA, CHANNEL_TOKEN, JOB }
}
