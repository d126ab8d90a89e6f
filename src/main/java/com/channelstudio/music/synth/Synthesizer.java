package com.channelstudio.music.synth;

import com.channelstudio.media.PeakLimiter;
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
            // The master's output lags its input: the score runs on a little past the end to push the last frames out.
            long rendered = frames + master.latency();
            for (long blockStart = 0; blockStart < rendered; blockStart += BLOCK) {
                int count = (int) Math.min(BLOCK, rendered - blockStart);
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
                master.process(left, right, count);
                int skip = (int) Math.min(count, Math.max(0, master.latency() - blockStart));
                out.write(left, right, skip, count - skip);
            }
        }
    }

    /**
     * The master stage: a slow leveller steering the track to -14 LUFS, a look-ahead limiter that keeps every
     * peak, between samples too, under the ceiling, and the fades. Its output lags its input by {@link #latency()}
     * frames.
     */
    private static final class Master {
        /** -14 LUFS, as the {@link LoudnessMeter} reads it. */
        private static final double TARGET_POWER = StrictMath.pow(10, (-14 + 0.691) / 10);
        /**
         * -4.4 dBFS (FFmpeg's 4x true-peak meter reads the same). The render leaves 3 dB for AAC, which raised the
         * true peak of this music's limited drum hits and vinyl clicks by 1.3 to 2.9 dB at 256 kb/s: at -14 LUFS the
         * program then stays under its -1 dBTP ceiling without a second encode.
         */
        private static final float CEILING = 0.6f;
        /** About where most tracks settle, so the first seconds are near the target too. */
        private static final float START_GAIN = 1.4f;
        /** Keep a near-silent passage from being pulled up into noise, or a loud one from being pushed too far down. */
        private static final float MIN_GAIN = 0.5f;
        private static final float MAX_GAIN = 3.5f;
        private final PeakLimiter limiter = new PeakLimiter(CEILING, SAMPLE_RATE * 4 / 1000, SAMPLE_RATE / 10, BLOCK);
        private final LoudnessMeter meter = new LoudnessMeter();
        private final BandLimit bandLimit = new BandLimit();
        private final long frames;
        private final long fadeIn;
        private final long fadeOut;
        /** What the mix would measure at unity gain, learnt from what leaves the limiter. */
        private double mixPower = TARGET_POWER / (START_GAIN * START_GAIN);
        private float gain = START_GAIN;
        private long position;

        Master(long frames) {
            this.frames = frames;
            this.fadeIn = Math.max(1, Math.min(SAMPLE_RATE, frames / 10));
            this.fadeOut = Math.max(1, Math.min(3L * SAMPLE_RATE, frames / 8));
        }

        int latency() {
            return limiter.latency();
        }

        void process(float[] left, float[] right, int count) {
            float wanted = (float) Math.sqrt(TARGET_POWER / mixPower);
            wanted = Math.max(MIN_GAIN, Math.min(MAX_GAIN, wanted));
            float step = (wanted - gain) / count;
            for (int i = 0; i < count; i++) {
                float g = gain + step * (i + 1);
                left[i] *= g;
                right[i] *= g;
            }
            float meanGain = (gain + wanted) / 2;
            gain = wanted;
            bandLimit.process(left, right, count);
            limiter.process(left, right, count);
            // Metered after the limiter, so the level allows for what the limiter takes off the peaks.
            double power = meter.power(left, right, count) / (meanGain * meanGain);
            // About a three-second memory: follows sections, not notes.
            mixPower += (double) count / (3 * SAMPLE_RATE) * (power - mixPower);
            fade(left, right, count);
            position += count;
        }

        /** The fades shape what leaves the limiter, so they follow the output's frame numbers. */
        private void fade(float[] left, float[] right, int count) {
            long first = position - latency();
            if (first >= fadeIn && first + count <= frames - fadeOut) {
                return;
            }
            for (int i = 0; i < count; i++) {
                long n = first + i;
                float fade = 1f;
                if (n < fadeIn) {
                    fade = Math.max(0, n) / (float) fadeIn;
                }
                long remaining = frames - 1 - n;
                if (remaining < fadeOut) {
                    float f = (float) remaining / fadeOut;
                    fade = Math.min(fade, f * f);
                }
                left[i] *= fade;
                right[i] *= fade;
            }
        }
    }
}
