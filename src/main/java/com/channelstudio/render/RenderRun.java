package com.channelstudio.render;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What one render attempt has run so far, written by the render workers side by side: the commands that finished
 * (for {@code render_tasks.ffmpeg_command}), the stretches corrective audio encodes lower, and the steps done of
 * the steps the attempt now has. One lock guards it all, so done and total are always read together.
 */
public final class RenderRun {

    /** How far the attempt is: steps done of the steps it has (a corrective encode adds one). */
    public record Steps(int done, int total) {

        public int percent() {
            return done * 100 / total;
        }

        @Override
        public String toString() {
            return done + "/" + total + " steps (" + percent() + "%)";
        }
    }

    private final RenderPlan plan;
    private final List<String> commandsRun = new ArrayList<>();
    private final List<Overshoot> overshoots = new ArrayList<>();
    private int correctiveEncodes;

    RenderRun(RenderPlan plan) {
        this.plan = plan;
    }

    public UUID jobId() {
        return plan.jobId();
    }

    /** One of the plan's commands finished. */
    public synchronized Steps stepDone(FfmpegCommand command) {
        return record(command.commandLine(plan.executable()));
    }

    /** The program audio finished: its parts mixed, limited, encoded, metered and joined, recorded as one step. */
    public synchronized Steps audioDone() {
        return record(plan.commands().audio(overshoots));
    }

    private Steps record(String commandLine) {
        commandsRun.add(commandLine);
        return steps();
    }

    /** The meter found AAC had pushed the true peak over the ceiling here: the program is encoded again, lower there. */
    public synchronized void correct(List<Overshoot> found) {
        correctiveEncodes++;
        overshoots.addAll(found);
    }

    public synchronized Steps steps() {
        return new Steps(commandsRun.size(), plan.images().size() + 2 + correctiveEncodes);
    }

    public synchronized int correctiveEncodes() {
        return correctiveEncodes;
    }

    /** Where the limiter takes the program further down: the stretches earlier encodes of this attempt pushed over. */
    public synchronized List<Overshoot> overshoots() {
        return List.copyOf(overshoots);
    }

    /** The commands that ran, in the order they finished, as stored in {@code render_tasks.ffmpeg_command}. */
    public synchronized String commandsRun() {
        return String.join("\n", commandsRun);
    }
}
