package com.channelstudio.render;

import java.util.List;
import java.util.stream.Collectors;

/** One FFmpeg run: what it is for, its arguments (no shell, no quoting), and how long it may take. */
public record FfmpegCommand(String purpose, List<String> arguments, long timeoutMillis) {

    /** The command as a shell line, for {@code render_tasks.ffmpeg_command} and the logs. */
    public String commandLine(String executable) {
        return executable + " " + arguments.stream().map(FfmpegCommand::quote).collect(Collectors.joining(" "));
    }

    private static String quote(String argument) {
        return argument.matches("[A-Za-z0-9_@%+=:,./-]+") ? argument : "'" + argument.replace("'", "'\\''") + "'";
    }
}
