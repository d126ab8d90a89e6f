package com.channelstudio.jobs;

import java.util.List;

/** What happens to a finished video: {@code none} keeps the package only; the others upload it with that privacy. */
public final class UploadStrategy {

    public static final List<String> ALL = List.of("none", "private", "unlisted", "public", "scheduled");

    private UploadStrategy() {}

    /** The strategy asked for ({@code none} when absent), or a 400 naming {@code upload_strategy} and the choices. */
    public static String of(String requested) {
        String strategy = requested == null ? "none" : requested;
        if (!ALL.contains(strategy)) {
            throw new InvalidInputException("upload_strategy", "must be one of " + String.join(", ", ALL)
                    + " (was " + strategy + ")");
        }
        return strategy;
    }
}
