package com.channelstudio.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.look.Motion;
import com.channelstudio.look.Visualizer;
import com.channelstudio.media.FfmpegLocator;
import com.channelstudio.support.StudioSettings;
import com.channelstudio.timeline.TrackTimeline;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program audio of a minute made by two encoders side by side and joined, against the same program made by
 * one: with the real FFmpeg, the first part's frames are the single encode's own, byte for byte; the joined stream
 * has as many frames and decodes to as many samples; and at the seam it decodes as the single encode does.
 */
class AudioPartsJoinAsOneEncodeTest {

    private static final int RATE = 48_000;

    @TempDir
    Path folder;

    @Test
    void twoEncodersJoinedDecodeAtTheSeamAsOneEncode() throws Exception {
        String ffmpeg = new FfmpegLocator(StudioSettings.of(Map.of())).executable();
        List<Path> tracks = List.of(music(ffmpeg, "first", 220), music(ffmpeg, "second", 330));

        RenderPlan one = plan(ffmpeg, tracks, "one", 1);
        RenderPlan two = plan(ffmpeg, tracks, "two", 2);
        encode(ffmpeg, one);
        List<MeteredPart> metered = encode(ffmpeg, two);

        assertThat(one.audioParts()).hasSize(1);
        assertThat(two.audioParts()).hasSize(2);
        for (MeteredPart part : metered) {
            long tenths = (part.part().endSample() - part.part().firstSample() + AudioPart.AAC_FRAME) / (RATE / 10);
            assertThat(part.framePeaks().length).as("100 ms frames metered of %s", part.part().label())
                    .isBetween((int) tenths, (int) tenths + 2);
        }
        byte[] single = Files.readAllBytes(adts(ffmpeg, one));
        byte[] joined = Files.readAllBytes(adts(ffmpeg, two));
        List<Integer> singleFrames = adtsFrameStarts(single);
        List<Integer> joinedFrames = adtsFrameStarts(joined);
        assertThat(joinedFrames).hasSameSizeAs(singleFrames);
        AudioPart first = two.audioParts().get(0);
        int firstPartBytes = joinedFrames.get((int) first.framesKept());
        assertThat(Arrays.copyOf(joined, firstPartBytes)).as("the first part's frames").isEqualTo(Arrays.copyOf(single, firstPartBytes));

        float[] singleSamples = decode(ffmpeg, adts(ffmpeg, one));
        float[] joinedSamples = decode(ffmpeg, adts(ffmpeg, two));
        assertThat(joinedSamples).hasSameSizeAs(singleSamples);
        int seam = (int) (first.keepTo() + AudioPart.AAC_FRAME) * 2;
        int tenth = RATE / 10 * 2;
        double signal = power(singleSamples, seam - tenth, seam + tenth, null);
        double difference = power(singleSamples, seam - tenth, seam + tenth, joinedSamples);
        assertThat(signal).as("the program is audible at the seam").isGreaterThan(1e-3);
        assertThat(10 * Math.log10(signal / difference)).as("joined against one encode, 100 ms either side of the seam (dB)")
                .isGreaterThan(40);
    }

    /** Music-like sound: a chord whose notes swell and fade, over soft noise, at a level a provider might deliver. */
    private Path music(String ffmpeg, String name, int root) throws Exception {
        Path file = folder.resolve(name + ".wav");
        String note = "0.15*sin(2*PI*%d*t)*(0.6+0.4*sin(2*PI*%s*t))";
        String chord = String.join("+", String.format(note, root, "0.5"), String.format(note, root * 5 / 4, "0.3"),
                String.format(note, root * 3 / 2, "0.7"), "0.02*(random(0)-0.5)");
        Process process = new ProcessBuilder(ffmpeg, "-nostdin", "-v", "error", "-y", "-f", "lavfi", "-i",
                "aevalsrc=" + chord + "|" + chord + ":s=" + RATE + ":d=32", file.toString()).inheritIO().start();
        assertThat(process.waitFor()).isZero();
        return file;
    }

    private RenderPlan plan(String ffmpeg, List<Path> tracks, String name, int encoders) throws IOException {
        StudioProperties properties = StudioSettings.of(Map.of("studio.render.audio-encoders", String.valueOf(encoders),
                "studio.ffmpeg.cache-dir", folder.resolve("cache").toString()));
        TrackTimeline timeline = TrackTimeline.of(List.of(1, 2), List.of(32L * RATE, 32L * RATE), RATE, 30,
                properties.render().crossfadeSeconds());
        Path scratch = Files.createDirectories(folder.resolve(name));
        return new RenderPlan(UUID.randomUUID(), TestBinaries.of(ffmpeg), timeline, tracks, List.of(), scratch, scratch.resolve("video.mp4"),
                properties.render(), Motion.NONE, Visualizer.NONE, -3);
    }

    private List<MeteredPart> encode(String ffmpeg, RenderPlan plan) throws IOException {
        StudioProperties properties = StudioSettings.of(Map.of("studio.ffmpeg.cache-dir", folder.resolve("cache").toString()));
        return new ProgramAudioEncoder(new FfmpegLocator(properties), new FfmpegProgress()).encode(plan, new RenderRun(plan));
    }

    /** The program audio's AAC frames as ADTS, copied out of its MP4 (priming frame included). */
    private static Path adts(String ffmpeg, RenderPlan plan) throws Exception {
        Path frames = plan.scratch().resolve("frames.aac");
        if (!Files.exists(frames)) {
            Process process = new ProcessBuilder(ffmpeg, "-nostdin", "-v", "error", "-i", plan.audioFile().toString(), "-c", "copy",
                    "-f", "adts", frames.toString()).inheritIO().start();
            assertThat(process.waitFor()).isZero();
        }
        return frames;
    }

    private static List<Integer> adtsFrameStarts(byte[] stream) {
        List<Integer> starts = new ArrayList<>();
        for (int at = 0; at < stream.length; at += (stream[at + 3] & 0x03) << 11 | (stream[at + 4] & 0xff) << 3 | (stream[at + 5] & 0xff) >> 5) {
            assertThat(stream[at] & 0xff).as("ADTS sync at byte %d", at).isEqualTo(0xff);
            starts.add(at);
        }
        return starts;
    }

    /** The ADTS stream decoded as FFmpeg does, interleaved stereo, the encoder's priming frame included. */
    private static float[] decode(String ffmpeg, Path aac) throws Exception {
        Process process = new ProcessBuilder(ffmpeg, "-nostdin", "-v", "error", "-f", "aac", "-i", aac.toString(), "-f", "f32le", "-")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] bytes = process.getInputStream().readAllBytes();
        assertThat(process.waitFor()).isZero();
        FloatBuffer samples = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
        float[] decoded = new float[samples.remaining()];
        samples.get(decoded);
        return decoded;
    }

    /** Mean power of {@code a} over [from, to), or of its difference from {@code b}. */
    private static double power(float[] a, int from, int to, float[] b) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            double value = b == null ? a[i] : a[i] - b[i];
            sum += value * value;
        }
        return sum / (to - from);
    }
}
