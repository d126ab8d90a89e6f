package com.channelstudio.media;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The true peak of a stereo stream (32-bit float PCM, interleaved), frame by frame of {@code frameSamples}, read
 * between the samples as {@link InterSamplePeaks} does. Only the stretches of {@link #STRETCH} samples that could
 * reach {@code threshold} between their samples (their loudest sample nearby, times the interpolator's bound) are
 * interpolated; a frame with none is given its loudest sample, which is under the threshold too. On an hour of
 * encoded music this costs a second or two of one core, where FFmpeg's ebur128 meter, which also measures loudness
 * and oversamples by resampling, took 14.
 */
public final class TruePeakMeter {

    private static final int BEFORE = PcmFrames.BEFORE;
    /**
     * Short enough that a stretch near the ceiling leaves the quieter ones around it alone (at the render's threshold,
     * limited music was read in a third of the time whole 100 ms frames took), long enough for the interpolator's loops.
     */
    private static final int STRETCH = 128;

    private TruePeakMeter() {}

    /** @return each frame's peak, linear; the last frame may be shorter */
    public static float[] framePeaks(InputStream pcm, int frameSamples, float threshold) throws IOException {
        float[] peaks = new float[64];
        int frames = 0;
        PcmFrames frame = new PcmFrames(pcm, frameSamples);
        while (frame.next()) {
            if (frames == peaks.length) {
                peaks = Arrays.copyOf(peaks, frames * 2);
            }
            peaks[frames++] = peak(frame, threshold);
        }
        return Arrays.copyOf(peaks, frames);
    }

    /**
     * The frame's true peak where it could exceed {@code threshold}; else a value under it (its loudest sample).
     * Stretch by stretch, only those whose samples could reach the threshold, or the loudest point found so far in
     * the frame, are interpolated.
     */
    static float peak(PcmFrames frame, float threshold) {
        float[] left = frame.left();
        float[] right = frame.right();
        int end = BEFORE + frame.count();
        float peak = 0;
        for (int i = BEFORE; i < end; i++) {
            peak = Math.max(peak, Math.max(Math.abs(left[i]), Math.abs(right[i])));
        }
        for (int from = BEFORE; from < end; from += STRETCH) {
            int to = Math.min(end, from + STRETCH);
            float near = 0;
            for (int i = from - BEFORE; i < to + PcmFrames.AFTER; i++) {
                near = Math.max(near, Math.max(Math.abs(left[i]), Math.abs(right[i])));
            }
            if (near * InterSamplePeaks.OVERSHOOT_BOUND > Math.max(threshold, peak)) {
                peak = Math.max(peak, Math.max(InterSamplePeaks.loudest(left, from, to), InterSamplePeaks.loudest(right, from, to)));
            }
        }
        return peak;
    }
}
