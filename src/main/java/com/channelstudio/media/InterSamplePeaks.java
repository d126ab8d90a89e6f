package com.channelstudio.media;

/**
 * The peaks between the samples of a stereo stream, as a 4x true-peak meter reads them: the points a quarter, a half
 * and three quarters of the way from a frame to the next, by a 16-tap interpolator. Drums and textures put strong
 * content near the Nyquist frequency, where a short (cubic) interpolator misses peaks by several dB.
 */
public final class InterSamplePeaks {

    /** Half the interpolator's taps: a point after frame k is made from frames k - 7 to k + 8. */
    public static final int HALF_TAPS = 8;
    private static final int TAPS = 2 * HALF_TAPS;
    /**
     * The interpolator is a Kaiser-windowed sinc. Its taps for the point halfway to the next frame are symmetric,
     * and those for a quarter of the way mirror those for three quarters, so each is folded onto the sums and
     * differences of mirrored frames: half the multiplications.
     */
    private static final float[] MIDDLE = new float[HALF_TAPS];
    private static final float[] QUARTER_EVEN = new float[HALF_TAPS];
    private static final float[] QUARTER_ODD = new float[HALF_TAPS];
    /** No interpolated point can exceed the loudest frame it is made from by more than this factor. */
    public static final float OVERSHOOT_BOUND;

    static {
        double[][] taps = new double[3][TAPS];
        double bound = 1;
        for (int p = 0; p < 3; p++) {
            double sum = 0;
            for (int j = 0; j < TAPS; j++) {
                double t = (p + 1) / 4.0 - (j - HALF_TAPS + 1);
                taps[p][j] = StrictMath.sin(Math.PI * t) / (Math.PI * t) * kaiser(t / HALF_TAPS);
                sum += Math.abs(taps[p][j]);
            }
            bound = Math.max(bound, sum);
        }
        for (int j = 0; j < HALF_TAPS; j++) {
            MIDDLE[j] = (float) taps[1][j];
            QUARTER_EVEN[j] = (float) ((taps[0][j] + taps[0][TAPS - 1 - j]) / 2);
            QUARTER_ODD[j] = (float) ((taps[0][j] - taps[0][TAPS - 1 - j]) / 2);
        }
        OVERSHOOT_BOUND = (float) bound;
    }

    private InterSamplePeaks() {}

    /**
     * The loudest of frame {@code at} and the points between it and the next, over both channels; the arrays must
     * hold frames {@code at - 7} to {@code at + 8}.
     */
    public static float after(float[] left, float[] right, int at) {
        int start = at - HALF_TAPS + 1;
        int end = start + TAPS - 1;
        float middleLeft = 0;
        float evenLeft = 0;
        float oddLeft = 0;
        float middleRight = 0;
        float evenRight = 0;
        float oddRight = 0;
        for (int j = 0; j < HALF_TAPS; j++) {
            float sumLeft = left[start + j] + left[end - j];
            float differenceLeft = left[start + j] - left[end - j];
            float sumRight = right[start + j] + right[end - j];
            float differenceRight = right[start + j] - right[end - j];
            middleLeft += MIDDLE[j] * sumLeft;
            evenLeft += QUARTER_EVEN[j] * sumLeft;
            oddLeft += QUARTER_ODD[j] * differenceLeft;
            middleRight += MIDDLE[j] * sumRight;
            evenRight += QUARTER_EVEN[j] * sumRight;
            oddRight += QUARTER_ODD[j] * differenceRight;
        }
        // The quarter and three-quarter points are even + odd and even - odd.
        float peak = Math.max(Math.abs(left[at]), Math.abs(right[at]));
        peak = Math.max(peak, Math.max(Math.abs(middleLeft), Math.abs(evenLeft) + Math.abs(oddLeft)));
        return Math.max(peak, Math.max(Math.abs(middleRight), Math.abs(evenRight) + Math.abs(oddRight)));
    }

    /**
     * The loudest of frames {@code from} to {@code to - 1} of one channel and the points between each and the next,
     * as {@link #after} reads them; {@code samples} must hold frames {@code from - 7} to {@code to + 7}. Tap by tap
     * over the whole stretch, loops the JIT turns into vector instructions: a meter reading every frame this way
     * costs a fraction of calling {@code after} at each.
     */
    public static float loudest(float[] samples, int from, int to) {
        int count = to - from;
        float[] middle = new float[count];
        float[] even = new float[count];
        float[] odd = new float[count];
        float[] early = new float[count];
        float[] late = new float[count];
        for (int j = 0; j < HALF_TAPS; j++) {
            // Copied to the start of arrays of their own: the JIT vectorizes the loop only when its loads share an offset.
            System.arraycopy(samples, from - HALF_TAPS + 1 + j, early, 0, count);
            System.arraycopy(samples, from + HALF_TAPS - j, late, 0, count);
            float middleTap = MIDDLE[j];
            float evenTap = QUARTER_EVEN[j];
            float oddTap = QUARTER_ODD[j];
            for (int i = 0; i < count; i++) {
                float sum = early[i] + late[i];
                float difference = early[i] - late[i];
                middle[i] += middleTap * sum;
                even[i] += evenTap * sum;
                odd[i] += oddTap * difference;
            }
        }
        float peak = 0;
        for (int i = 0; i < count; i++) {
            float between = Math.max(Math.abs(middle[i]), Math.abs(even[i]) + Math.abs(odd[i]));
            peak = Math.max(peak, Math.max(Math.abs(samples[from + i]), between));
        }
        return peak;
    }

    /** Kaiser window (beta 4) at x in (-1, 1). */
    private static double kaiser(double x) {
        return besselI0(4 * StrictMath.sqrt(1 - x * x)) / besselI0(4);
    }

    private static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        for (int m = 1; m < 30; m++) {
            term *= (x / (2 * m)) * (x / (2 * m));
            sum += term;
        }
        return sum;
    }
}
