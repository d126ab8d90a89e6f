package com.channelstudio.providers;

import java.time.Instant;

/**
 * Where an asynchronous generation stands, as the last poll saw it. {@code resultUrl} is set once it is done.
 */
public record Generation(State state, String status, String resultUrl, Instant deadline) {

    public enum State { PENDING, DONE, FAILED }

    public static Generation pending(String status) {
        return new Generation(State.PENDING, status, null, null);
    }

    public static Generation done(String status, String resultUrl) {
        return new Generation(State.DONE, status, resultUrl, null);
    }

    public static Generation failed(String status) {
        return new Generation(State.FAILED, status, null, null);
    }

    public boolean isPending() {
        return state == State.PENDING;
    }

    Generation until(Instant deadline) {
        return new Generation(state, status, resultUrl, deadline);
    }
}
