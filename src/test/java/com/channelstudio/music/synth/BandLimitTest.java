package com.channelstudio.music.synth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BandLimitTest {

    /** Level in dB of a sine at {@code hertz} after the band limit (power ratio, once the filter has settled). */
    private static double gainDb(double hertz) {
        int frames = 48_000;
        float[] left = new float[frames];
        float[] right = new float[frames];
        for (int i = 0; i < frames; i++) {
            left[i] = (float) Math.sin(2 * Math.PI * hertz * i / 48_000);
            right[i] = -left[i];
        }
        BandLimit band = new BandLimit();
        for (int start = 0; start < frames; start += 1024) {
            float[] blockLeft = java.util.Arrays.copyOfRange(left, start, Math.min(frames, start + 1024));
            float[] blockRight = java.util.Arrays.copyOfRange(right, start, Math.min(frames, start + 1024));
            band.process(blockLeft, blockRight, blockLeft.length);
            System.arraycopy(blockLeft, 0, left, start, blockLeft.length);
            System.arraycopy(blockRight, 0, right, start, blockRight.length);
        }
        double power = 0;
        for (int i = frames / 2; i < frames; i++) {
            power += left[i] * left[i] + right[i] * right[i];
        }
        return 10 * Math.log10(power / frames / 0.5);
    }

    @Test
    void theMusicBandPassesAndTheTopOctaveIsCut() {
        assertThat(gainDb(1_000)).as("1 kHz").isBetween(-0.05, 0.05);
        assertThat(gainDb(10_000)).as("10 kHz").isBetween(-0.2, 0.05);
        assertThat(gainDb(16_000)).as("16 kHz, the corner").isBetween(-3.3, -2.7);
        assertThat(gainDb(20_000)).as("20 kHz").isLessThan(-12);
    }
}
