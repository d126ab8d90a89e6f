package com.channelstudio.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A stretch of the program that one AAC encoder makes, side by side with the encoders of the other stretches: AAC
 * is encoded on one thread, so an hour took one core 33 s. Each part keeps the samples {@code [keepFrom, keepTo)}
 * and encodes a second more either side ({@code [firstSample, endSample)}), dropped when the parts are joined: at
 * each seam both encoders have heard the same second of music, so they code its frames alike and the joined stream
 * decodes there as one encode would (measured: the same 60 dB SNR against the program at the seam as one encode).
 * Every bound is a whole AAC frame of 1024 samples from the start, so the parts' frames line up.
 */
public record AudioPart(int number, int of, long firstSample, long endSample, long keepFrom, long keepTo) {

    static final int AAC_FRAME = 1024;
    /** What each encoder hears beyond its own stretch: 47 frames, about a second at 48 kHz. */
    static final long OVERLAP = 47L * AAC_FRAME;
    /** A part keeps at least this many seconds: a short program is not worth another process. */
    private static final int SHORTEST_PART_SECONDS = 30;

    /** The program of {@code totalSamples} in up to {@code encoders} parts of about equal length. */
    static List<AudioPart> split(long totalSamples, int sampleRate, int encoders) {
        int parts = (int) Math.max(1, Math.min(encoders, totalSamples / ((long) SHORTEST_PART_SECONDS * sampleRate)));
        List<AudioPart> split = new ArrayList<>();
        long from = 0;
        for (int i = 1; i <= parts; i++) {
            long to = i == parts ? totalSamples : Math.round((double) totalSamples * i / parts / AAC_FRAME) * AAC_FRAME;
            split.add(new AudioPart(i, parts, Math.max(0, from - OVERLAP), Math.min(totalSamples, to + OVERLAP), from, to));
            from = to;
        }
        return split;
    }

    /** How many of this part's encoded frames come before what it keeps: the encoder's priming frame is kept by the first. */
    long framesBefore() {
        return number == 1 ? 0 : (keepFrom - firstSample) / AAC_FRAME + 1;
    }

    /**
     * How many of this part's encoded frames it keeps: the frames whose samples start before {@code keepTo}, after
     * the priming frame (whose samples come before the first). The last part keeps its encoder's last frames too.
     */
    long framesKept() {
        return number == of ? Long.MAX_VALUE : (keepTo - firstSample + AAC_FRAME - 1) / AAC_FRAME + 1 - framesBefore();
    }

    String label() {
        return of == 1 ? "program audio" : "program audio part " + number + " of " + of;
    }
}
