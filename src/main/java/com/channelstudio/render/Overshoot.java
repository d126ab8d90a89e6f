package com.channelstudio.render;

import java.util.List;

/**
 * A stretch of the program where the encoded audio went over the true-peak ceiling, and by how much further the
 * limiter must take it down there on the next encode.
 */
public record Overshoot(double startSeconds, double endSeconds, double extraReductionDb) {

    /** How far each frame of the program is raised into the limiter (and lowered after it), from the stretches found. */
    static final class Emphasis {

        private final long[] starts;
        private final long[] ends;
        private final float[] factors;

        Emphasis(List<Overshoot> overshoots, int sampleRate) {
            starts = new long[overshoots.size()];
            ends = new long[overshoots.size()];
            factors = new float[overshoots.size()];
            for (int i = 0; i < overshoots.size(); i++) {
                Overshoot overshoot = overshoots.get(i);
                starts[i] = Math.round(overshoot.startSeconds() * sampleRate);
                ends[i] = Math.round(overshoot.endSeconds() * sampleRate);
                factors[i] = (float) Math.pow(10, overshoot.extraReductionDb() / 20);
            }
        }

        boolean touches(long firstFrame, int frames) {
            for (int i = 0; i < starts.length; i++) {
                if (starts[i] < firstFrame + frames && ends[i] > firstFrame) {
                    return true;
                }
            }
            return false;
        }

        /** Stretches that overlap multiply, so a spot found again after a correction is taken down further. */
        float factor(long frame) {
            float factor = 1f;
            for (int i = 0; i < starts.length; i++) {
                if (frame >= starts[i] && frame < ends[i]) {
                    factor *= factors[i];
                }
            }
            return factor;
        }
    }
}
