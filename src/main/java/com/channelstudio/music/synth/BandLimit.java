package com.channelstudio.music.synth;

import com.channelstudio.media.Biquads;

/**
 * A fourth-order Butterworth low-pass at 16 kHz on both channels, ahead of the limiter. The noise-based voices
 * (drums, vinyl, rain) put as much energy above 18 kHz as between 14 and 18 kHz, which AAC drops or codes
 * coarsely anyway; cut at the master, the limiter spends no gain reduction on it and its ceiling applies to what
 * the encoder keeps.
 */
final class BandLimit {

    private static final double CUTOFF_HZ = 16_000;
    /** The two biquads of a fourth-order Butterworth: their Q values. */
    private static final double[] Q = {0.5411961001461970, 1.3065629648763766};
    private static final Biquads BUTTERWORTH;

    static {
        double w = 2 * Math.PI * CUTOFF_HZ / Synthesizer.SAMPLE_RATE;
        double[][] sections = new double[Q.length][];
        for (int s = 0; s < Q.length; s++) {
            double alpha = StrictMath.sin(w) / (2 * Q[s]);
            double cos = StrictMath.cos(w);
            double a0 = 1 + alpha;
            sections[s] = new double[] {(1 - cos) / 2 / a0, (1 - cos) / a0, (1 - cos) / 2 / a0, -2 * cos / a0, (1 - alpha) / a0};
        }
        BUTTERWORTH = new Biquads(sections);
    }

    private final double[] left = BUTTERWORTH.newState();
    private final double[] right = BUTTERWORTH.newState();

    void process(float[] leftIn, float[] rightIn, int count) {
        for (int i = 0; i < count; i++) {
            leftIn[i] = (float) BUTTERWORTH.filter(left, leftIn[i]);
            rightIn[i] = (float) BUTTERWORTH.filter(right, rightIn[i]);
        }
    }
}
