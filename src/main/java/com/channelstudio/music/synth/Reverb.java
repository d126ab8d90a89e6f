package com.channelstudio.music.synth;

/**
 * A small Schroeder-style room (four damped combs and two all-passes per side, as in Freeverb) that puts the
 * instruments in one space. Its buffers are per track, so two tracks can render at once.
 */
final class Reverb {

    private static final int[] COMBS = {1214, 1293, 1389, 1475};
    private static final int[] ALLPASSES = {605, 480};
    private static final int STEREO_SPREAD = 25;

    private final float[][] combs = new float[8][];
    private final int[] combIndex = new int[8];
    private final float[] combFilter = new float[8];
    private final float[][] allpasses = new float[4][];
    private final int[] allpassIndex = new int[4];
    private final float feedback;
    private final float damp;
    private final float wet;
    private float[] input = new float[0];
    private float[] wetLeft = new float[0];
    private float[] wetRight = new float[0];

    Reverb(double size, double wet) {
        for (int i = 0; i < 4; i++) {
            combs[i] = new float[COMBS[i]];
            combs[i + 4] = new float[COMBS[i] + STEREO_SPREAD];
        }
        for (int i = 0; i < 2; i++) {
            allpasses[i] = new float[ALLPASSES[i]];
            allpasses[i + 2] = new float[ALLPASSES[i] + STEREO_SPREAD];
        }
        this.feedback = (float) (0.7 + 0.28 * size);
        this.damp = 0.35f;
        this.wet = (float) wet;
    }

    /** Mixes the room's answer into the block in place. */
    void process(float[] left, float[] right, int count) {
        if (input.length < count) {
            input = new float[count];
            wetLeft = new float[count];
            wetRight = new float[count];
        }
        for (int i = 0; i < count; i++) {
            input[i] = (left[i] + right[i]) * 0.015f;
        }
        java.util.Arrays.fill(wetLeft, 0, count, 0f);
        java.util.Arrays.fill(wetRight, 0, count, 0f);
        // Comb by comb over the whole block: tight loops the JIT keeps in registers.
        for (int c = 0; c < 8; c++) {
            float[] buffer = combs[c];
            float[] out = c < 4 ? wetLeft : wetRight;
            int k = combIndex[c];
            int length = buffer.length;
            float filter = combFilter[c];
            for (int i = 0; i < count; i++) {
                float y = buffer[k];
                filter = y * (1 - damp) + filter * damp;
                buffer[k] = input[i] + filter * feedback;
                if (++k == length) {
                    k = 0;
                }
                out[i] += y;
            }
            combIndex[c] = k;
            combFilter[c] = filter;
        }
        for (int a = 0; a < 4; a++) {
            float[] signal = a < 2 ? wetLeft : wetRight;
            float[] buffer = allpasses[a];
            int k = allpassIndex[a];
            int length = buffer.length;
            for (int i = 0; i < count; i++) {
                float buffered = buffer[k];
                float x = signal[i];
                signal[i] = buffered - x;
                buffer[k] = x + buffered * 0.5f;
                if (++k == length) {
                    k = 0;
                }
            }
            allpassIndex[a] = k;
        }
        for (int i = 0; i < count; i++) {
            left[i] += wetLeft[i] * wet;
            right[i] += wetRight[i] * wet;
        }
    }

}
