package com.channelstudio.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Arrays;

/**
 * The true peak of a stereo stream (32-bit float PCM, interleaved), frame by frame of {@code frameSamples}, read
 * between the samples as {@link InterSamplePeaks} does. Only a frame whose samples could reach {@code threshold}
 * between them (its loudest sample, times the interpolator's bound) is interpolated; any other is given its
 * loudest sample, which is under the threshold too. On an hour of encoded music this costs a few seconds of one
 * core, where FFmpeg's ebur128 meter, which also measures loudness and oversamples by resampling, took 14.
 */
public final class TruePeakMeter {

    private static final int BYTES_PER_FRAME = 8;
    private static final int BEFORE = InterSamplePeaks.HALF_TAPS - 1;
    private static final int AFTER = InterSamplePeaks.HALF_TAPS;

    private TruePeakMeter() {}

    /** @return each frame's peak, linear; the last frame may be shorter */
    public static float[] framePeaks(InputStream pcm, int frameSamples, float threshold) throws IOException {
        float[] peaks = new float[64];
        int frames = 0;
        // the frame being read, with the last samples of the one before and the first of the one after
        float[] left = new float[BEFORE + frameSamples + AFTER];
        float[] right = new float[BEFORE + frameSamples + AFTER];
        byte[] bytes = new byte[frameSamples * BYTES_PER_FRAME];
        FloatBuffer samples = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
        float[] nextLeft = new float[frameSamples];
        float[] nextRight = new float[frameSamples];
        int length = read(pcm, bytes, samples, nextLeft, nextRight);
        while (length > 0) {
            System.arraycopy(left, frameSamples, left, 0, BEFORE);
            System.arraycopy(right, frameSamples, right, 0, BEFORE);
            System.arraycopy(nextLeft, 0, left, BEFORE, length);
            System.arraycopy(nextRight, 0, right, BEFORE, length);
            int current = length;
            length = read(pcm, bytes, samples, nextLeft, nextRight);
            Arrays.fill(left, BEFORE + current, left.length, 0f);
            Arrays.fill(right, BEFORE + current, right.length, 0f);
            System.arraycopy(nextLeft, 0, left, BEFORE + current, Math.min(AFTER, length));
            System.arraycopy(nextRight, 0, right, BEFORE + current, Math.min(AFTER, length));
            if (frames == peaks.length) {
                peaks = Arrays.copyOf(peaks, frames * 2);
            }
            peaks[frames++] = peak(left, right, current, threshold);
        }
        return Arrays.copyOf(peaks, frames);
    }

    private static float peak(float[] left, float[] right, int count, float threshold) {
        float loudestSample = 0;
        float loudestNear = 0;
        for (int i = 0; i < left.length; i++) {
            float sample = Math.max(Math.abs(left[i]), Math.abs(right[i]));
            loudestNear = Math.max(loudestNear, sample);
            if (i >= BEFORE && i < BEFORE + count) {
                loudestSample = Math.max(loudestSample, sample);
            }
        }
        if (loudestNear * InterSamplePeaks.OVERSHOOT_BOUND <= threshold) {
            return loudestSample;
        }
        float peak = 0;
        for (int at = BEFORE; at < BEFORE + count; at++) {
            peak = Math.max(peak, InterSamplePeaks.after(left, right, at));
        }
        return peak;
    }

    /** Reads up to a frame; @return the samples read, 0 at the end of the stream */
    private static int read(InputStream pcm, byte[] bytes, FloatBuffer samples, float[] left, float[] right) throws IOException {
        int frames = pcm.readNBytes(bytes, 0, bytes.length) / BYTES_PER_FRAME;
        for (int i = 0; i < frames; i++) {
            left[i] = samples.get(2 * i);
            right[i] = samples.get(2 * i + 1);
        }
        return frames;
    }
}
