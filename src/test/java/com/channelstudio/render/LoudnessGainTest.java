package com.channelstudio.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.jobs.AssetFailure;
import com.channelstudio.jobs.JobFolders;
import com.channelstudio.media.FfmpegLocator;
import com.channelstudio.media.MediaProbe;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The program's gain comes from its tracks' measured loudness and reaches the target; peaks are the limiter's job. */
class LoudnessGainTest {

    @TempDir
    Path folder;

    @Test
    void programAtTheTargetWhenPeaksAllow() {
        // Equal lengths at -16 and -12 LUFS: the program's power mean is -13.55 LUFS.
        double gain = gain().programGainDb(List.of(track(180, -16, -8), track(180, -12, -8)));
        assertThat(gain).isCloseTo(-14 - 10 * Math.log10((Math.pow(10, -1.6) + Math.pow(10, -1.2)) / 2), within(0.001));
        assertThat(gain).isCloseTo(-0.45, within(0.01));
    }

    @Test
    void longerTracksWeighMore() {
        double gain = gain().programGainDb(List.of(track(540, -16, -8), track(60, -10, -8)));
        assertThat(gain).isCloseTo(-14 - 10 * Math.log10((540 * Math.pow(10, -1.6) + 60 * Math.pow(10, -1.0)) / 600), within(0.001));
    }

    @Test
    void peaksOverTheCeilingDoNotCostTheProgramItsLoudness() {
        // +6 dB takes the loudest peak (-6 dBTP) to 0 dBTP, over the ceiling: the limiter, not the gain, deals with it.
        double gain = gain().programGainDb(List.of(track(180, -20, -6), track(180, -20, -9)));
        assertThat(gain).isCloseTo(6, within(0.001));
    }

    @Test
    void aTrackRecordedWithoutMeasurementIsMeasuredFromItsFile() throws Exception {
        StudioProperties properties = properties();
        String ffmpeg = new FfmpegLocator(properties).executable();
        Path sine = folder.resolve("sine.wav");
        // A 1 kHz sine at 1/8 of full scale on both channels reads -18.06 LUFS with a true peak of -18.06 dBTP.
        Process process = new ProcessBuilder(ffmpeg, "-nostdin", "-v", "error", "-f", "lavfi", "-i",
                "aevalsrc=0.125*sin(2*PI*1000*t)|0.125*sin(2*PI*1000*t):s=48000:d=10", sine.toString()).inheritIO().start();
        assertThat(process.waitFor()).isZero();
        Map<String, Object> row = new HashMap<>(Map.of("duration_seconds", new BigDecimal("10.00"), "local_file_path", sine.toString()));

        double gain = new LoudnessGain(properties, new MediaProbe(new FfmpegLocator(properties), properties),
                new JobFolders(properties)).programGainDb(List.of(row));

        assertThat(gain).isCloseTo(-14 + 18.06, within(0.15));
    }

    @Test
    void anEncodeUnderTheCeilingNeedsNoCorrection() {
        assertThat(gain().overshoots(wholeProgram(frames(-3.2, -2.5)), 0)).isEmpty();
    }

    @Test
    void anEncodeOverTheCeilingIsCorrectedWhereItWentOverByTheMeasuredExcess() {
        // Frames end at 0.1, 0.2 and 0.3 s of the encoder's stream (AAC's 1024 priming samples, 21 ms, come first);
        // only the second goes over -1 dBTP, by 0.6 dB (and the meter's tolerance).
        List<Overshoot> overshoots = gain().overshoots(wholeProgram(frames(-3.2, -0.4, -2.0)), 0);

        assertThat(overshoots).singleElement().satisfies(overshoot -> {
            assertThat(overshoot.startSeconds()).isCloseTo(0.05 - 1024.0 / 48_000, within(1e-9));
            assertThat(overshoot.endSeconds()).isCloseTo(0.25 - 1024.0 / 48_000, within(1e-9));
            assertThat(overshoot.extraReductionDb()).isCloseTo(0.6 + LoudnessGain.METER_TOLERANCE_DB
                    + LoudnessGain.CORRECTION_MARGIN_DB, within(1e-6));
        });
    }

    @Test
    void aFrameWithinTheMetersToleranceUnderTheCeilingCountsAsOver() {
        assertThat(gain().overshoots(wholeProgram(frames(-3.2, -1.05)), 0)).hasSize(1);
        assertThat(gain().overshoots(wholeProgram(frames(-3.2, -1.15)), 0)).isEmpty();
    }

    @Test
    void aProgramStillOverAfterThreeCorrectionsFailsNamingTheRemedy() {
        assertThatThrownBy(() -> gain().overshoots(wholeProgram(frames(-0.4)), LoudnessGain.MAX_CORRECTIVE_ENCODES))
                .hasMessageContaining("true peak stays at -0.4 dBTP, over the -1.0 dBTP ceiling, after 3 corrective encodes")
                .isInstanceOfSatisfying(AssetFailure.class, failure -> assertThat(failure.remedy()).contains("encode-headroom-db"));
    }

    /**
     * Two parts of a two-minute program, each encoding a second of its neighbour's stretch: a frame over the ceiling
     * in that second is the neighbour's to report, so only its own meter's reading counts; times are the program's.
     */
    @Test
    void eachPartIsReadForItsOwnStretchAtItsPlaceInTheProgram() {
        List<AudioPart> parts = AudioPart.split(120L * 48_000, 48_000, 2);
        AudioPart second = parts.get(1);
        double secondStarts = (double) second.firstSample() / 48_000;
        double[] peaks = new double[12];
        java.util.Arrays.fill(peaks, -3);
        peaks[4] = -0.5; // ends 0.5 s into the second part's encode: before the seam at 60 s, in the first part's stretch
        peaks[11] = -0.7; // ends 1.2 s into it: after the seam
        List<Overshoot> overshoots = gain().overshoots(List.of(new MeteredPart(parts.get(0), frames(-3)),
                new MeteredPart(second, frames(peaks))), 0);

        assertThat(secondStarts).isLessThan(60).isGreaterThan(58.9);
        assertThat(overshoots).singleElement().satisfies(overshoot -> {
            assertThat(overshoot.endSeconds()).isCloseTo(secondStarts + 1.2 - 1024.0 / 48_000 + 0.05, within(1e-9));
            assertThat(overshoot.extraReductionDb()).isCloseTo(0.3 + LoudnessGain.METER_TOLERANCE_DB
                    + LoudnessGain.CORRECTION_MARGIN_DB, within(1e-6));
        });
    }

    private static List<MeteredPart> wholeProgram(float[] framePeaks) {
        return List.of(new MeteredPart(AudioPart.split(48_000, 48_000, 2).get(0), framePeaks));
    }

    private LoudnessGain gain() {
        return new LoudnessGain(properties(), null, null);
    }

    private StudioProperties properties() {
        MapConfigurationPropertySource source = new MapConfigurationPropertySource();
        source.put("studio.ffmpeg.cache-dir", folder.resolve("cache").toString());
        source.put("studio.output-dir", folder.toString());
        return new Binder(source).bindOrCreate("studio", StudioProperties.class);
    }

    private static Map<String, Object> track(double seconds, double lufs, double truePeak) {
        return Map.of("duration_seconds", BigDecimal.valueOf(seconds), "loudness_lufs", BigDecimal.valueOf(lufs),
                "true_peak_dbtp", BigDecimal.valueOf(truePeak));
    }

    /** The meter's reading of each 100 ms frame, in dBTP. */
    private static float[] frames(double... truePeaks) {
        float[] peaks = new float[truePeaks.length];
        for (int i = 0; i < peaks.length; i++) {
            peaks[i] = (float) Math.pow(10, truePeaks[i] / 20);
        }
        return peaks;
    }
}
