package com.channelstudio.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.images.painter.Painter;
import com.channelstudio.look.Motion;
import com.channelstudio.look.Visualizer;
import com.channelstudio.media.FfmpegBinary;
import com.channelstudio.support.Pictures;
import com.channelstudio.support.StudioSettings;
import com.channelstudio.support.VideoFrames;
import com.channelstudio.timeline.TrackTimeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * The pictures' optional gentle motion, made as one seamless loop per image, encoded once and repeated by
 * stream copy; the still (the default) as before. Real FFmpeg: the bundled 4.4.1, and the one on the PATH if any.
 */
@Tag("slow")
class MotionLoopsTest {

    static final int FPS = 30;
    static final int LOOP_SECONDS = 2;
    static final int LOOP = LOOP_SECONDS * FPS;
    static final int WIDTH = 1280;
    static final int HEIGHT = 720;

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
            painter.paint(scenes[i], 70 + i, WIDTH, HEIGHT, image);
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
            TestBinaries.run(ffmpeg, plan.commands().clip(0, LOOP + 1).arguments());
            Path clip = plan.scratch().resolve("clip-01.h264");
            List<byte[]> loop = new VideoFrames(ffmpeg).lumas(clip, WIDTH, HEIGHT, 0, LOOP);
            byte[] first = loop.get(0);
            byte[] half = loop.get(LOOP / 2);
            byte[] onePast = loop.get(LOOP);
            assertThat(VideoFrames.psnr(first, onePast)).as("%s with %s: frame %d matches frame 0 (PSNR, dB)", motion, ffmpeg, LOOP)
                    .isGreaterThan(45);
            assertThat(VideoFrames.psnr(first, half)).as("%s with %s: half a loop on, the picture has moved (PSNR, dB)", motion, ffmpeg)
                    .isLessThan(VideoFrames.psnr(first, onePast) - 5);
            framesByFfmpeg.put(ffmpeg, List.of(first, half, onePast));
        }
        List<List<byte[]>> results = List.copyOf(framesByFfmpeg.values());
        for (int frame = 0; frame < 3; frame++) {
            assertThat(VideoFrames.psnr(results.get(0).get(frame), results.get(results.size() - 1).get(frame)))
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
            TestBinaries.run(ffmpeg, plan.commands().clip(i).arguments());
        }
        new VideoTrackAssembler().assemble(plan);
        Path video = plan.videoTrack();
        TrackTimeline timeline = plan.timeline();
        assertThat(new VideoFrames(ffmpeg).hashes(video)).hasSize((int) timeline.totalFrames());

        assertThat(new Pictures(ffmpeg).cutsOffTheirTrack(video, timeline, images, 1)).as("%s", motion).isEmpty();
        long seam = timeline.segments().get(2).firstFrame() + LOOP;
        List<byte[]> loop = new VideoFrames(ffmpeg).lumas(video, WIDTH, HEIGHT, seam - LOOP, seam);
        double roughestStep = Double.POSITIVE_INFINITY;
        for (int frame = 0; frame + 1 < LOOP; frame++) {
            roughestStep = Math.min(roughestStep, VideoFrames.psnr(loop.get(frame), loop.get(frame + 1)));
        }
        assertThat(VideoFrames.psnr(loop.get(LOOP - 1), loop.get(LOOP))).as("%s: the step where the loop starts again (PSNR, dB)", motion)
                .isGreaterThan(Math.min(roughestStep, 40) - 3);
    }

    /**
     * The default, a still: x264 encodes the picture and one repeat, the assembler writes the repeat renumbered for
     * the rest of each GOP. With every FFmpeg making the clip and every one decoding the stream, without an error,
     * each frame is the picture x264 shows when it encodes every repeat itself, as it did before.
     */
    @Test
    void aStillShowsThePictureOfX264EncodingEveryRepeatInEveryFrame() throws Exception {
        long gop = 10L * FPS;
        for (String ffmpeg : ffmpegs()) {
            RenderPlan plan = plan(ffmpeg, Motion.NONE, "20", List.of(2 * gop + 157));
            List<String> arguments = plan.commands().clip(0).arguments();
            assertThat(arguments).contains("-vf").doesNotContain("-filter_complex")
                    .filteredOn(argument -> argument.equals("-i")).hasSize(1);
            assertThat(plan.particleLayers()).isEmpty();
            TestBinaries.run(ffmpeg, arguments);
            assertThat(new VideoFrames(ffmpeg).hashes(plan.scratch().resolve("clip-01.h264"))).as("the picture and one repeat").hasSize(2);
            new VideoTrackAssembler().assemble(plan);

            List<String> everyRepeatEncoded = new ArrayList<>(plan.commands().clip(0, gop).arguments());
            Path x264Repeats = plan.scratch().resolve("every-repeat-encoded.h264");
            everyRepeatEncoded.set(everyRepeatEncoded.size() - 1, x264Repeats.toString());
            TestBinaries.run(ffmpeg, everyRepeatEncoded);
            List<String> picture = new VideoFrames(ffmpeg).hashes(x264Repeats);
            assertThat(picture).hasSize((int) gop).containsOnly(picture.get(0));
            List<Integer> x264Numbers = frameNumbers(ffmpeg, x264Repeats);
            List<Integer> assembledNumbers = frameNumbers(ffmpeg, plan.videoTrack());
            assertThat(assembledNumbers).hasSize((int) (2 * gop + 157));
            for (int frame = 0; frame < assembledNumbers.size(); frame++) {
                assertThat(assembledNumbers.get(frame)).as("frame_num of frame %d", frame).isEqualTo(x264Numbers.get((int) (frame % gop)));
            }

            for (String decoder : ffmpegs()) {
                assertThat(decodeErrors(decoder, plan.videoTrack())).as("%s decoding the stream made with %s", decoder, ffmpeg).isEmpty();
                assertThat(new VideoFrames(decoder).hashes(plan.videoTrack())).as("decoded by %s, made with %s", decoder, ffmpeg)
                        .hasSize((int) (2 * gop + 157)).containsOnly(picture.get(0));
            }
        }
    }

    /** The frame_num of every slice header, as FFmpeg's trace_headers filter reads the stream. */
    private static List<Integer> frameNumbers(String ffmpeg, Path stream) throws Exception {
        Process process = new ProcessBuilder(ffmpeg, "-nostdin", "-v", "info", "-f", "h264", "-i", stream.toString(), "-c", "copy",
                "-bsf:v", "trace_headers", "-f", "null", "-").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        List<Integer> numbers = new String(process.getErrorStream().readAllBytes()).lines()
                .filter(line -> line.contains(" frame_num ")).map(line -> Integer.valueOf(line.substring(line.lastIndexOf('=') + 1).trim()))
                .toList();
        assertThat(process.waitFor()).isZero();
        return numbers;
    }

    private static String decodeErrors(String ffmpeg, Path video) throws Exception {
        Process process = new ProcessBuilder(ffmpeg, "-nostdin", "-v", "error", "-f", "h264", "-i", video.toString(), "-f", "null", "-")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String errors = new String(process.getErrorStream().readAllBytes());
        assertThat(process.waitFor()).isZero();
        return errors;
    }

    @Test
    void aMotionThatIsNoneOfTheFourOrALoopOutOfRangeStopsTheStartNamingKeyValueAndRule() {
        FailureAnalysis motion = startFailure("studio.render.motion=sparkle");
        assertThat(motion.getDescription()).contains("studio.render.motion", "\"sparkle\"");
        assertThat(motion.getAction()).contains("NONE", "ZOOM", "PARTICLES", "FLICKER");
        assertThat(startFailure("studio.render.motion-loop-seconds=0").getDescription())
                .containsPattern("studio.render.motion(-loop-seconds|LoopSeconds)").contains("\"0\"", "must be greater than or equal to 1");
    }

    /** What the log shows when the studio does not start with this setting. */
    private static FailureAnalysis startFailure(String setting) {
        FailureAnalysis[] analysis = new FailureAnalysis[1];
        new ApplicationContextRunner().withUserConfiguration(Settings.class).withPropertyValues(setting).run(context -> {
            Throwable failure = context.getStartupFailure();
            analysis[0] = SpringFactoriesLoader.forDefaultResourceLocation()
                    .load(FailureAnalyzer.class, SpringFactoriesLoader.FailureHandler.handleMessage((message, e) -> {}))
                    .stream().map(analyzer -> analyzer.analyze(failure)).filter(Objects::nonNull).findFirst().orElseThrow();
        });
        return analysis[0];
    }

    @EnableConfigurationProperties(StudioProperties.class)
    static class Settings {}

    private RenderPlan plan(String ffmpeg, Motion motion, String crf, List<Long> segmentFrames) throws IOException {
        StudioProperties properties = StudioSettings.of(Map.of("studio.render.width", String.valueOf(WIDTH), "studio.render.height", String.valueOf(HEIGHT),
                "studio.render.crf", crf, "studio.render.motion-loop-seconds", String.valueOf(LOOP_SECONDS)));
        List<Integer> order = new ArrayList<>();
        List<Long> samples = new ArrayList<>();
        for (int i = 0; i < segmentFrames.size(); i++) {
            order.add(i + 1);
            samples.add(segmentFrames.get(i) * 48_000 / FPS);
        }
        TrackTimeline timeline = TrackTimeline.of(order, samples, 48_000, FPS, 0);
        Path scratch = Files.createDirectories(folder.resolve(UUID.randomUUID().toString()));
        RenderPlan plan = new RenderPlan(UUID.randomUUID(), TestBinaries.of(ffmpeg), timeline, List.of(), images.subList(0, segmentFrames.size()),
                scratch, scratch.resolve("video.mp4"), properties.render(), motion, Visualizer.NONE, 0);
        for (ParticleLayer layer : plan.particleLayers()) {
            layer.paint(12345);
        }
        return plan;
    }

    /** The bundled FFmpeg, and the one on the PATH if there is one. */
    private static List<String> ffmpegs() {
        return TestBinaries.found().stream().map(FfmpegBinary::executable).toList();
    }
}
