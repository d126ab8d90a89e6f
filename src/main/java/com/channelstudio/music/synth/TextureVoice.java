package com.channelstudio.music.synth;

/** A bed that runs under the whole track: rain on a window, or the hiss and crackle of a vinyl record. */
final class TextureVoice extends Voice {

    enum Kind { RAIN, VINYL }

    private final Kind kind;
    private final Noise noise;
    private final Noise events;
    private final float level;
    private final float lowPass;
    private final float highPass;
    private float low;
    private float high;
    private float drift;
    private float click;
    private int dropPhase;
    private int dropIncrement;
    private float dropAmp;
    private final float dropDecay = decayPerFrame(0.03);

    TextureVoice(Kind kind, double level, long seed) {
        super(0);
        this.kind = kind;
        this.noise = new Noise(seed);
        this.events = new Noise(seed * 31 + 7);
        this.level = (float) level;
        double lp = kind == Kind.RAIN ? 5000 : 9000;
        double hp = kind == Kind.RAIN ? 400 : 2500;
        this.lowPass = (float) (1 - StrictMath.exp(-2 * Math.PI * lp / Synthesizer.SAMPLE_RATE));
        this.highPass = (float) (1 - StrictMath.exp(-2 * Math.PI * hp / Synthesizer.SAMPLE_RATE));
    }

    @Override
    boolean render(float[] left, float[] right, float[] scratch, int from, int to) {
        float lo = low, hi = high, d = drift, c = click, drop = dropAmp;
        int dp = dropPhase;
        boolean rain = kind == Kind.RAIN;
        float hissLevel = rain ? 0.55f : 0.07f;
        for (int i = from; i < to; i++) {
            float n = noise.next();
            lo += lowPass * (n - lo);
            hi += highPass * (lo - hi);
            float bed = (lo - hi) * hissLevel;
            float e = events.next();
            if (rain) {
                // The rain swells and eases slowly; now and then a drop taps the glass.
                d += 0.00002f * (e - d * 0.5f);
                bed *= 0.8f + Math.max(-0.3f, Math.min(0.3f, d));
                if (e > 0.99984f) {
                    dropAmp = drop = 0.18f + 0.2f * Math.abs(noise.next());
                    dropIncrement = phaseIncrement(1800 + 2600 * Math.abs(noise.next()));
                }
                bed += SINE[dp >>> TABLE_SHIFT] * drop;
                dp += dropIncrement;
                // Flush the tail to zero: denormal floats are a hundred times slower to multiply.
                drop = drop > 1e-6f ? drop * dropDecay : 0f;
            } else {
                if (e > 0.99975f) {
                    c = (noise.next() > 0 ? 1 : -1) * (0.25f + 0.5f * Math.abs(noise.next()));
                }
                bed += c;
                c = Math.abs(c) > 1e-6f ? c * 0.55f : 0f;
            }
            float s = bed * level;
            left[i] += s * (rain ? 1f : 0.8f);
            right[i] += (rain ? (lo - hi) * hissLevel * level * 0.15f + s * 0.85f : s * 0.8f);
        }
        low = lo;
        high = hi;
        drift = d;
        click = c;
        dropAmp = drop;
        dropPhase = dp;
        return true;
    }
}
