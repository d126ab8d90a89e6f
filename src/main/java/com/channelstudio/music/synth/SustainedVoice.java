package com.channelstudio.music.synth;

/**
 * A held tone from a wavetable: strings, synth pads and flute. Two slightly detuned oscillators spread left and
 * right give width; vibrato, a one-pole low-pass and (for the flute) breath noise give it life.
 */
final class SustainedVoice extends Voice {

    enum Kind { STRINGS, PAD, FLUTE }

    private final float[] table;
    private final int increment;
    private final int detune;
    private final int vibratoDepth;
    private final int vibratoIncrement;
    private final int vibratoDelay;
    private final float lowPass;
    private final float breath;
    private final float level;
    private final float[] oscLeft = new float[2];
    private final float[] oscRight = new float[2];
    private final int attackFrames;
    private final long releaseAt;
    private final int releaseFrames;
    private final Noise noise;
    private int phaseA;
    private int phaseB;
    private int vibratoPhase;
    private float filtered;
    private long age;

    SustainedVoice(Kind kind, long startFrame, double midiNote, long lengthFrames, double velocity, double pan, long seed) {
        super(startFrame);
        double f = frequency(midiNote);
        this.increment = phaseIncrement(f);
        this.noise = new Noise(seed);
        double cents;
        double vibratoCents;
        double cutoff;
        switch (kind) {
            case STRINGS -> {
                table = BOWED;
                cents = 6;
                vibratoCents = 9;
                cutoff = Math.min(7000, f * 7);
                attackFrames = 14_000;
                releaseFrames = 16_000;
                breath = 0;
            }
            case PAD -> {
                table = HOLLOW;
                cents = 9;
                vibratoCents = 3;
                cutoff = Math.min(4000, f * 5);
                attackFrames = 36_000;
                releaseFrames = 40_000;
                breath = 0;
            }
            default -> {
                table = FLUTE;
                cents = 2;
                vibratoCents = 14;
                cutoff = Math.min(9000, f * 6);
                attackFrames = 2_400;
                releaseFrames = 4_800;
                breath = 0.05f;
            }
        }
        this.detune = (int) (increment * (StrictMath.pow(2, cents / 1200) - 1));
        this.vibratoDepth = (int) (increment * (StrictMath.pow(2, vibratoCents / 1200) - 1));
        this.vibratoIncrement = phaseIncrement(kind == Kind.PAD ? 0.3 : 5.2);
        this.vibratoDelay = kind == Kind.FLUTE ? 12_000 : 20_000;
        this.lowPass = (float) (1 - StrictMath.exp(-2 * Math.PI * cutoff / Synthesizer.SAMPLE_RATE));
        this.level = (float) velocity;
        double spread = kind == Kind.FLUTE ? 0.1 : 0.5;
        oscLeft[0] = panLeft(clampPan(pan - spread));
        oscRight[0] = panRight(clampPan(pan - spread));
        oscLeft[1] = panLeft(clampPan(pan + spread));
        oscRight[1] = panRight(clampPan(pan + spread));
        this.releaseAt = Math.max(attackFrames, lengthFrames);
        this.phaseB = (int) (seed * 0x9E3779B97F4A7C15L >>> 32);
    }

    private static double clampPan(double pan) {
        return Math.max(-1, Math.min(1, pan));
    }

    @Override
    boolean render(float[] left, float[] right, float[] scratch, int from, int to) {
        long end = releaseAt + releaseFrames;
        float lA = oscLeft[0] * 0.5f, rA = oscRight[0] * 0.5f, lB = oscLeft[1] * 0.5f, rB = oscRight[1] * 0.5f;
        int a = phaseA, b = phaseB, v = vibratoPhase;
        float lp = filtered;
        float inverseAttack = 1f / attackFrames;
        float inverseRelease = 1f / releaseFrames;
        for (int i = from; i < to; i++) {
            long t = age + (i - from);
            int wobble = t > vibratoDelay ? (int) (vibratoDepth * SINE[v >>> TABLE_SHIFT]) : 0;
            v += vibratoIncrement;
            a += increment + wobble;
            b += increment + detune + wobble;
            float gate = t < attackFrames ? t * inverseAttack
                    : t < releaseAt ? 1f : t < end ? 1f - (t - releaseAt) * inverseRelease : 0f;
            float sa = table[a >>> TABLE_SHIFT];
            float sb = table[b >>> TABLE_SHIFT];
            float mono = sa + sb + (breath > 0 ? breath * noise.next() : 0f);
            lp += lowPass * (mono - lp);
            float g = gate * level;
            // The filtered sum carries the body; a little of each raw oscillator keeps the stereo spread.
            float body = lp * g * 0.6f;
            left[i] += body * (lA + lB) + g * 0.2f * (sa * lA + sb * lB);
            right[i] += body * (rA + rB) + g * 0.2f * (sa * rA + sb * rB);
        }
        phaseA = a;
        phaseB = b;
        vibratoPhase = v;
        filtered = lp;
        age += to - from;
        return age < end;
    }
}
