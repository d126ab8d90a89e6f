package com.channelstudio.media;

/** A media file that does not decode, or is not what it should be. */
public class MediaCheckException extends RuntimeException {

    public MediaCheckException(String message) {
        super(message);
    }
}
