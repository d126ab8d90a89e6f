package com.channelstudio.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The meters' stretch-at-once reading of the peaks between samples against the limiter's frame-by-frame one. */
class InterSamplePeaksTest {

    /**
     * Noise with a full-scale tone near the top of the band in the middle (where the points between samples rise
     * over the samples): over every stretch, of any start and length, one channel at a time, the loudest point is
     * the one {@code after} finds frame by frame.
     */
    @Test
    void readsAStretchAsTheFramesOneByOne() {
        SplittableRandom random = new SplittableRandom(7);
        float[] signal = new float[2000];
        float[] silence = new float[signal.length];
        for (int i = 0; i < signal.length; i++) {
            signal[i] = (float) (i > 800 && i < 1200 ? 0.9 * Math.sin(2 * Math.PI * 0.23 * i + 0.6) : random.nextDouble(-0.5, 0.5));
        }
        for (int[] stretch : new int[][] {{7, 1992}, {7, 8}, {790, 918}, {1000, 1001}, {1500, 1628}}) {
            float byFrame = 0;
            for (int at = stretch[0]; at < stretch[1]; at++) {
                byFrame = Math.max(byFrame, InterSamplePeaks.after(signal, silence, at));
            }

            float atOnce = InterSamplePeaks.loudest(signal, stretch[0], stretch[1]);

            assertThat(atOnce).as("frames %d to %d", stretch[0], stretch[1]).isCloseTo(byFrame, within(1e-5f));
        }
        assertThat(InterSamplePeaks.loudest(signal, 800, 1200)).as("the tone's crests, between its samples")
                .isGreaterThan(0.895f).isLessThanOrEqualTo(0.9f * InterSamplePeaks.OVERSHOOT_BOUND);
    }
}
