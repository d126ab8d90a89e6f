package com.channelstudio.media;

/**
 * A cascade of biquad filter sections (transposed direct form II), each given as b0, b1, b2, a1, a2 with a0 = 1.
 * The coefficients are shared; each channel keeps its own state from {@link #newState()}.
 */
public final class Biquads {

    private final double[][] sections;

    public Biquads(double[]... sections) {
        this.sections = sections;
    }

    public double[] newState() {
        return new double[2 * sections.length];
    }

    public double filter(double[] state, double x) {
        for (int s = 0; s < sections.length; s++) {
            double[] c = sections[s];
            double y = c[0] * x + state[2 * s];
            state[2 * s] = c[1] * x - c[3] * y + state[2 * s + 1];
            state[2 * s + 1] = c[2] * x - c[4] * y;
            x = y;
        }
        return x;
    }
}
