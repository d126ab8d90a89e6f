package com.channelstudio.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PeakLimiterTest {

    private static final int RATE = 48_000;
    private static final float CEILING = 0.75f;

    /** Runs the signal through a fresh limiter in uneven blocks and returns its output realigned with the input. */
    private static float[][] limit(float[] left, float[] right) {
        PeakLimiter limiter = new PeakLimiter(CEILING, 192, 4800, 1024);
        int latency = limiter.latency();
        int total = left.length + latency;
        float[] outLeft = new float[total];
        float[] outRight = new float[total];
        System.arraycopy(left, 0, outLeft, 0, left.length);
        System.arraycopy(right, 0, outRight, 0, right.length);
        float[] blockLeft = new float[1024];
        float[] blockRight = new float[1024];
        int[] sizes = {1024, 333, 1, 700, 1024};
        for (int start = 0, b = 0; start < total; b++) {
            int count = Math.min(sizes[b % sizes.length], total - start);
            System.arraycopy(outLeft, start, blockLeft, 0, count);
            System.arraycopy(outRight, start, blockRight, 0, count);
            limiter.process(blockLeft, blockRight, count);
            System.arraycopy(blockLeft, 0, outLeft, start, count);
            System.arraycopy(blockRight, 0, outRight, start, count);
            start += count;
        }
        float[][] aligned = {new float[left.length], new float[right.length]};
        System.arraycopy(outLeft, latency, aligned[0], 0, left.length);
        System.arraycopy(outRight, latency, aligned[1], 0, right.length);
        return aligned;
    }

    private static float[] sine(int frames, double hz, double amplitude, double phase, int from, int to) {
        float[] x = new float[frames];
        for (int i = from; i < to; i++) {
            x[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / RATE + phase));
        }
        return x;
    }

    private static double peak(float[] x, int from, int to) {
        double peak = 0;
        for (int i = from; i < to; i++) {
            peak = Math.max(peak, Math.abs(x[i]));
        }
        return peak;
    }

    @Test
    void aQuietSignalPassesUnchangedOnlyDelayed() {
        int frames = RATE;
        float[] left = sine(frames, 440, 0.5, 0, 0, frames);
        float[] right = sine(frames, 660, 0.6, 1, 0, frames);
        float[][] out = limit(left, right);
        assertThat(out[0]).hasSize(frames).containsExactly(left);
        assertThat(out[1]).hasSize(frames).containsExactly(right);
    }

    @Test
    void aBurstFarOverTheCeilingComesOutAtTheCeilingAndNeverAbove() {
        int frames = 2 * RATE;
        int from = RATE / 2;
        int to = RATE;
        // 12 dB over the ceiling, on the right channel only.
        float[] left = sine(frames, 220, 0.3, 0, 0, frames);
        float[] right = sine(frames, 1000, 4 * CEILING, 0, from, to);
        float[][] out = limit(left, right);
        for (float[] channel : out) {
            assertThat(peak(channel, 0, frames)).as("no frame over the ceiling").isLessThanOrEqualTo(CEILING * 1.0001);
        }
        assertThat(peak(out[1], from + RATE / 10, to - RATE / 10)).as("held at the ceiling, not below")
                .isCloseTo(CEILING, within(CEILING * 0.01));
        assertThat(peak(out[0], 0, from - 250)).as("untouched before the look-ahead").isCloseTo(0.3, within(1e-4));
        // The gain rides both channels alike, so the quiet one dips too, then returns after the release.
        assertThat(peak(out[0], from + RATE / 10, to - RATE / 10)).isLessThan(0.3 / 3);
        assertThat(peak(out[0], to + RATE / 2, frames)).as("recovered half a second later")
                .isCloseTo(0.3, within(0.003));
    }

    @Test
    void peaksBetweenSamplesCountToo() {
        int frames = RATE;
        // A quarter of the rate, sampled 45 degrees off its crests: every sample reads 0.707 of the true peak of 1,
        // under the ceiling, though the wave between the samples is a third above it.
        float[] wave = sine(frames, RATE / 4.0, 1.0, Math.PI / 4, 0, frames);
        float[][] out = limit(wave, wave.clone());
        assertThat(peak(wave, 0, frames)).isLessThan(CEILING);
        assertThat(peak(out[0], RATE / 4, frames)).as("true peak brought to the ceiling")
                .isCloseTo(CEILING * Math.sqrt(0.5), within(0.01));
    }
}
