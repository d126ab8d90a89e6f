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
        for (int i = 0; i < count; i++) {
            float input = (left[i] + right[i]) * 0.015f;
            float outLeft = 0;
            float outRight = 0;
            for (int c = 0; c < 8; c++) {
                float[] buffer = combs[c];
                int k = combIndex[c];
                float y = buffer[k];
                combFilter[c] = y * (1 - damp) + combFilter[c] * damp;
                buffer[k] = input + combFilter[c] * feedback;
                combIndex[c] = k + 1 == buffer.length ? 0 : k + 1;
                if (c < 4) {
                    outLeft += y;
                } else {
                    outRight += y;
                }
            }
            outLeft = allpass(0, allpass(1, outLeft));
            outRight = allpass(2, allpass(3, outRight));
            left[i] += outLeft * wet;
            right[i] += outRight * wet;
        }
    }

    private float allpass(int a, float input) {
        float[] buffer = allpasses[a];
        int k = allpassIndex[a];
        float buffered = buffer[k];
        float output = buffered - input;
        buffer[k] = input + buffered * 0.5f;
        allpassIndex[a] = k + 1 == buffer.length ? 0 : k + 1;
        return output;
    }
}
