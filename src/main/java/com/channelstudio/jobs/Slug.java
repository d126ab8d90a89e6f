package com.channelstudio.jobs;

import java.util.Locale;

/** A file-name-safe form of a name: lower-case letters, digits and dashes only, so no name can escape a folder. */
public final class Slug {

    static final int MAX_LENGTH = 60;

    private Slug() {}

    public static String of(String text, String fallback) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? fallback : slug.substring(0, Math.min(MAX_LENGTH, slug.length()));
    }
}
