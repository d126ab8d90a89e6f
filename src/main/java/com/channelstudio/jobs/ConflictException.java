package com.channelstudio.jobs;

/** The request does not fit the resource's current state, e.g. retrying a job that has not failed (409). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
