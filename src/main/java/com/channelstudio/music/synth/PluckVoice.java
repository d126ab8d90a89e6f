package com.channelstudio.music.synth;

/** A plucked string (lute, guitar, harp, koto) by Karplus-Strong: a noise burst circulating in a damped delay line. */
final class PluckVoice extends Voice {

    private final float[] line;
    private final float allpassCoefficient;
    private final float damping;
    private final float gainLeft;
    private final float gainRight;
    private final long releaseAt;
    private int index;
    private float allpassState;
    private float allpassLast;
    private float lastOut;
    private long age;
    private float level = 1f;

    PluckVoice(long startFrame, double midiNote, long lengthFrames, double velocity, double pan, double brightness, long seed) {
        super(startFrame);
        double period = Synthesizer.SAMPLE_RATE / frequency(midiNote) - 0.5;
        int length = Math.max(2, (int) Math.floor(period));
        double fraction = period - length;
        if (fraction < 0.1) {
            length--;
            fraction += 1;
        }
        this.allpassCoefficient = (float) ((1 - fraction) / (1 + fraction));
        this.line = new float[length];
        Noise noise = new Noise(seed);
        float smooth = 0;
        double pick = Math.max(0.15, Math.min(0.9, brightness));
        for (int i = 0; i < length; i++) {
            smooth += (float) pick * (noise.next() - smooth);
            line[i] = smooth * (float) velocity * 1.6f;
        }
        // Low strings sustain longer than high ones; 0.996-0.9995 per round trip.
        this.damping = (float) Math.min(0.9995, 0.996 + 0.0035 * Math.min(1, length / 400.0));
        this.gainLeft = panLeft(pan);
        this.gainRight = panRight(pan);
        this.releaseAt = Math.max(4800, lengthFrames);
    }

    @Override
    boolean render(float[] left, float[] right, float[] scratch, int from, int to) {
        float[] d = line;
        int n = d.length;
        int k = index;
        float ap = allpassState;
        float allpassOut = allpassLast;
        float fade = level;
        long releaseIn = releaseAt - age;
        float previous = lastOut;
        float peak = 0;
        for (int i = from; i < to; i++) {
            float current = d[k];
            float averaged = 0.5f * (current + previous) * damping;
            previous = current;
            // First-order all-pass supplies the fractional part of the delay so high notes stay in tune.
            float out = allpassCoefficient * (averaged - allpassOut) + ap;
            ap = averaged;
            allpassOut = out;
            d[k] = out;
            k = k + 1 == n ? 0 : k + 1;
            if (i - from >= releaseIn) {
                fade *= 0.9993f;
            }
            float s = current * fade;
            left[i] += s * gainLeft;
            right[i] += s * gainRight;
            peak = Math.max(peak, Math.abs(current));
        }
        index = k;
        allpassState = ap;
        allpassLast = allpassOut;
        lastOut = previous;
        level = fade;
        age += to - from;
        return peak * fade > 2e-4f;
    }
}
