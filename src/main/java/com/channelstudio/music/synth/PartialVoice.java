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
        phases = new int[n];
        increments = new int[n];
        amplitudes = new float[n];
        decays = new float[n];
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
        int count = to - from;
        java.util.Arrays.fill(scratch, from, to, 0f);
        boolean audible = false;
        for (int p = 0; p < phases.length; p++) {
            int phase = phases[p];
            int increment = increments[p];
            float amplitude = amplitudes[p];
            float decay = decays[p];
            for (int i = from; i < to; i++) {
                scratch[i] += SINE[phase >>> TABLE_SHIFT] * amplitude;
                amplitude *= decay;
                phase += increment;
            }
            phases[p] = phase;
            amplitudes[p] = amplitude;
            audible |= amplitude > 2e-4f;
        }
        long end = releaseAt + releaseFrames;
        for (int i = from; i < to; i++) {
            long a = age + (i - from);
            float gate = a < attackFrames ? (float) a / attackFrames
                    : a < releaseAt ? 1f : a < end ? 1f - (float) (a - releaseAt) / releaseFrames : 0f;
            float s = scratch[i] * gate;
            left[i] += s * gainLeft;
            right[i] += s * gainRight;
        }
        age += count;
        return audible && age < end;
    }
}
