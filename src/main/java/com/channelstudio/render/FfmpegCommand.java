package com.channelstudio.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One FFmpeg run: what it is for, its arguments (no shell, no quoting), how long it may take, where it reports its
 * progress ({@code -progress}) on the way to {@code expectedSeconds} of output, and whether it runs in the
 * background: at a lower CPU priority ({@code nice}), so it fills the cores the render's critical path leaves idle.
 */
public record FfmpegCommand(String purpose, List<String> arguments, long timeoutMillis, Path progressFile,
        double expectedSeconds, boolean background) {

    private static final List<String> NICE = List.of("nice", "-n", "10");

    /** The program to start: FFmpeg itself, or {@code nice} for a background run. */
    public String executable(String ffmpeg) {
        return background ? NICE.get(0) : ffmpeg;
    }

    /** The arguments of {@link #executable}. */
    public List<String> argumentsFor(String ffmpeg) {
        if (!background) {
            return arguments;
        }
        List<String> line = new ArrayList<>(NICE.subList(1, NICE.size()));
        line.add(ffmpeg);
        line.addAll(arguments);
        return line;
    }

    /** The command as a shell line, for {@code render_tasks.ffmpeg_command} and the logs. */
    public String commandLine(String ffmpeg) {
        return executable(ffmpeg) + " " + argumentsFor(ffmpeg).stream().map(FfmpegCommand::quote).collect(Collectors.joining(" "));
    }

    private static String quote(String argument) {
        return argument.matches("[A-Za-z0-9_@%+=:,./-]+") ? argument : "'" + argument.replace("'", "'\\''") + "'";
    }
}
