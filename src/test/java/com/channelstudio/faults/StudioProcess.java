package com.channelstudio.faults;

import com.channelstudio.support.TestClasspath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One studio JVM as an operator runs it ({@code java -cp … ChannelStudioApplication} in the project folder), which
 * the proof can kill -9, stop with SIGTERM and start again with the same settings. Every start appends to one log
 * file, after a marker line, so the log tells the whole life of this studio.
 */
final class StudioProcess {

    private static final String STARTED = "Started ChannelStudioApplication";

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path workingFolder;
    private final Path log;
    /** FFmpeg and other children of earlier lives, left running by a kill -9; ended at {@link #close}. */
    private final List<ProcessHandle> orphans = new ArrayList<>();
    private Process process;
    private long logOffset;
    private boolean started;
    private int lives;

    StudioProcess(String name, List<String> command, Map<String, String> environment, Path workingFolder, Path log) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.workingFolder = workingFolder;
        this.log = log;
    }

    /** A studio JVM with the tests' classpath, on that database, with these {@code key=value} settings. */
    static StudioProcess on(ProofDatabase database, String name, List<String> settings, Path workingFolder, Path log) {
        Map<String, String> environment = Map.of(
                "SPRING_DATASOURCE_URL", database.url(),
                "SPRING_DATASOURCE_USERNAME", "postgres",
                "SPRING_DATASOURCE_PASSWORD", "postgres");
        return new StudioProcess(name, command(settings), environment, workingFolder, log);
    }

    /** A studio JVM as it runs by default: on its own embedded PostgreSQL (studio.database.embedded-dir). */
    static StudioProcess withEmbeddedDatabase(String name, List<String> settings, Path workingFolder, Path log) {
        return new StudioProcess(name, command(settings), Map.of(), workingFolder, log);
    }

    private static List<String> command(List<String> settings) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // C1 only: the studios start twice as fast on two busy cores, which is most of a restart.
                "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError",
                "-cp", TestClasspath.forAChildJvm(),
                "com.channelstudio.ChannelStudioApplication"));
        settings.forEach(setting -> command.add("--" + setting));
        return command;
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    void start() throws IOException {
        lives++;
        Files.writeString(log, "==== proof: " + name + " start " + lives + " at " + Instant.now() + " ====\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        logOffset = Files.size(log);
        started = false;
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingFolder.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(environment);
        process = builder.start();
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** Up and polling: this life's log says Spring Boot started. */
    boolean ready() throws IOException {
        started = started || alive() && sinceStart().contains(STARTED);
        return started && alive();
    }

    int exitCode() {
        return process.exitValue();
    }

    /** The claim marker this life writes into {@code video_jobs.claimed_by} ({@code host/pid/random}). */
    boolean holds(String claimedBy) {
        return alive() && claimedBy != null && claimedBy.contains("/" + pid() + "/");
    }

    /** kill -9: nothing runs after it; the FFmpeg processes it started are left to run on, as they would be. */
    void kill9() throws InterruptedException {
        process.descendants().forEach(orphans::add);
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: the studio is asked to stop and may take its time; see {@link #alive}. */
    void terminate() {
        process.descendants().forEach(orphans::add);
        process.destroy();
    }

    void awaitExit() throws InterruptedException {
        if (process != null) {
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The last {@code lines} lines of the log (all lives). */
    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }

    /** Ends this life and whatever any life left running; only processes this object started, by their handles. */
    void close() {
        if (process != null) {
            process.descendants().forEach(orphans::add);
            process.destroyForcibly();
        }
        orphans.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private String sinceStart() throws IOException {
        byte[] all = Files.readAllBytes(log);
        int from = (int) Math.min(logOffset, all.length);
        return new String(all, from, all.length - from, StandardCharsets.UTF_8);
    }
}
