package com.channelstudio.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.look.Motion;
import com.channelstudio.look.Visualizer;
import com.channelstudio.media.FfmpegBinary;
import com.channelstudio.support.StudioSettings;
import com.channelstudio.support.VideoFrames;
import com.channelstudio.timeline.TrackTimeline;
import java.nio.file.Files;
import java.nio.file.Path;
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
    /** The visualizer's band: studio.render.visualizer-height-percent of the picture. */
    private static final int BAND_PERCENT = 12;

    @TempDir
    Path folder;

    @Test
    void everyFrameHasItsOwnBandToTheLastOnEveryFfmpegAtEachFrameRate() throws Exception {
        for (FfmpegBinary ffmpeg : TestBinaries.found()) {
            for (int fps : List.of(30, StudioSettings.of(Map.of()).render().visualizerFps())) {
                for (Visualizer visualizer : List.of(Visualizer.BARS, Visualizer.WAVE)) {
                    String what = visualizer + " at " + fps + " frames a second with FFmpeg " + ffmpeg.version();
                    List<String> band = new VideoFrames(ffmpeg.executable()).bottomHashes(mux(ffmpeg, fps, visualizer),
                            BAND_PERCENT, 0, SECONDS * fps - 1);
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
        TestBinaries.run(ffmpeg.executable(), List.of("-v", "error", "-y", "-f", "lavfi", "-i", "color=c=gray:s=320x180:r=" + fps + ":d=" + SECONDS,
                "-c:v", "libx264", "-preset", "ultrafast", "-bf", "0", "-f", "h264", plan.videoTrack().toString()));
        TestBinaries.run(ffmpeg.executable(), List.of("-v", "error", "-y", "-f", "lavfi", "-i", "aevalsrc=0.3*sin(2*PI*(200+400*t)*t)+0.1*random(0)"
                        + ":s=48000:d=" + SECONDS + ":c=stereo",
                "-c:a", "aac", "-f", "mp4", plan.audioFile().toString()));
        TestBinaries.run(ffmpeg.executable(), plan.commands().mux().arguments());
        return plan.partialOutput();
    }
}
