package com.channelstudio.music.synth;

/**
 * One sounding note (or drum hit, or texture) that adds itself into the block being mixed. A voice belongs to one
 * track's render, so it may keep mutable state; the shared tables below are filled once and only read.
 */
abstract class Voice {

    static final int TABLE_BITS = 13;
    static final int TABLE_SIZE = 1 << TABLE_BITS;
    static final int TABLE_SHIFT = 32 - TABLE_BITS;
    static final float[] SINE = table(new double[] {1});
    /** A soft, band-limited saw for strings and pads: rich enough to sound bowed, dull enough not to buzz. */
    static final float[] BOWED = table(new double[] {1, 0.55, 0.36, 0.25, 0.18, 0.13, 0.09, 0.065, 0.045, 0.03, 0.02, 0.012});
    /** Mostly odd harmonics, hollow like a warm synth pad. */
    static final float[] HOLLOW = table(new double[] {1, 0.08, 0.33, 0.04, 0.15, 0.02, 0.07, 0.01, 0.03});
    static final float[] FLUTE = table(new double[] {1, 0.22, 0.09, 0.035, 0.015});

    /** Frame inside the track where this voice starts sounding. */
    final long startFrame;

    Voice(long startFrame) {
        this.startFrame = startFrame;
    }

    /**
     * Adds frames {@code from} (inclusive) to {@code to} (exclusive) of this voice into the block; {@code scratch}
     * is a free mono buffer at least as long as the block. Returns false once the voice has died away.
     */
    abstract boolean render(float[] left, float[] right, float[] scratch, int from, int to);

    static int phaseIncrement(double frequency) {
        return (int) (long) (frequency / Synthesizer.SAMPLE_RATE * 4294967296.0);
    }

    static double frequency(double midiNote) {
        return 440.0 * StrictMath.pow(2, (midiNote - 69) / 12.0);
    }

    /** Per-frame multiplier that decays to -60 dB in {@code seconds}. */
    static float decayPerFrame(double seconds) {
        return (float) StrictMath.exp(StrictMath.log(0.001) / (seconds * Synthesizer.SAMPLE_RATE));
    }

    static float panLeft(double pan) {
        return (float) StrictMath.cos((pan + 1) * Math.PI / 4);
    }

    static float panRight(double pan) {
        return (float) StrictMath.sin((pan + 1) * Math.PI / 4);
    }

    private static float[] table(double[] harmonics) {
        float[] table = new float[TABLE_SIZE];
        double peak = 0;
        double[] values = new double[TABLE_SIZE];
        for (int i = 0; i < TABLE_SIZE; i++) {
            double x = 2 * Math.PI * i / TABLE_SIZE;
            double v = 0;
            for (int h = 0; h < harmonics.length; h++) {
                v += harmonics[h] * StrictMath.sin((h + 1) * x);
            }
            values[i] = v;
            peak = Math.max(peak, Math.abs(v));
        }
        for (int i = 0; i < TABLE_SIZE; i++) {
            table[i] = (float) (values[i] / peak);
        }
        return table;
    }

    /** A small, fast, deterministic noise source: xorshift32 scaled to [-1, 1). */
    static final class Noise {
        private int state;

        Noise(long seed) {
            int s = (int) (seed ^ (seed >>> 32));
            this.state = s == 0 ? 0x9E3779B9 : s;
        }

        float next() {
            int x = state;
            x ^= x << 13;
            x ^= x >>> 17;
            x ^= x << 5;
            state = x;
            return x * (1f / 2147483648f);
        }
    }
}
