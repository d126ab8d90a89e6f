package com.channelstudio.music.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.channelstudio.planning.BuiltInPlanner;
import com.channelstudio.planning.MusicPrompt;
import com.channelstudio.planning.PromptPlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SynthesizerTest {

    private static final String WALTZ = "Elegant waltz with strings, piano, light percussion. Tempo: 120 BPM. Duration: 3-4 minutes.";

    private final Synthesizer synthesizer = new Synthesizer();

    @TempDir
    Path dir;

    private AudioAnalysis compose(String prompt, double seconds, long seed) throws Exception {
        Path wav = dir.resolve("t" + System.nanoTime() + ".wav");
        synthesizer.compose(prompt, seconds, seed, wav);
        return AudioAnalysis.read(wav);
    }

    @Test
    void writesAComplete48kHzStereoWavOfExactlyTheAskedLength() throws Exception {
        AudioAnalysis audio = compose(WALTZ, 20.3337, 1);
        assertThat(audio.sampleRate).isEqualTo(48_000);
        assertThat(audio.channels).isEqualTo(2);
        assertThat(audio.bitsPerSample).isEqualTo(16);
        assertThat(audio.frames()).isEqualTo(Math.round(20.3337 * 48_000));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Elegant waltz with strings, piano, light percussion. Tempo: 120 BPM. Duration: 3-4 minutes.",
            "Gentle sleep piano lullaby with piano, gentle bells, pads, serene mood, in A minor. Tempo: 58 BPM.",
            "Lively tavern jig with lute, flute, hand drum, cheerful mood. Tempo: 128 BPM.",
            "Mellow lo-fi beat with electric piano, mellow bass, soft drums, vinyl texture. Tempo: 82 BPM.",
            "Rainfall reverie with piano, soft pads, rain texture, melancholic mood. Tempo: 66 BPM.",
            "Ambient drift with synth pads, bells, sub bass. Tempo: 60 BPM.",
            "Something nobody planned for"})
    void isAudibleAtStreamingLoudnessWithTruePeakHeadroom(String prompt) throws Exception {
        AudioAnalysis audio = compose(prompt, 24, 7);
        int second = 48_000;
        // Past the fade-in every stretch of four seconds is clearly audible: no silent holes.
        for (int start = 2 * second; start + 4 * second <= audio.frames() - 4 * second; start += 4 * second) {
            assertThat(audio.rmsDbfs(start, start + 4 * second)).as("RMS at %ds", start / second).isGreaterThan(-32);
        }
        // Already at the render's -14 LUFS, with room under its -1 dBTP ceiling for the overshoot of AAC encoding.
        assertThat(audio.integratedLoudness()).as("integrated loudness, LUFS").isBetween(-15.0, -13.0);
        assertThat(audio.truePeakDbtp()).as("true peak, dBTP").isLessThanOrEqualTo(-1.5);
        assertThat(audio.rmsDbfs(0, 200)).as("fades in from silence").isLessThan(-45);
        assertThat(audio.rmsDbfs(audio.frames() - 200, audio.frames())).as("fades out to silence").isLessThan(-45);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "66 | Soft sleep piano lullaby with piano, pads, serene mood",
            "74 | Mellow lo-fi beat with electric piano, mellow bass, soft drums, vinyl texture",
            "84 | Graceful waltz with strings, piano, light percussion",
            "96 | Warm café groove with piano, upright bass, brushed drums",
            "108 | Lively tavern jig with lute, flute, hand drum",
            "120 | Elegant waltz with strings, piano, light percussion",
            "140 | Bright synthwave cruise with synth pads, bass, drums"})
    void theTempoHeardIsThePromptsTempo(int bpm, String style) throws Exception {
        AudioAnalysis audio = compose(style + ". Tempo: " + bpm + " BPM.", 30, bpm);
        double measured = audio.tempo(4 * 48_000, audio.frames() - 3 * 48_000);
        assertThat(measured).as("tempo measured from onsets").isCloseTo(bpm, within(bpm * 0.03));
    }

    @Test
    void anyTwoTracksOfAnAlbumSoundDifferent() throws Exception {
        PromptPlan plan = new BuiltInPlanner().plan("Royal court classical", "elegant, serene", 60, 2024);
        List<MusicPrompt> prompts = plan.musicPrompts().subList(0, 6);
        List<double[][]> sequences = new ArrayList<>();
        List<double[]> profiles = new ArrayList<>();
        for (MusicPrompt prompt : prompts) {
            AudioAnalysis audio = compose(prompt.prompt(), 20, 1000L + prompt.orderIndex());
            sequences.add(audio.chromaSequence(2 * 48_000, 18 * 48_000, 48_000));
            profiles.add(audio.chroma(2 * 48_000, 18 * 48_000));
        }
        for (int a = 0; a < prompts.size(); a++) {
            for (int b = a + 1; b < prompts.size(); b++) {
                double distance = AudioAnalysis.sequenceDistance(sequences.get(a), sequences.get(b));
                System.out.printf("tracks %d/%d chroma-sequence distance %.3f, profile %.3f%n", a + 1, b + 1, distance,
                        AudioAnalysis.cosineDistance(profiles.get(a), profiles.get(b)));
                assertThat(distance).as("tracks %d and %d", a + 1, b + 1).isGreaterThan(0.15);
            }
        }
    }

    @Test
    void laterMinutesAreNotTheFirstMinuteAgain() throws Exception {
        AudioAnalysis audio = compose("Flowing folk dance with lute, flute, light percussion. Tempo: 120 BPM.", 100, 5);
        // At 120 BPM a bar is two seconds: compare 16 bars after the intro with 16 bars of the later phrases.
        int bar = 96_000;
        double[][] early = audio.chromaSequence(4 * bar, 20 * bar, bar);
        double[][] late = audio.chromaSequence(28 * bar, 44 * bar, bar);
        double[][] earlyAgain = audio.chromaSequence(4 * bar, 20 * bar, bar);
        assertThat(AudioAnalysis.sequenceDistance(early, earlyAgain)).isZero();
        double distance = AudioAnalysis.sequenceDistance(early, late);
        System.out.printf("early vs late chroma-sequence distance %.3f%n", distance);
        assertThat(distance).isGreaterThan(0.1);
    }

    @Test
    void followsTheKeyAndModeItIsGiven() throws Exception {
        AudioAnalysis cMajor = compose("Calm theme with piano, strings, in C major. Tempo: 90 BPM.", 20, 3);
        AudioAnalysis fSharpMajor = compose("Calm theme with piano, strings, in F sharp major. Tempo: 90 BPM.", 20, 3);
        double[] c = cMajor.chroma(48_000, 19 * 48_000);
        double[] fs = fSharpMajor.chroma(48_000, 19 * 48_000);
        int[] cScale = {0, 2, 4, 5, 7, 9, 11};
        assertThat(inScaleShare(c, cScale, 0)).isGreaterThan(0.85);
        assertThat(inScaleShare(fs, cScale, 6)).isGreaterThan(0.85);
        assertThat(inScaleShare(fs, cScale, 0)).isLessThan(0.6);
    }

    private static double inScaleShare(double[] chroma, int[] scale, int tonic) {
        double inside = 0, total = 0;
        for (int pc = 0; pc < 12; pc++) {
            double energy = chroma[pc] * chroma[pc];
            total += energy;
            for (int step : scale) {
                if (Math.floorMod(pc - tonic, 12) == step) {
                    inside += energy;
                }
            }
        }
        return inside / total;
    }

    @Test
    void theSameTrackIsByteIdenticalEvenWhenComposedOnTwoThreads() throws Exception {
        String other = "Lively tavern jig with lute, flute, hand drum, rain texture. Tempo: 128 BPM.";
        Path a = dir.resolve("a.wav");
        Path b = dir.resolve("b.wav");
        synthesizer.compose(WALTZ, 12, 99, a);
        synthesizer.compose(other, 12, 100, b);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> fa = pool.submit(() -> { synthesizer.compose(WALTZ, 12, 99, dir.resolve("a2.wav")); return null; });
            Future<?> fb = pool.submit(() -> { synthesizer.compose(other, 12, 100, dir.resolve("b2.wav")); return null; });
            fa.get();
            fb.get();
        } finally {
            pool.shutdown();
        }
        assertThat(Files.readAllBytes(dir.resolve("a2.wav"))).isEqualTo(Files.readAllBytes(a));
        assertThat(Files.readAllBytes(dir.resolve("b2.wav"))).isEqualTo(Files.readAllBytes(b));
        Path c = dir.resolve("c.wav");
        synthesizer.compose(WALTZ, 12, 100, c);
        assertThat(Files.readAllBytes(c)).as("another seed, another take").isNotEqualTo(Files.readAllBytes(a));
    }
}
