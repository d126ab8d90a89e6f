package com.channelstudio.media;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The file extension a checked media file deserves, from the codec FFmpeg found in it: providers deliver MP3,
 * JPEG and the like, and the stored file should say what it is rather than keep the planned name's extension.
 */
public final class MediaFormats {

    private static final Map<String, String> BY_CODEC = Map.ofEntries(
            Map.entry("mp3", "mp3"), Map.entry("aac", "aac"), Map.entry("flac", "flac"), Map.entry("vorbis", "ogg"),
            Map.entry("opus", "opus"), Map.entry("mjpeg", "jpg"), Map.entry("png", "png"), Map.entry("webp", "webp"),
            Map.entry("bmp", "bmp"), Map.entry("gif", "gif"));

    private MediaFormats() {}

    /** {@code target} with the extension of the first stream's codec; PCM stays WAV, unknown codecs keep it. */
    public static Path named(Path target, List<String> streams) {
        for (String stream : streams) {
            int kind = Math.max(stream.indexOf("Audio: "), stream.indexOf("Video: "));
            if (kind < 0) {
                continue;
            }
            String codec = stream.substring(kind + 7).split("[ ,(]", 2)[0];
            String extension = codec.startsWith("pcm_") ? "wav" : BY_CODEC.get(codec);
            if (extension == null) {
                return target;
            }
            String name = target.getFileName().toString();
            int dot = name.lastIndexOf('.');
            return target.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + "." + extension);
        }
        return target;
    }
}
