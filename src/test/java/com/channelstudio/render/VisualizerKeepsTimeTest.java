package com.channelstudio.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.look.Motion;
import com.channelstudio.look.Visualizer;
import com.channelstudio.media.FfmpegBinary;
import com.channelstudio.media.FfmpegLocator;
import com.channelstudio.support.OnThePath;
import com.channelstudio.support.StudioSettings;
import com.channelstudio.timeline.TrackTimeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mux that draws a visualizer, run as the render runs it on a small picture, with the bundled FFmpeg and the one
 * on the PATH, at the frame rate of the still videos (30) and at the default visualizer-fps: a band frame for every
 * video frame, each different from the one before, to the last. FFmpeg 5's showfreqs, left at its own rate of 25,
 * stamped a 30-a-second band on a 25-a-second clock: frames repeated, and the mux held a growing backlog.
 */
class VisualizerKeepsTimeTest {

    private static final int SECONDS = 6;

    @TempDir
    Path folder;

    @Test
    void everyFrameHasItsOwnBandToTheLastOnEveryFfmpegAtEachFrameRate() throws Exception {
        for (FfmpegBinary ffmpeg : ffmpegs()) {
            for (int fps : List.of(30, StudioSettings.of(Map.of()).render().visualizerFps())) {
                for (Visualizer visualizer : List.of(Visualizer.BARS, Visualizer.WAVE)) {
                    String what = visualizer + " at " + fps + " frames a second with FFmpeg " + ffmpeg.version();
                    List<String> band = bandFrames(ffmpeg, mux(ffmpeg, fps, visualizer));
                    assertThat(band).as(what + ": frames").hasSize(SECONDS * fps);
                    assertThat(IntStream.range(1, band.size()).filter(i -> band.get(i).equals(band.get(i - 1))))
                            .as(what + ": frames whose band repeats the one before").isEmpty();
                }
            }
        }
    }

    /** The plan's mux over a flat grey picture stream and a sweep of tones with noise, both as the render makes them. */
    private Path mux(FfmpegBinary ffmpeg, int fps, Visualizer visualizer) throws Exception {
        StudioProperties properties = StudioSettings.of(Map.of("studio.render.width", "320", "studio.render.height", "180",
                "studio.render.visualizer-fps", String.valueOf(fps)));
        TrackTimeline timeline = TrackTimeline.of(List.of(1), List.of(SECONDS * 48_000L), 48_000, fps, 0);
        Path scratch = Files.createDirectories(folder.resolve(UUID.randomUUID().toString()));
        RenderPlan plan = new RenderPlan(UUID.randomUUID(), ffmpeg, timeline, List.of(), List.of(), scratch,
                scratch.resolve("video.mp4"), properties.render(), Motion.NONE, visualizer, 0);
        run(ffmpeg, List.of("-v", "error", "-y", "-f", "lavfi", "-i", "color=c=gray:s=320x180:r=" + fps + ":d=" + SECONDS,
                "-c:v", "libx264", "-preset", "ultrafast", "-bf", "0", "-f", "h264", plan.videoTrack().toString()));
        run(ffmpeg, List.of("-v", "error", "-y", "-f", "lavfi", "-i", "aevalsrc=0.3*sin(2*PI*(200+400*t)*t)+0.1*random(0)"
                        + ":s=48000:d=" + SECONDS + ":c=stereo",
                "-c:a", "aac", "-f", "mp4", plan.audioFile().toString()));
        List<String> arguments = new ArrayList<>(plan.commands().mux().arguments());
        run(ffmpeg, arguments);
        return plan.partialOutput();
    }

    /** The MD5 of the bottom 12 % of every frame, decoded. */
    private static List<String> bandFrames(FfmpegBinary ffmpeg, Path video) throws Exception {
        Process md5 = new ProcessBuilder(ffmpeg.executable(), "-v", "error", "-i", video.toString(), "-map", "0:v",
                "-vf", "crop=iw:ih*12/100:0:ih*88/100", "-vsync", "0", "-f", "framemd5", "-").redirectErrorStream(true).start();
        List<String> lines = new String(md5.getInputStream().readAllBytes()).lines().filter(line -> !line.startsWith("#")).toList();
        assertThat(md5.waitFor()).as(String.join("\n", lines)).isZero();
        return lines.stream().map(line -> line.substring(line.lastIndexOf(',') + 1).strip()).toList();
    }

    /** The bundled FFmpeg, and the one on the PATH if there is one, as the studio finds and checks them. */
    private static List<FfmpegBinary> ffmpegs() {
        List<FfmpegBinary> found = new ArrayList<>(List.of(new FfmpegLocator(StudioSettings.of(Map.of())).binary()));
        OnThePath.find("ffmpeg").ifPresent(onPath -> found.add(
                new FfmpegLocator(StudioSettings.of(Map.of("studio.ffmpeg.path", "ffmpeg"))).binary()));
        return found;
    }

    private static void run(FfmpegBinary ffmpeg, List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(ffmpeg.executable()));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertThat(process.waitFor()).as(String.join(" ", command)).isZero();
    }
}
