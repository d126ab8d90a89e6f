package com.channelstudio.music.synth;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.springframework.stereotype.Component;

/**
 * The built-in music provider: composes a track from its prompt (tempo, key and mode, instruments, mood) and
 * renders it as 48 kHz stereo WAV, block by block, so memory stays flat however long the track is. Everything a
 * render touches is created per call, so tracks may be composed on several threads at once; the same prompt,
 * length and seed always give the same bytes.
 */
@Component
public class Synthesizer {

    public static final int SAMPLE_RATE = 48_000;
    private static final int BLOCK = 1024;
    /** Loudness the master stage steers towards, as RMS of full scale (about -20 dBFS). */
    private static final float TARGET_RMS = 0.10f;

    public void compose(String prompt, double durationSeconds, long seed, Path wavFile) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        TrackStyle style = TrackStyle.of(prompt, random.split());
        long frames = Math.round(durationSeconds * SAMPLE_RATE);
        Composer composer = new Composer(style, frames, random.split());
        Reverb reverb = new Reverb(0.45 + 0.4 * (1 - style.energy), 3 * (0.22 + 0.16 * (1 - style.energy)));
        Master master = new Master(frames);

        PriorityQueue<Voice> pending = new PriorityQueue<>(Comparator.comparingLong(v -> v.startFrame));
        List<Voice> active = new ArrayList<>();
        if (style.rain) {
            active.add(new TextureVoice(TextureVoice.Kind.RAIN, 0.05, random.nextLong()));
        }
        if (style.vinyl) {
            active.add(new TextureVoice(TextureVoice.Kind.VINYL, 0.06, random.nextLong()));
        }
        float[] left = new float[BLOCK];
        float[] right = new float[BLOCK];
        float[] scratch = new float[BLOCK];
        int nextBar = 0;
        try (WavWriter out = new WavWriter(wavFile, SAMPLE_RATE, frames, BLOCK)) {
            for (long blockStart = 0; blockStart < frames; blockStart += BLOCK) {
                int count = (int) Math.min(BLOCK, frames - blockStart);
                long blockEnd = blockStart + count;
                while (nextBar < composer.totalBars() && composer.barStart(nextBar) < blockEnd) {
                    pending.addAll(composer.bar(nextBar++));
                }
                while (!pending.isEmpty() && pending.peek().startFrame < blockEnd) {
                    active.add(pending.poll());
                }
                java.util.Arrays.fill(left, 0f);
                java.util.Arrays.fill(right, 0f);
                for (Iterator<Voice> it = active.iterator(); it.hasNext(); ) {
                    Voice voice = it.next();
                    int from = (int) Math.max(0, voice.startFrame - blockStart);
                    if (!voice.render(left, right, scratch, from, count)) {
                        it.remove();
                    }
                }
                reverb.process(left, right, count);
                master.process(left, right, count, blockStart);
                out.write(left, right, count);
            }
        }
    }

    /**
     * The master stage: a slow leveller towards {@link #TARGET_RMS}, the fades, and a soft limiter whose output can
     * never reach full scale, so a track cannot clip whatever the score does.
     */
    private static final class Master {
        private static final float KNEE = 0.5f;
        private static final float CEILING = 0.94f;
        private final long frames;
        private final long fadeIn;
        private final long fadeOut;
        private float meanSquare = TARGET_RMS * TARGET_RMS;
        private float gain = 1f;

        Master(long frames) {
            this.frames = frames;
            this.fadeIn = Math.max(1, Math.min(SAMPLE_RATE, frames / 10));
            this.fadeOut = Math.max(1, Math.min(3L * SAMPLE_RATE, frames / 8));
        }

        void process(float[] left, float[] right, int count, long blockStart) {
            float sum = 0;
            for (int i = 0; i < count; i++) {
                sum += left[i] * left[i] + right[i] * right[i];
            }
            float blockMeanSquare = sum / (2 * count);
            // About a three-second memory: follows sections, not notes.
            float follow = (float) count / (3f * SAMPLE_RATE);
            meanSquare += follow * (blockMeanSquare - meanSquare);
            float wanted = TARGET_RMS / (float) Math.sqrt(meanSquare + 1e-9f);
            wanted = Math.max(0.7f, Math.min(2.2f, wanted));
            float step = (wanted - gain) / count;
            float g = gain;
            for (int i = 0; i < count; i++) {
                long n = blockStart + i;
                float fade = 1f;
                if (n < fadeIn) {
                    fade = (float) n / fadeIn;
                }
                long remaining = frames - 1 - n;
                if (remaining < fadeOut) {
                    float f = (float) remaining / fadeOut;
                    fade = Math.min(fade, f * f);
                }
                g += step;
                left[i] = limit(left[i] * g * 1.3f) * fade;
                right[i] = limit(right[i] * g * 1.3f) * fade;
            }
            gain = g;
        }

        private static float limit(float x) {
            float a = Math.abs(x);
            if (a <= KNEE) {
                return x;
            }
            float u = (a - KNEE) / (CEILING - KNEE);
            float y = KNEE + (CEILING - KNEE) * u / (1 + u);
            return x < 0 ? -y : y;
        }
    }
}
