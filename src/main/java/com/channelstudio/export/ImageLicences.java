package com.channelstudio.export;

import com.channelstudio.images.BuiltInImageProvider;

/** The terms each image provider publishes for what it generates (the images table has no licence column). */
final class ImageLicences {

    private ImageLicences() {}

    static String of(String provider) {
        return switch (provider) {
            case "dummy" -> BuiltInImageProvider.LICENCE;
            case "leonardo" -> "https://leonardo.ai/terms-of-service/";
            case "gemini" -> "https://ai.google.dev/gemini-api/terms";
            default -> "unknown provider " + provider;
        };
    }
}
