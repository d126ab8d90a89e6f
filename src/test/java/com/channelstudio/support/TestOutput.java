package com.channelstudio.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** Job folders for tests: inside the output folder the test contexts give the studio, one fresh folder per call. */
public final class TestOutput {

    public static final Path ROOT = Path.of("target/test-output").toAbsolutePath().normalize();

    private TestOutput() {}

    /** A file as the studio records it: relative to the output folder (or absolute, as older rows hold it). */
    public static Path file(String recorded) {
        return ROOT.resolve(recorded);
    }

    /** A new, empty folder, as {@code @TempDir} gives, but where the studio may write. */
    public static Path newFolder() {
        try {
            return Files.createDirectories(ROOT.resolve("test-" + UUID.randomUUID()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
