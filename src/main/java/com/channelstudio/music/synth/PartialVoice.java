package com.channelstudio.music.synth;

/**
 * A struck or plucked tone made of a few decaying sine partials: piano, electric piano, bells, music box and bass
 * differ only in their partial ratios, levels and decay times.
 */
final class PartialVoice extends Voice {

    enum Kind { PIANO, ELECTRIC_PIANO, BELL, BASS }

    private final int[] phases;
    private final int[] increments;
    private final float[] amplitudes;
    private final float[] decays;
    private final float gainLeft;
    private final float gainRight;
    private final int attackFrames;
    private final long releaseAt;
    private final int releaseFrames;
    private long age;

    PartialVoice(Kind kind, long startFrame, double midiNote, long lengthFrames, double velocity, double pan) {
        super(startFrame);
        double f = frequency(midiNote);
        double[] ratios;
        double[] levels;
        double[] seconds;
        // Higher notes ring shorter, as on a real piano.
        double ring = Math.max(0.35, Math.min(1.6, StrictMath.pow(2, -(midiNote - 60) / 24.0)));
        switch (kind) {
            case PIANO -> {
                ratios = new double[] {1, 2.001, 3.003, 4.007};
                levels = new double[] {1, 0.42, 0.2, 0.09};
                seconds = new double[] {3.2 * ring, 1.6 * ring, 0.9 * ring, 0.5 * ring};
                attackFrames = 96;
                releaseFrames = 7200;
            }
            case ELECTRIC_PIANO -> {
                ratios = new double[] {1, 2, 3, 14.0};
                levels = new double[] {1, 0.25, 0.08, 0.05};
                seconds = new double[] {2.6 * ring, 0.9 * ring, 0.5, 0.08};
                attackFrames = 120;
                releaseFrames = 6000;
            }
            case BELL -> {
                ratios = new double[] {1, 2.0, 2.756, 5.404};
                levels = new double[] {1, 0.5, 0.32, 0.12};
                seconds = new double[] {3.0 * ring, 2.0 * ring, 1.0 * ring, 0.4};
                attackFrames = 48;
                releaseFrames = 14400;
            }
            default -> {
                ratios = new double[] {1, 2, 3};
                levels = new double[] {1, 0.35, 0.12};
                seconds = new double[] {2.2, 1.0, 0.5};
                attackFrames = 240;
                releaseFrames = 2400;
            }
        }
        int n = ratios.length;
        while (n > 1 && f * ratios[n - 1] > 16_000) {
            n--;
        }
        // Always four slots; partials above 16 kHz (or missing) stay silent.
        phases = new int[4];
        increments = new int[4];
        amplitudes = new float[4];
        decays = new float[4];
        double levelSum = 0;
        for (int i = 0; i < n; i++) {
            levelSum += levels[i];
        }
        for (int i = 0; i < n; i++) {
            increments[i] = phaseIncrement(f * ratios[i]);
            amplitudes[i] = (float) (levels[i] / levelSum * velocity);
            decays[i] = decayPerFrame(seconds[i]);
            phases[i] = (int) (0x3F000000L * i);
        }
        this.gainLeft = panLeft(pan);
        this.gainRight = panRight(pan);
        this.releaseAt = Math.max(attackFrames, lengthFrames);
    }

    @Override
    boolean render(float[] left, float[] right, float[] scratch, int from, int to) {
        // All partials in one pass: their decay chains run side by side instead of one after another.
        int p0 = phases[0], p1 = phases[1], p2 = phases[2], p3 = phases[3];
        int i0 = increments[0], i1 = increments[1], i2 = increments[2], i3 = increments[3];
        float a0 = amplitudes[0], a1 = amplitudes[1], a2 = amplitudes[2], a3 = amplitudes[3];
        float d0 = decays[0], d1 = decays[1], d2 = decays[2], d3 = decays[3];
        long end = releaseAt + releaseFrames;
        float inverseAttack = 1f / attackFrames;
        float inverseRelease = 1f / releaseFrames;
        long t = age;
        for (int i = from; i < to; i++, t++) {
            float s = SINE[p0 >>> TABLE_SHIFT] * a0 + SINE[p1 >>> TABLE_SHIFT] * a1
                    + SINE[p2 >>> TABLE_SHIFT] * a2 + SINE[p3 >>> TABLE_SHIFT] * a3;
            p0 += i0;
            p1 += i1;
            p2 += i2;
            p3 += i3;
            a0 *= d0;
            a1 *= d1;
            a2 *= d2;
            a3 *= d3;
            float gate = t < attackFrames ? t * inverseAttack
                    : t < releaseAt ? 1f : t < end ? 1f - (t - releaseAt) * inverseRelease : 0f;
            s *= gate;
            left[i] += s * gainLeft;
            right[i] += s * gainRight;
        }
        phases[0] = p0;
        phases[1] = p1;
        phases[2] = p2;
        phases[3] = p3;
        amplitudes[0] = a0;
        amplitudes[1] = a1;
        amplitudes[2] = a2;
        amplitudes[3] = a3;
        age = t;
        return a0 + a1 + a2 + a3 > 2e-4f && age < end;
    }
}
