package com.channelstudio.media;

import static com.channelstudio.support.Commands.output;
import static com.channelstudio.support.Commands.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.channelstudio.support.StudioSettings;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The studio's meter of the encoded program against FFmpeg's 4x true-peak meter (ebur128), on what makes peaks
 * between samples: full-band noise bursts and tones near the top of the band, at phases that put the crest between
 * two samples, as AAC returns them.
 */
class TruePeakMeterTest {

    @TempDir
    Path folder;

    @Test
    void readsTheTruePeakOfEncodedMaterialAsFfmpegsFourTimesOversampledMeterDoes() throws Exception {
        String ffmpeg = new FfmpegLocator(StudioSettings.of(Map.of("studio.ffmpeg.cache-dir", folder.resolve("cache").toString())))
                .executable();
        Path encoded = folder.resolve("peaks.aac");
        // 0-4 s a 15 kHz tone a quarter sample off its crest; 4-8 s noise bursts; 8-10 s a quiet 1 kHz tone
        String source = "aevalsrc='if(lt(t,4), 0.7*sin(2*PI*15000*t+PI/4), if(lt(t,8), 0.8*(random(0)*2-1)*lt(mod(t,0.5),0.05),"
                + " 0.01*sin(2*PI*1000*t)))|if(lt(t,4), 0.7*sin(2*PI*15000*t+PI/3), if(lt(t,8), 0.8*(random(1)*2-1)*lt(mod(t,0.5),0.05),"
                + " 0.01*sin(2*PI*1000*t)))':s=48000:d=10";
        run(List.of(ffmpeg, "-nostdin", "-v", "error", "-y", "-f", "lavfi", "-i", source, "-c:a", "aac", "-aac_coder", "fast",
                "-aac_is", "0", "-b:a", "256k", "-f", "adts", encoded.toString()));
        double ffmpegPeak = Loudness.parse(new String(output(List.of(ffmpeg, "-nostdin", "-hide_banner", "-nostats", "-f", "aac",
                "-i", encoded.toString(), "-af", "ebur128=peak=true", "-f", "null", "-"), true))).truePeakDbtp();
        byte[] pcm = output(List.of(ffmpeg, "-nostdin", "-v", "error", "-f", "aac", "-i", encoded.toString(), "-f", "f32le",
                "-ar", "48000", "-ac", "2", "-"), false);
        float threshold = (float) Math.pow(10, -6 / 20.0);

        float[] peaks = TruePeakMeter.framePeaks(new ByteArrayInputStream(pcm), 4800, threshold);

        assertThat(peaks).hasSize((pcm.length / 8 + 4799) / 4800);
        float loudest = 0;
        for (float peak : peaks) {
            loudest = Math.max(loudest, peak);
        }
        assertThat(20 * Math.log10(loudest)).as("the loudest frame, against FFmpeg's %.2f dBTP", ffmpegPeak)
                .isCloseTo(ffmpegPeak, within(0.1));
        assertThat(20 * Math.log10(peaks[5])).as("a frame of the tone, between its samples").isGreaterThan(20 * Math.log10(0.7) - 0.3);
        assertThat(peaks[peaks.length - 3]).as("a quiet frame, read by its samples").isLessThan(0.02f).isLessThan(threshold);
    }

    /**
     * Full-band noise bursts, as AAC returns them (the material that AAC pushes over the ceiling): every 100 ms frame
     * that a burst opens read within 0.1 dB of the frame true peak FFmpeg's ebur128 logs for it (which it rounds to
     * 0.1 dB; the quiet tails between bursts, 10 to 45 dB down, may differ more and matter to no ceiling).
     */
    @Test
    void readsEveryFrameOfNoiseBurstsAsFfmpegsMeterDoes() throws Exception {
        String ffmpeg = new FfmpegLocator(StudioSettings.of(Map.of("studio.ffmpeg.cache-dir", folder.resolve("cache").toString())))
                .executable();
        Path encoded = folder.resolve("bursts.aac");
        run(List.of(ffmpeg, "-nostdin", "-v", "error", "-y", "-f", "lavfi", "-i", "aevalsrc=exprs=(random(0)*2-1)*exp(-mod(t\\,0.25)*40)"
                + "|(random(1)*2-1)*exp(-mod(t\\,0.25)*40):s=48000:d=6,volume=-2dB", "-c:a", "aac", "-aac_coder", "fast",
                "-aac_is", "0", "-b:a", "256k", "-f", "adts", encoded.toString()));
        String log = new String(output(List.of(ffmpeg, "-nostdin", "-hide_banner", "-nostats", "-v", "verbose", "-f", "aac",
                "-i", encoded.toString(), "-af", "ebur128=peak=true:framelog=verbose", "-f", "null", "-"), true));
        List<Double> ffmpegFrames = new ArrayList<>();
        Matcher frame = Pattern.compile("FTPK:\\s*(-?[\\d.]+|-inf)\\s+(-?[\\d.]+|-inf)").matcher(log);
        while (frame.find()) {
            ffmpegFrames.add(Math.max(decibels(frame.group(1)), decibels(frame.group(2))));
        }
        byte[] pcm = output(List.of(ffmpeg, "-nostdin", "-v", "error", "-f", "aac", "-i", encoded.toString(), "-f", "f32le",
                "-ar", "48000", "-ac", "2", "-"), false);

        float[] peaks = TruePeakMeter.framePeaks(new ByteArrayInputStream(pcm), 4800, 0f);

        assertThat(ffmpegFrames).hasSizeGreaterThan(50);
        int loudFrames = 0;
        for (int i = 0; i < ffmpegFrames.size(); i++) {
            if (ffmpegFrames.get(i) > -6) {
                loudFrames++;
                assertThat(20 * Math.log10(peaks[i]) - ffmpegFrames.get(i)).as("frame %d: ours minus FFmpeg's, dB", i)
                        .isBetween(-0.1, 0.1);
            }
        }
        assertThat(loudFrames).as("frames a burst opens, near or over 0 dBTP").isGreaterThan(20);
    }

    private static double decibels(String text) {
        return text.equals("-inf") ? Double.NEGATIVE_INFINITY : Double.parseDouble(text);
    }
}
