package com.channelstudio.media;

import java.util.Arrays;

/**
 * A look-ahead peak limiter that rides the gain of a stereo stream instead of bending its waveform, so no
 * sample and no peak between samples rises above the ceiling. The output is the input delayed by
 * {@link #latency()} frames.
 */
public final class PeakLimiter {

    private static final int HALF_TAPS = InterSamplePeaks.HALF_TAPS;
    private static final int TAPS = 2 * HALF_TAPS;
    private static final float OVERSHOOT_BOUND = InterSamplePeaks.OVERSHOOT_BOUND;
    private static final double SETTLED = 0.9999;
    private static final int RING = 512;
    private static final int MASK = RING - 1;

    private final float ceiling;
    private final int window;
    private final int latency;
    private final double releaseDecay;
    /** The last {@link #latency()} input frames, then the block being processed: the delay line and the history. */
    private final float[] delayLeft;
    private final float[] delayRight;
    private final float[] loudness;
    private final float[] gains;
    private final int[] minIndex = new int[RING];
    private final float[] minGain = new float[RING];
    private final double[] envelopes = new double[RING];
    private int minHead;
    private int minTail;
    private int position;
    private int quietFor = TAPS;
    private double envelope = 1;
    private boolean settled = true;
    private double envelopeSum;
    private float lowestGain = 1f;

    /**
     * @param lookAhead frames over which the gain moves down before a peak; from 8 to 511
     * @param releaseFrames time constant, in frames, of the gain's return to unity after a peak
     * @param maxBlock the most frames one call to {@link #process} may hand over
     */
    public PeakLimiter(float ceiling, int lookAhead, int releaseFrames, int maxBlock) {
        if (lookAhead < HALF_TAPS || lookAhead >= RING) {
            throw new IllegalArgumentException("look-ahead out of range: " + lookAhead);
        }
        this.ceiling = ceiling;
        this.window = lookAhead;
        this.latency = lookAhead + HALF_TAPS - 1;
        this.releaseDecay = StrictMath.exp(-1.0 / releaseFrames);
        this.envelopeSum = lookAhead;
        Arrays.fill(envelopes, 1.0);
        delayLeft = new float[latency + maxBlock];
        delayRight = new float[latency + maxBlock];
        loudness = new float[maxBlock];
        gains = new float[maxBlock];
    }

    /**
     * Frames by which the output lags the input: the look-ahead, plus the frames the estimate of the peaks after
     * a frame must wait for.
     */
    public int latency() {
        return latency;
    }

    /** The deepest the gain has gone so far: 1 when the limiter has not had to act. */
    public float lowestGain() {
        return lowestGain;
    }

    /** Limits {@code count} frames in place; each slot receives the frame that entered {@link #latency()} earlier. */
    public void process(float[] left, float[] right, int count) {
        System.arraycopy(left, 0, delayLeft, latency, count);
        System.arraycopy(right, 0, delayRight, latency, count);
        float loudest = 0;
        for (int i = 0; i < count; i++) {
            loudness[i] = Math.max(Math.abs(left[i]), Math.abs(right[i]));
            loudest = Math.max(loudest, loudness[i]);
        }
        if (settled && quietFor == TAPS && loudest * OVERSHOOT_BOUND <= ceiling) {
            // Nothing near the ceiling and no gain left to release: the block only passes through the delay.
            position += count;
            System.arraycopy(delayLeft, 0, left, 0, count);
            System.arraycopy(delayRight, 0, right, 0, count);
        } else {
            rideGain(count);
            for (int i = 0; i < count; i++) {
                left[i] = delayLeft[i] * gains[i];
                right[i] = delayRight[i] * gains[i];
            }
        }
        System.arraycopy(delayLeft, count, delayLeft, 0, latency);
        System.arraycopy(delayRight, count, delayRight, 0, latency);
    }

    private void rideGain(int count) {
        double inverseWindow = 1.0 / window;
        for (int i = 0; i < count; i++) {
            // Only a loud frame nearby can put the stretch after frame k over the ceiling; most frames skip the work.
            quietFor = loudness[i] * OVERSHOOT_BOUND > ceiling ? 0 : Math.min(quietFor + 1, TAPS);
            int k = position++ - HALF_TAPS;
            float needed = quietFor < TAPS ? requiredGain(i + latency - HALF_TAPS) : 1f;
            while (minTail != minHead && minGain[(minTail - 1) & MASK] >= needed) {
                minTail--;
            }
            if (needed < 1f) {
                minIndex[minTail & MASK] = k;
                minGain[minTail & MASK] = needed;
                minTail++;
            }
            // Held one frame longer than the window, so the gain covers both ends of the stretch.
            while (minTail != minHead && k - minIndex[minHead & MASK] > window) {
                minHead++;
            }
            double held = minTail == minHead ? 1 : minGain[minHead & MASK];
            double released = envelope * releaseDecay + held * (1 - releaseDecay);
            envelope = held < released ? held : released;
            // The moving average lowers the gain smoothly over the look-ahead and is fully down when the peak plays.
            envelopeSum += envelope - envelopes[(k - window) & MASK];
            envelopes[k & MASK] = envelope;
            gains[i] = (float) (envelopeSum * inverseWindow);
            lowestGain = Math.min(lowestGain, gains[i]);
        }
        // Nothing pending and the release all but done: the last 0.001 dB is let go at once, so later quiet blocks
        // can skip the work.
        settled = minTail == minHead && envelope > SETTLED;
        if (settled) {
            envelope = 1;
            Arrays.fill(envelopes, 1.0);
            envelopeSum = window;
        }
    }

    /** Gain that keeps the frame at {@code at} in the delay line, and the points up to the next, under the ceiling. */
    private float requiredGain(int at) {
        float peak = InterSamplePeaks.after(delayLeft, delayRight, at);
        return peak <= ceiling ? 1f : ceiling / peak;
    }
}
