package com.channelstudio.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** What the tests ask of processes they did not start themselves. */
public final class Processes {

    private Processes() {}

    /**
     * Whether the process runs. A killed process stays a zombie until its parent reaps it, which for an orphan may
     * take seconds; {@link ProcessHandle#isAlive()} counts it, though it runs no more.
     */
    public static boolean running(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
