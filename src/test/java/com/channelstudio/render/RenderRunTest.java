package com.channelstudio.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.look.Motion;
import com.channelstudio.look.Visualizer;
import com.channelstudio.support.StudioSettings;
import com.channelstudio.timeline.TrackTimeline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A render's record of what ran, written by the render workers side by side while the API reads its
 * progress. Steps done never run ahead of the steps the attempt has, also when a corrective audio encode adds one
 * mid-way, and every finished command is stored once, the corrected audio with the stretches it lowered.
 */
class RenderRunTest {

    private static final Path SCRATCH = Path.of("/tmp/render-run-test");

    @Test
    void twentyClipsTwoAudioPassesAndTheMuxEndAtTwentyThreeOfTwentyThreeAndNeverAheadOnTheWay() throws Exception {
        RenderPlan plan = plan();
        RenderCommands commands = plan.commands();
        RenderRun run = new RenderRun(plan);
        List<RenderRun.Steps> seen = Collections.synchronizedList(new ArrayList<>());
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            work.add(workers.submit(() -> {
                seen.add(run.audioDone());
                run.correct(List.of(new Overshoot(61.2, 61.5, 0.4)));
                seen.add(run.audioDone());
            }));
            for (int i = 0; i < 20; i++) {
                FfmpegCommand clip = commands.clip(i);
                work.add(workers.submit(() -> seen.add(run.stepDone(clip))));
            }
            work.add(workers.submit(() -> {
                while (run.steps().done() < 22 && !Thread.currentThread().isInterrupted()) {
                    seen.add(run.steps());
                }
            }));
            for (Future<?> step : work) {
                step.get();
            }
        } finally {
            workers.shutdownNow();
        }
        RenderRun.Steps last = run.stepDone(commands.mux());

        assertThat(last).isEqualTo(new RenderRun.Steps(23, 23));
        assertThat(last.toString()).isEqualTo("23/23 steps (100%)");
        assertThat(seen).allSatisfy(steps -> assertThat(steps.done()).isLessThanOrEqualTo(steps.total()));
        List<String> lines = run.commandsRun().lines().toList();
        assertThat(plan.audioParts()).hasSize(2);
        assertThat(lines).as("two audio encodes of two parts, joined and put in MP4, 20 clips, the mux").hasSize(29);
        assertThat(lines.stream().filter(line -> line.contains("studio-true-peak-limiter")).toList()).hasSize(4)
                .filteredOn(line -> line.contains("--lower 61.20-61.50s:0.40dB")).hasSize(2);
        assertThat(String.join("\n", lines)).contains(commands.audio(List.of()), commands.audio(List.of(new Overshoot(61.2, 61.5, 0.4))));
        assertThat(lines.get(28)).isEqualTo(commands.mux().commandLine("ffmpeg"));
        assertThat(run.correctiveEncodes()).isOne();
    }

    @Test
    void thePlannedCommandsAreTheOnesThatRunWhenNothingNeedsCorrecting() {
        RenderPlan plan = plan();
        RenderCommands commands = plan.commands();
        RenderRun run = new RenderRun(plan);
        run.audioDone();
        for (int i = 0; i < 20; i++) {
            run.stepDone(commands.clip(i));
        }
        run.stepDone(commands.mux());

        assertThat(run.commandsRun()).isEqualTo(plan.commands().planned());
        assertThat(run.steps()).isEqualTo(new RenderRun.Steps(22, 22));
    }

    private static RenderPlan plan() {
        StudioProperties properties = StudioSettings.of(Map.of());
        List<Integer> order = new ArrayList<>();
        List<Long> samples = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            order.add(i);
            samples.add(180L * 48_000);
            files.add(SCRATCH.resolve("input-" + i));
        }
        TrackTimeline timeline = TrackTimeline.of(order, samples, 48_000, 30, 0);
        return new RenderPlan(UUID.randomUUID(), TestBinaries.of("ffmpeg"), timeline, files, files, SCRATCH, SCRATCH.resolve("video.mp4"),
                properties.render(), Motion.NONE, Visualizer.NONE, -1.5);
    }
}
