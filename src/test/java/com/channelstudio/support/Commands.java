package com.channelstudio.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** How tests run a program of their own (FFmpeg, mostly): to make material, and to read what it prints. */
public final class Commands {

    private Commands() {}

    /** Runs the command, its output on the test's, and fails the test if it fails. */
    public static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertThat(process.waitFor()).as(String.join(" ", command)).isZero();
    }

    /** What the command prints on its standard output, or with {@code stderr} on both, failing the test if it fails. */
    public static byte[] output(List<String> command, boolean stderr) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command));
        if (stderr) {
            builder.redirectErrorStream(true);
        } else {
            builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        }
        Process process = builder.start();
        byte[] bytes = process.getInputStream().readAllBytes();
        assertThat(process.waitFor()).as(String.join(" ", command)).isZero();
        return bytes;
    }
}
