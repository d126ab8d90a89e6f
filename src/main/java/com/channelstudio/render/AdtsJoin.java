package com.channelstudio.render;

import com.channelstudio.jobs.AssetFailure;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Joins the program's parts, each an ADTS stream of AAC frames, into one: from each part the frames of its own
 * stretch ({@link AudioPart#framesBefore()}, {@link AudioPart#framesKept()}). Frames are copied, not decoded: each
 * ADTS frame starts with a 7- or 9-byte header that gives its length.
 */
final class AdtsJoin {

    private static final int HEADER_BYTES = 7;

    private AdtsJoin() {}

    /** @return the frames written */
    static long join(List<AudioPart> parts, List<Path> partFiles, Path joined) throws IOException {
        Path partial = joined.resolveSibling(joined.getFileName() + ".part");
        long written = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 20)) {
            for (int i = 0; i < parts.size(); i++) {
                written += copyFrames(parts.get(i), partFiles.get(i), out);
            }
        }
        Files.move(partial, joined, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return written;
    }

    private static long copyFrames(AudioPart part, Path file, OutputStream out) throws IOException {
        long frame = 0;
        long kept = 0;
        byte[] header = new byte[HEADER_BYTES];
        byte[] body = new byte[1 << 13];
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 20)) {
            while (kept < part.framesKept() && in.readNBytes(header, 0, HEADER_BYTES) == HEADER_BYTES) {
                if ((header[0] & 0xff) != 0xff || (header[1] & 0xf0) != 0xf0) {
                    throw new AssetFailure(part.label(), "its AAC stream has no ADTS frame at frame " + frame,
                            "Retry the job; the audio is encoded again");
                }
                int length = (header[3] & 0x03) << 11 | (header[4] & 0xff) << 3 | (header[5] & 0xff) >> 5;
                int bodyLength = length - HEADER_BYTES;
                if (bodyLength < 0 || in.readNBytes(body, 0, bodyLength) != bodyLength) {
                    throw new AssetFailure(part.label(), "its AAC stream ends inside frame " + frame,
                            "Retry the job; the audio is encoded again");
                }
                if (frame >= part.framesBefore()) {
                    out.write(header);
                    out.write(body, 0, bodyLength);
                    kept++;
                }
                frame++;
            }
        }
        if (part.number() < part.of() && kept < part.framesKept()) {
            throw new AssetFailure(part.label(), "its AAC stream holds " + frame + " frames, fewer than the "
                    + (part.framesBefore() + part.framesKept()) + " of its stretch", "Retry the job; the audio is encoded again");
        }
        return kept;
    }
}
