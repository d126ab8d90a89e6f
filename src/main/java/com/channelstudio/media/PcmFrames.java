package com.channelstudio.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Arrays;

/**
 * A stereo stream of 32-bit float PCM (interleaved, little-endian) read frame by frame, each frame's samples held
 * with the last {@link #BEFORE} of the frame before and the first {@link #AFTER} of the next (zeros past the ends),
 * as {@link InterSamplePeaks} needs them: the frame's own samples lie at {@code BEFORE} to {@code BEFORE + count()}.
 */
final class PcmFrames {

    static final int BEFORE = InterSamplePeaks.HALF_TAPS - 1;
    static final int AFTER = InterSamplePeaks.HALF_TAPS;
    private static final int BYTES_PER_FRAME = 8;

    private final InputStream pcm;
    private final int frameSamples;
    private final float[] left;
    private final float[] right;
    private final byte[] bytes;
    private final FloatBuffer samples;
    private final float[] nextLeft;
    private final float[] nextRight;
    private int nextCount = -1;
    private int count;

    PcmFrames(InputStream pcm, int frameSamples) {
        this.pcm = pcm;
        this.frameSamples = frameSamples;
        this.left = new float[BEFORE + frameSamples + AFTER];
        this.right = new float[BEFORE + frameSamples + AFTER];
        this.bytes = new byte[frameSamples * BYTES_PER_FRAME];
        this.samples = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
        this.nextLeft = new float[frameSamples];
        this.nextRight = new float[frameSamples];
    }

    /** Moves to the next frame; @return false at the end of the stream */
    boolean next() throws IOException {
        if (nextCount < 0) {
            nextCount = read();
        }
        if (nextCount == 0) {
            return false;
        }
        System.arraycopy(left, frameSamples, left, 0, BEFORE);
        System.arraycopy(right, frameSamples, right, 0, BEFORE);
        System.arraycopy(nextLeft, 0, left, BEFORE, nextCount);
        System.arraycopy(nextRight, 0, right, BEFORE, nextCount);
        count = nextCount;
        nextCount = read();
        Arrays.fill(left, BEFORE + count, left.length, 0f);
        Arrays.fill(right, BEFORE + count, right.length, 0f);
        System.arraycopy(nextLeft, 0, left, BEFORE + count, Math.min(AFTER, nextCount));
        System.arraycopy(nextRight, 0, right, BEFORE + count, Math.min(AFTER, nextCount));
        return true;
    }

    float[] left() {
        return left;
    }

    float[] right() {
        return right;
    }

    /** The frame's samples: {@code frameSamples}, or fewer for the last. */
    int count() {
        return count;
    }

    /** Reads up to a frame ahead; @return the samples read, 0 at the end of the stream */
    private int read() throws IOException {
        int frames = pcm.readNBytes(bytes, 0, bytes.length) / BYTES_PER_FRAME;
        for (int i = 0; i < frames; i++) {
            nextLeft[i] = samples.get(2 * i);
            nextRight[i] = samples.get(2 * i + 1);
        }
        return frames;
    }
}
