package com.channelstudio.media;

/**
 * The ITU-R BS.1770 K-weighting that loudness is measured through: a high shelf (+4 dB above about 1.5 kHz), then
 * a low cut, designed for any sample rate as libebur128 and FFmpeg's ebur128 derive them.
 */
public final class KWeighting {

    private KWeighting() {}

    public static Biquads at(double sampleRate) {
        double k = StrictMath.tan(Math.PI * 1681.974450955533 / sampleRate);
        double q = 0.7071752369554196;
        double vh = StrictMath.pow(10, 3.999843853973347 / 20);
        double vb = StrictMath.pow(vh, 0.4996667741545416);
        double a0 = 1 + k / q + k * k;
        double[] shelf = {(vh + vb * k / q + k * k) / a0, 2 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0,
                2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0};
        k = StrictMath.tan(Math.PI * 38.13547087602444 / sampleRate);
        q = 0.5003270373238773;
        a0 = 1 + k / q + k * k;
        double[] lowCut = {1, -2, 1, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0};
        return new Biquads(shelf, lowCut);
    }
}
