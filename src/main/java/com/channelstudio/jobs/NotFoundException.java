package com.channelstudio.jobs;

/** The API was asked for a channel or job that does not exist (404). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
