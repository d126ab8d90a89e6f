package com.channelstudio.music.synth;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The built-in music provider: composes a track from its prompt (tempo, mood, instruments) as 48 kHz stereo WAV,
 * deterministic for a given seed, streamed to disk.
 */
@Component
public class Synthesizer {

    public static final int SAMPLE_RATE = 48_000;
    private static final Pattern TEMPO = Pattern.compile("(\\d{2,3})\\s*BPM", Pattern.CASE_INSENSITIVE);
    private static final int[][] PROGRESSIONS = {{0, 9, 5, 7}, {0, 5, 9, 7}, {9, 5, 0, 7}, {0, 7, 9, 5}};
    private static final int[] PENTATONIC = {0, 2, 4, 7, 9, 12, 14, 16};

    public void compose(String prompt, double durationSeconds, long seed, Path wavFile) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        double bpm = tempoOf(prompt, random);
        boolean minor = prompt.toLowerCase(Locale.ROOT).matches(".*(melanchol|dark|sad|rain|night|mysterious).*");
        int keyRoot = 45 + random.nextInt(12);
        int[] progression = PROGRESSIONS[random.nextInt(PROGRESSIONS.length)];
        long frames = Math.round(durationSeconds * SAMPLE_RATE);
        double beatSeconds = 60.0 / bpm;
        double barSeconds = beatSeconds * 4;
        int[] melody = new int[64];
        for (int i = 0; i < melody.length; i++) {
            melody[i] = random.nextInt(4) == 0 ? -1 : PENTATONIC[random.nextInt(PENTATONIC.length)];
        }
        double fade = Math.min(2.0, durationSeconds / 4);
        try (WavWriter out = new WavWriter(wavFile, SAMPLE_RATE, frames)) {
            for (long n = 0; n < frames; n++) {
                double t = (double) n / SAMPLE_RATE;
                int bar = (int) (t / barSeconds);
                int chordRoot = keyRoot + progression[bar % progression.length];
                double pad = 0;
                int[] chord = {0, minor ? 3 : 4, 7};
                for (int interval : chord) {
                    pad += Math.sin(2 * Math.PI * frequency(chordRoot + 12 + interval) * t);
                }
                double beatPhase = (t % beatSeconds) / beatSeconds;
                double bass = Math.sin(2 * Math.PI * frequency(chordRoot - 12) * t) * Math.exp(-beatPhase * 3);
                int step = (int) (t / (beatSeconds / 2));
                int note = melody[(step + bar * 3) % melody.length];
                double stepPhase = (t % (beatSeconds / 2)) / (beatSeconds / 2);
                double lead = note < 0 ? 0 : Math.sin(2 * Math.PI * frequency(keyRoot + 24 + note) * t) * Math.exp(-stepPhase * 4);
                double tick = beatPhase < 0.02 ? (random.nextDouble() - 0.5) * (1 - beatPhase / 0.02) : 0;
                double envelope = Math.min(1, Math.min(t / fade, (durationSeconds - t) / fade));
                double mix = envelope * (0.08 * pad + 0.25 * bass + 0.18 * lead + 0.15 * tick);
                out.write((float) (mix * 1.05), (float) (mix * 0.95));
            }
        }
    }

    private static double tempoOf(String prompt, SplittableRandom random) {
        Matcher tempo = TEMPO.matcher(prompt);
        return tempo.find() ? Math.max(40, Math.min(200, Integer.parseInt(tempo.group(1)))) : 70 + random.nextInt(30);
    }

    private static double frequency(int midiNote) {
        return 440.0 * Math.pow(2, (midiNote - 69) / 12.0);
    }
}
