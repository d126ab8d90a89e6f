package com.channelstudio.music.synth;

/** One percussion hit: a pitch-swept sine for the body and filtered noise for the skin, brush or jingles. */
final class DrumVoice extends Voice {

    enum Kind {
        //        toneFrom toneTo toneDecay toneLevel noiseDecay noiseLevel highPass lowPass
        KICK(110, 46, 0.38, 1.0, 0.012, 0.10, 20, 3000),
        SNARE(200, 175, 0.10, 0.30, 0.16, 0.55, 900, 6500),
        BRUSH(0, 0, 0, 0, 0.20, 0.35, 1500, 7000),
        HAT(0, 0, 0, 0, 0.045, 0.32, 7000, 15000),
        SHAKER(0, 0, 0, 0, 0.075, 0.26, 4500, 11000),
        RIM(820, 790, 0.035, 0.35, 0.015, 0.25, 2000, 8000),
        HAND_LOW(150, 98, 0.30, 0.90, 0.025, 0.20, 100, 2500),
        HAND_HIGH(280, 230, 0.15, 0.60, 0.020, 0.25, 300, 4000),
        TAMBOURINE(0, 0, 0, 0, 0.16, 0.30, 6000, 14000),
        TIMPANI(98, 90, 1.10, 0.80, 0.060, 0.10, 60, 1500);

        final double toneFrom;
        final double toneTo;
        final double toneDecay;
        final double toneLevel;
        final double noiseDecay;
        final double noiseLevel;
        final double highPass;
        final double lowPass;

        Kind(double toneFrom, double toneTo, double toneDecay, double toneLevel, double noiseDecay, double noiseLevel,
                double highPass, double lowPass) {
            this.toneFrom = toneFrom;
            this.toneTo = toneTo;
            this.toneDecay = toneDecay;
            this.toneLevel = toneLevel;
            this.noiseDecay = noiseDecay;
            this.noiseLevel = noiseLevel;
            this.highPass = highPass;
            this.lowPass = lowPass;
        }
    }

    private final Noise noise;
    /**
     * The kit sits 3 dB under the other voices: its hits are the peaks the master must limit, and less limiting
     * keeps their accents (the beat a listener counts) and leaves AAC less to overshoot.
     */
    private static final double MIX_LEVEL = 0.7;
    private final float gainLeft;
    private final float gainRight;
    private final float sweep;
    private final float endIncrement;
    private final float toneDecay;
    private final float noiseDecay;
    private final float highPass;
    private final float lowPass;
    private float increment;
    private float toneAmp;
    private float noiseAmp;
    private int phase;
    private float lowState;
    private float highState;

    DrumVoice(Kind kind, long startFrame, double velocity, double pan, long seed) {
        super(startFrame);
        this.noise = new Noise(seed);
        this.gainLeft = panLeft(pan);
        this.gainRight = panRight(pan);
        this.increment = kind.toneFrom > 0 ? (float) phaseIncrement(kind.toneFrom) : 0;
        this.endIncrement = kind.toneTo > 0 ? (float) phaseIncrement(kind.toneTo) : 0;
        this.sweep = kind.toneFrom > 0 ? (float) StrictMath.pow(kind.toneTo / kind.toneFrom, 1.0 / (0.045 * Synthesizer.SAMPLE_RATE)) : 1f;
        this.toneDecay = kind.toneDecay > 0 ? decayPerFrame(kind.toneDecay) : 0f;
        this.noiseDecay = decayPerFrame(kind.noiseDecay);
        this.toneAmp = (float) (kind.toneLevel * velocity * MIX_LEVEL);
        this.noiseAmp = (float) (kind.noiseLevel * velocity * MIX_LEVEL);
        this.highPass = (float) (1 - StrictMath.exp(-2 * Math.PI * kind.highPass / Synthesizer.SAMPLE_RATE));
        this.lowPass = (float) (1 - StrictMath.exp(-2 * Math.PI * kind.lowPass / Synthesizer.SAMPLE_RATE));
    }

    @Override
    boolean render(float[] left, float[] right, float[] scratch, int from, int to) {
        float inc = increment, tone = toneAmp, hiss = noiseAmp, low = lowState, high = highState;
        int p = phase;
        for (int i = from; i < to; i++) {
            float body = tone > 1e-5f ? SINE[p >>> TABLE_SHIFT] * tone : 0f;
            p += (int) inc;
            if (inc > endIncrement) {
                inc *= sweep;
            }
            tone *= toneDecay;
            float n = noise.next();
            low += lowPass * (n - low);
            high += highPass * (low - high);
            float s = body + (low - high) * hiss * 2.5f;
            hiss *= noiseDecay;
            left[i] += s * gainLeft;
            right[i] += s * gainRight;
        }
        increment = inc;
        toneAmp = tone;
        noiseAmp = hiss;
        lowState = low;
        highState = high;
        phase = p;
        return tone > 1e-4f || hiss > 1e-4f;
    }
}
