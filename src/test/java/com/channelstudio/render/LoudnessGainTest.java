package com.channelstudio.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.jobs.AssetFailure;
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

/** The program's gain comes from its tracks' measured loudness: the target when peaks allow, else the ceiling. */
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
    void theTruePeakCeilingWinsOverTheTarget() {
        // -20 LUFS would need +6 dB, but the loudest peak (-6 dBTP) may only rise to the ceiling less AAC's headroom.
        double gain = gain().programGainDb(List.of(track(180, -20, -6), track(180, -20, -9)));
        assertThat(gain).isCloseTo(-1 - 3 + 6, within(0.001));
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

        double gain = new LoudnessGain(properties, new MediaProbe(new FfmpegLocator(properties))).programGainDb(List.of(row));

        assertThat(gain).isCloseTo(-14 + 18.06, within(0.15));
    }

    @Test
    void anEncodeOverTheCeilingIsRedoneQuieterByItsOvershoot() {
        LoudnessGain loudness = gain();
        assertThat(loudness.checkedGainDb(1.5, summary(-14.2, -1.3), 0)).isEqualTo(1.5);
        assertThat(loudness.checkedGainDb(1.5, summary(-14.2, -0.4), 0))
                .isCloseTo(1.5 - 0.6 - LoudnessGain.CORRECTION_MARGIN_DB, within(0.001));
        assertThatThrownBy(() -> loudness.checkedGainDb(-2, summary(-17, -0.4), LoudnessGain.MAX_CORRECTIVE_ENCODES))
                .hasMessageContaining("true peak stays at -0.4 dBTP, over the -1.0 dBTP ceiling, after 3 quieter encodes")
                .isInstanceOfSatisfying(AssetFailure.class, failure -> assertThat(failure.remedy()).contains("encode-headroom-db"));
    }

    private LoudnessGain gain() {
        return new LoudnessGain(properties(), null);
    }

    private StudioProperties properties() {
        MapConfigurationPropertySource source = new MapConfigurationPropertySource();
        source.put("studio.ffmpeg.cache-dir", folder.resolve("cache").toString());
        return new Binder(source).bindOrCreate("studio", StudioProperties.class);
    }

    private static Map<String, Object> track(double seconds, double lufs, double truePeak) {
        return Map.of("duration_seconds", BigDecimal.valueOf(seconds), "loudness_lufs", BigDecimal.valueOf(lufs),
                "true_peak_dbtp", BigDecimal.valueOf(truePeak));
    }

    private static String summary(double lufs, double truePeak) {
        return String.format(java.util.Locale.ROOT, "[Parsed_ebur128_0 @ 0x1] Summary:%n%n  Integrated loudness:%n"
                + "    I:         %.1f LUFS%n    Threshold: -24.0 LUFS%n%n  True peak:%n    Peak:       %.1f dBFS%n", lufs, truePeak);
    }
}
