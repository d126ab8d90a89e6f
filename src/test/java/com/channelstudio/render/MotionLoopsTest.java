package com.channelstudio.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.config.StudioProperties.Motion;
import com.channelstudio.images.painter.Painter;
import com.channelstudio.media.FfmpegLocator;
import com.channelstudio.support.Pictures;
import com.channelstudio.support.StudioSettings;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 12: the pictures' optional gentle motion, made as one seamless loop per image, encoded once and repeated by
 * stream copy; the still (the default) as before. Real FFmpeg: the bundled 4.4.1, and the one on the PATH if any.
 */
class MotionLoopsTest {

    static final int FPS = 30;
    static final int LOOP_SECONDS = 2;
    static final int LOOP = LOOP_SECONDS * FPS;

    @TempDir
    static Path folder;

    static final List<Path> images = new ArrayList<>();

    @BeforeAll
    static void paintImages() throws IOException {
        Painter painter = new Painter();
        String[] scenes = {"a rainy city street at night, neon reflections", "a quiet library with warm lamps",
                "a mountain lake at dawn, pine forest"};
        for (int i = 0; i < scenes.length; i++) {
            Path image = folder.resolve("image-" + i + ".png");
            painter.paint(scenes[i], 70 + i, 1280, 720, image);
            images.add(image);
        }
    }

    /**
     * The loop's frame L (one past its last) is its frame 0 again, with every FFmpeg: so the jump from the last frame
     * back to the first, where the clip repeats, is one ordinary step of the motion. Coded near losslessly (crf 8),
     * so what differs between frames is the motion rather than coding noise (about 44 dB at the default crf).
     */
    @ParameterizedTest
    @EnumSource(value = Motion.class, names = {"ZOOM", "PARTICLES", "FLICKER"})
    void theMotionComesBackToItsFirstFrameAfterOneLoopWithEveryFfmpeg(Motion motion) throws Exception {
        Map<String, List<byte[]>> framesByFfmpeg = new LinkedHashMap<>();
        for (String ffmpeg : ffmpegs()) {
            RenderPlan plan = plan(ffmpeg, motion, "8", List.of(3L * LOOP));
            run(ffmpeg, plan.clip(0, LOOP + 1).arguments());
            Path clip = plan.scratch().resolve("clip-01.h264");
            List<byte[]> loop = lumas(ffmpeg, clip, 0, LOOP);
            byte[] first = loop.get(0);
            byte[] half = loop.get(LOOP / 2);
            byte[] onePast = loop.get(LOOP);
            assertThat(psnr(first, onePast)).as("%s with %s: frame %d matches frame 0 (PSNR, dB)", motion, ffmpeg, LOOP)
                    .isGreaterThan(45);
            assertThat(psnr(first, half)).as("%s with %s: half a loop on, the picture has moved (PSNR, dB)", motion, ffmpeg)
                    .isLessThan(psnr(first, onePast) - 5);
            framesByFfmpeg.put(ffmpeg, List.of(first, half, onePast));
        }
        List<List<byte[]>> results = List.copyOf(framesByFfmpeg.values());
        for (int frame = 0; frame < 3; frame++) {
            assertThat(psnr(results.get(0).get(frame), results.get(results.size() - 1).get(frame)))
                    .as("%s: %s make the same frames (PSNR, dB)", motion, framesByFfmpeg.keySet()).isGreaterThan(45);
        }
    }

    /**
     * Segments of whole loops and a part of one: the assembled video has exactly the timeline's frames, every cut
     * falls on its track's first frame, and where a loop starts again inside a segment the picture goes on
     * smoothly (the step is no bigger than the motion's own steps plus the coding noise of a new keyframe).
     */
    @ParameterizedTest
    @EnumSource(value = Motion.class, names = {"ZOOM", "PARTICLES", "FLICKER"})
    void everyCutShowsTheImageOfTheTrackThatStartsThere(Motion motion) throws Exception {
        String ffmpeg = ffmpegs().get(0);
        RenderPlan plan = plan(ffmpeg, motion, "20", List.of(2L * LOOP + 17, LOOP + 41L, 3L * LOOP + 5));
        for (int i = 0; i < 3; i++) {
            run(ffmpeg, plan.clip(i).arguments());
        }
        new VideoTrackAssembler().assemble(plan);
        Path video = plan.videoTrack();
        TrackTimeline timeline = plan.timeline();
        assertThat(frameHashes(ffmpeg, video)).hasSize((int) timeline.totalFrames());

        Pictures pictures = new Pictures(ffmpeg);
        List<int[]> sources = new ArrayList<>();
        for (Path image : images) {
            sources.add(pictures.image(image));
        }
        for (int i = 1; i < 3; i++) {
            long cut = timeline.segments().get(i).firstFrame();
            assertThat(Pictures.showsRatherThan(pictures.frame(video, cut - 1), sources.get(i - 1), sources.get(i)))
                    .as("%s: last frame before cut %d shows image %d", motion, i, i).isTrue();
            assertThat(Pictures.showsRatherThan(pictures.frame(video, cut), sources.get(i), sources.get(i - 1)))
                    .as("%s: first frame after cut %d shows image %d", motion, i, i + 1).isTrue();
        }
        long seam = timeline.segments().get(2).firstFrame() + LOOP;
        List<byte[]> loop = lumas(ffmpeg, video, seam - LOOP, seam);
        double roughestStep = Double.POSITIVE_INFINITY;
        for (int frame = 0; frame + 1 < LOOP; frame++) {
            roughestStep = Math.min(roughestStep, psnr(loop.get(frame), loop.get(frame + 1)));
        }
        assertThat(psnr(loop.get(LOOP - 1), loop.get(LOOP))).as("%s: the step where the loop starts again (PSNR, dB)", motion)
                .isGreaterThan(Math.min(roughestStep, 40) - 3);
    }

    /** The default: one still frame per image, repeated as skips, exactly as before motion existed. */
    @Test
    void aStillIsOnePictureRepeatedAsBefore() throws Exception {
        String ffmpeg = ffmpegs().get(0);
        RenderPlan plan = plan(ffmpeg, Motion.NONE, "20", List.of(15L * FPS));
        List<String> arguments = plan.clip(0).arguments();
        assertThat(arguments).contains("-vf").doesNotContain("-filter_complex")
                .filteredOn(argument -> argument.equals("-i")).hasSize(1);
        assertThat(plan.particleLayers()).isEmpty();
        run(ffmpeg, arguments);
        List<String> frames = frameHashes(ffmpeg, plan.scratch().resolve("clip-01.h264"));
        assertThat(frames).as("a keyframe interval of frames").hasSize(10 * FPS);
        assertThat(frames).as("every frame the same picture").containsOnly(frames.get(0));
    }

    private RenderPlan plan(String ffmpeg, Motion motion, String crf, List<Long> segmentFrames) throws IOException {
        StudioProperties properties = StudioSettings.of(Map.of("studio.render.width", "1280", "studio.render.height", "720",
                "studio.render.crf", crf, "studio.render.motion-loop-seconds", String.valueOf(LOOP_SECONDS)));
        List<Integer> order = new ArrayList<>();
        List<Long> samples = new ArrayList<>();
        for (int i = 0; i < segmentFrames.size(); i++) {
            order.add(i + 1);
            samples.add(segmentFrames.get(i) * 48_000 / FPS);
        }
        TrackTimeline timeline = TrackTimeline.of(order, samples, 48_000, FPS, 0);
        Path scratch = Files.createDirectories(folder.resolve(UUID.randomUUID().toString()));
        RenderPlan plan = new RenderPlan(UUID.randomUUID(), ffmpeg, timeline, List.of(), images.subList(0, segmentFrames.size()),
                scratch, scratch.resolve("video.mp4"), properties.render(), motion, 0);
        for (ParticleLayer layer : plan.particleLayers()) {
            layer.paint(12345);
        }
        return plan;
    }

    /** The bundled FFmpeg, and the one on the PATH if there is one. */
    private static List<String> ffmpegs() {
        List<String> found = new ArrayList<>(List.of(new FfmpegLocator(StudioSettings.of(Map.of())).executable()));
        String path = System.getenv().getOrDefault("PATH", "");
        Arrays.stream(path.split(File.pathSeparator)).map(dir -> Path.of(dir, "ffmpeg")).filter(Files::isExecutable)
                .findFirst().ifPresent(onPath -> found.add(new FfmpegLocator(StudioSettings.of(Map.of("studio.ffmpeg.path", "ffmpeg"))).executable()));
        return found;
    }

    /** Frames {@code first} to {@code last} of a video, their luma planes at full size. */
    private static List<byte[]> lumas(String ffmpeg, Path video, long first, long last) throws IOException, InterruptedException {
        byte[] planes = output(ffmpeg, "-i", video.toString(), "-vf", "select=between(n\\," + first + "\\," + last + ")",
                "-vsync", "0", "-f", "rawvideo", "-pix_fmt", "gray", "-");
        int size = 1280 * 720;
        assertThat(planes).as("frames %d to %d of %s", first, last, video).hasSize((int) (last - first + 1) * size);
        List<byte[]> frames = new ArrayList<>();
        for (int offset = 0; offset < planes.length; offset += size) {
            frames.add(Arrays.copyOfRange(planes, offset, offset + size));
        }
        return frames;
    }

    /** The MD5 of every decoded frame, in order. */
    private static List<String> frameHashes(String ffmpeg, Path video) throws IOException, InterruptedException {
        String lines = new String(output(ffmpeg, "-i", video.toString(), "-f", "framemd5", "-"));
        return lines.lines().filter(line -> !line.startsWith("#")).map(line -> line.substring(line.lastIndexOf(',') + 1).trim()).toList();
    }

    /** Peak signal-to-noise ratio of two lumas, in dB, as FFmpeg's psnr filter gives it for the Y plane. */
    private static double psnr(byte[] a, byte[] b) {
        assertThat(a).hasSameSizeAs(b);
        double squares = 0;
        for (int i = 0; i < a.length; i++) {
            double difference = (a[i] & 0xff) - (b[i] & 0xff);
            squares += difference * difference;
        }
        double mse = squares / a.length;
        return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255 * 255 / mse);
    }

    private static byte[] output(String ffmpeg, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ffmpeg, "-nostdin", "-v", "error"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] bytes = process.getInputStream().readAllBytes();
        if (process.waitFor() != 0 || bytes.length == 0) {
            throw new IOException("FFmpeg gave nothing: " + command);
        }
        return bytes;
    }

    private static void run(String ffmpeg, List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(ffmpeg));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertThat(process.waitFor()).as(String.join(" ", command)).isZero();
    }
}
