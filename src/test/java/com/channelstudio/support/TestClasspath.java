package com.channelstudio.support;

import java.io.File;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The tests' own classpath, for the studio JVMs they start. */
public final class TestClasspath {

    private TestClasspath() {}

    /**
     * Without empty entries: surefire's ends on one, which a JVM reads as its working folder. A studio started with it
     * in the project folder found the top-level {@code routes/} as classpath routes beside the packaged ones, and
     * stopped on "Route configuration already exists with id: provider-retries".
     */
    public static String forAChildJvm() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .collect(Collectors.joining(File.pathSeparator));
    }
}
