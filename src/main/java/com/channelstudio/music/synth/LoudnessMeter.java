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
    /** The high shelf, then the low cut. */
    private static final Biquads K_WEIGHTING;

    static {
        // The BS.1770 filters as libebur128 derives them for any rate.
        double rate = (double) Synthesizer.SAMPLE_RATE / STRIDE;
        double k = StrictMath.tan(Math.PI * 1681.974450955533 / rate);
        double q = 0.7071752369554196;
        double vh = StrictMath.pow(10, 3.999843853973347 / 20);
        double vb = StrictMath.pow(vh, 0.4996667741545416);
        double a0 = 1 + k / q + k * k;
        double[] shelf = {(vh + vb * k / q + k * k) / a0, 2 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0,
                2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0};
        k = StrictMath.tan(Math.PI * 38.13547087602444 / rate);
        q = 0.5003270373238773;
        a0 = 1 + k / q + k * k;
        double[] lowCut = {1, -2, 1, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0};
        K_WEIGHTING = new Biquads(shelf, lowCut);
    }

    private final double[] left = K_WEIGHTING.newState();
    private final double[] right = K_WEIGHTING.newState();
    /** Where in the next block the next frame to read lies. */
    private int phase;

    /** Mean weighted power of the frames of this block the meter reads; 0 when it reads none. */
    double power(float[] leftIn, float[] rightIn, int count) {
        double sum = 0;
        int read = 0;
        int i = phase;
        for (; i < count; i += STRIDE, read++) {
            double l = K_WEIGHTING.filter(left, leftIn[i]);
            double r = K_WEIGHTING.filter(right, rightIn[i]);
            sum += l * l + r * r;
        }
        phase = i - count;
        return read == 0 ? 0 : sum / read;
    }
}
