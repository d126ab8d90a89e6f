package com.channelstudio.render;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One FFmpeg run: what it is for, its arguments (no shell, no quoting), how long it may take, and where it
 * reports its progress ({@code -progress}) on the way to {@code expectedSeconds} of output.
 */
public record FfmpegCommand(String purpose, List<String> arguments, long timeoutMillis, Path progressFile,
        double expectedSeconds) {

    /** The command as a shell line, for {@code render_tasks.ffmpeg_command} and the logs. */
    public String commandLine(String executable) {
        return executable + " " + arguments.stream().map(FfmpegCommand::quote).collect(Collectors.joining(" "));
    }

    private static String quote(String argument) {
        return argument.matches("[A-Za-z0-9_@%+=:,./-]+") ? argument : "'" + argument.replace("'", "'\\''") + "'";
    }
}
