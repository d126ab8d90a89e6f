package com.channelstudio.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** Where a program the tests may use (FFmpeg, chromium) is installed, if it is on the PATH. */
public final class OnThePath {

    private OnThePath() {}

    public static Optional<Path> find(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Arrays.stream(path.split(File.pathSeparator)).map(folder -> Path.of(folder, program))
                .filter(file -> Files.isRegularFile(file) && Files.isExecutable(file)).findFirst();
    }
}
