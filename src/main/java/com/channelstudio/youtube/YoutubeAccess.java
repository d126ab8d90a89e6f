package com.channelstudio.youtube;

import com.google.api.client.auth.oauth2.Credential;
import com.google.api.client.http.HttpRequestFactory;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.json.JsonFactory;

/** One channel's authorised access, for the duration of one claim: its credential renews the access token on a 401. */
public record YoutubeAccess(Credential credential, HttpTransport transport, JsonFactory json) {

    /** Plain requests (a resumable session's status query and chunks) with the same authorisation as the client's. */
    HttpRequestFactory requests() {
        return transport.createRequestFactory(credential);
    }
}
