package com.channelstudio.media;

/** A picture with more pixels than {@code studio.images.max-pixels}, refused from its header before it is decoded. */
public class ImageTooLargeException extends MediaCheckException {

    public ImageTooLargeException(String message) {
        super(message);
    }
}
