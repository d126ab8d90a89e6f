package com.channelstudio.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the proof did and saw, in order, each line with its wall-clock time and the seconds since the start. */
final class FaultTimeline {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private final Instant start = Instant.now();
    private final Path file;
    private final List<String> lines = new ArrayList<>();
    private int faults;

    FaultTimeline(Path file) {
        this.file = file;
    }

    /** Something the proof observed. */
    synchronized void note(String what) {
        Instant now = Instant.now();
        String line = String.format(Locale.ROOT, "%s +%6.1f s  %s", CLOCK.format(now),
                Duration.between(start, now).toMillis() / 1000.0, what);
        lines.add(line);
        System.out.println("[fault-proof] " + line);
        try {
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fault the proof injected: counted, and marked in the timeline. */
    synchronized void fault(String what) {
        faults++;
        note("FAULT " + faults + ": " + what);
    }

    synchronized int faults() {
        return faults;
    }

    Duration elapsed() {
        return Duration.between(start, Instant.now());
    }

    synchronized String text() {
        return String.join("\n", lines);
    }
}
