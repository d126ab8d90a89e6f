package com.channelstudio.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** Where a program the tests may use (FFmpeg, chromium) is installed, if it is on the PATH. */
public final class OnThePath {

    private OnThePath() {}

    public static Optional<Path> find(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Arrays.stream(path.split(File.pathSeparator)).map(folder -> Path.of(folder, program))
                .filter(file -> Files.isRegularFile(file) && Files.isExecutable(file)).findFirst();
    }

    /**
     * A program a proof needs (chromium, promtool), by its path. Without it the test is skipped, as the
     * FFmpeg-on-the-PATH tests are without an FFmpeg there; in CI (CI=true, where .ci/run installs it) it fails
     * instead, so the proof never silently drops out.
     */
    public static String requiredByTheProof(String program, String installedBy) {
        Optional<Path> file = find(program);
        if (file.isPresent()) {
            return file.get().toString();
        }
        String missing = program + " is not on the PATH: " + installedBy + " (.ci/run does)";
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError(missing);
        }
        Assumptions.abort(missing);
        return null;
    }
}
