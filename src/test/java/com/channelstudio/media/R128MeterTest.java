package com.channelstudio.media;

import static com.channelstudio.support.Commands.output;
import static com.channelstudio.support.Commands.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.channelstudio.support.StudioSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A track's loudness and true peak as the studio measures them on arrival ({@link MediaProbe#measureAudio}, FFmpeg's
 * decode read by {@link R128Meter}) against FFmpeg's own EBU R128 meter ({@code ebur128=peak=true}, which prints
 * tenths): material whose gates matter, peaks between samples, and silence.
 */
class R128MeterTest {

    @TempDir
    Path folder;

    private String ffmpeg;
    private MediaProbe probe;

    @BeforeEach
    void findFfmpeg() {
        var settings = StudioSettings.of(Map.of("studio.ffmpeg.cache-dir", folder.resolve("cache").toString()));
        FfmpegLocator locator = new FfmpegLocator(settings);
        ffmpeg = locator.executable();
        probe = new MediaProbe(locator, settings);
    }

    /**
     * 8 s of a pulsing chord over noise, then 4 s of it 30 dB down (under the relative gate: FFmpeg leaves it out)
     * and 2 s of silence (under the absolute gate), as 44.1 kHz mono MP3: decoded, resampled and made stereo as any
     * provider's track is, before either meter reads it.
     */
    @Test
    void measuresGatedLoudnessAndTruePeakAsFfmpegsMeterDoes() throws Exception {
        Path track = make("gated.mp3", "aevalsrc='(0.25*sin(2*PI*220*t)+0.2*sin(2*PI*277*t)+0.15*sin(2*PI*3300*t)"
                + "+0.1*(random(0)*2-1))*(0.6+0.4*sin(2*PI*2*t))*if(lt(t,8),1,if(lt(t,12),0.03,0))':s=44100:d=14",
                "-c:a", "libmp3lame", "-b:a", "192k");

        MediaProbe.AudioMeasurement measured = probe.measureAudio(track);

        Loudness ffmpegs = ffmpegMeter(track);
        assertThat(measured.loudness().integratedLufs()).as("integrated loudness, against FFmpeg's %.1f LUFS",
                ffmpegs.integratedLufs()).isCloseTo(ffmpegs.integratedLufs(), within(0.1));
        assertThat(measured.loudness().truePeakDbtp()).as("true peak, against FFmpeg's %.1f dBTP", ffmpegs.truePeakDbtp())
                .isCloseTo(ffmpegs.truePeakDbtp(), within(0.1));
        // Counted, the quiet 4 s and the silence would take the reading 2.4 dB under that of the chord's 8 s alone.
        assertThat(measured.loudness().integratedLufs()).as("the quiet and silent stretches are gated out")
                .isCloseTo(ffmpegMeter(track, "-t", "8").integratedLufs(), within(0.2));
        assertThat((double) measured.samples() / MediaProbe.SAMPLE_RATE).as("seconds decoded").isCloseTo(14, within(0.1));
    }

    /**
     * A 12 kHz tone an eighth of its period off the samples: they read 0.49 (-6.1 dBFS), its crests between them 0.7
     * (-3.1 dBTP). (FFmpeg's meter reads such tones up to 0.6 dB over their crest, so here the crest is the reference.)
     */
    @Test
    void readsThePeakBetweenTheSamples() throws Exception {
        Path track = make("tone.wav", "aevalsrc='0.7*sin(2*PI*12000*t+PI/4)|0.7*sin(2*PI*12000*t+PI/4)':s=48000:d=3",
                "-c:a", "pcm_f32le");

        MediaProbe.AudioMeasurement measured = probe.measureAudio(track);

        assertThat(measured.loudness().truePeakDbtp()).as("true peak").isCloseTo(20 * Math.log10(0.7), within(0.15));
        assertThat(measured.samples()).isEqualTo(3 * MediaProbe.SAMPLE_RATE);
    }

    @Test
    void givesSilenceTheFloorFfmpegGivesIt() throws Exception {
        Path track = make("silence.wav", "anullsrc=r=48000:cl=stereo:d=2", "-c:a", "pcm_s16le");

        MediaProbe.AudioMeasurement measured = probe.measureAudio(track);

        Loudness ffmpegs = ffmpegMeter(track);
        assertThat(measured.loudness().integratedLufs()).isEqualTo(ffmpegs.integratedLufs()).isEqualTo(-70);
        assertThat(measured.loudness().truePeakDbtp()).isEqualTo(ffmpegs.truePeakDbtp()).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    private Path make(String name, String source, String... codec) throws Exception {
        Path file = folder.resolve(name);
        List<String> command = new ArrayList<>(List.of(ffmpeg, "-nostdin", "-v", "error", "-y", "-f", "lavfi", "-i", source));
        command.addAll(List.of(codec));
        command.add(file.toString());
        run(command);
        return file;
    }

    private Loudness ffmpegMeter(Path track, String... limit) throws Exception {
        List<String> command = new ArrayList<>(List.of(ffmpeg, "-nostdin", "-hide_banner", "-nostats"));
        command.addAll(List.of(limit));
        command.addAll(List.of("-i", track.toString(), "-af", "aresample=48000,aformat=channel_layouts=stereo,ebur128=peak=true", "-f", "null", "-"));
        return Loudness.parse(new String(output(command, true)));
    }
}
