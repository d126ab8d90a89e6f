package com.channelstudio.support;

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

    public static Path newFolder() {
        return ROOT.resolve("test-" + UUID.randomUUID());
    }
}
