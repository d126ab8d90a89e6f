package com.channelstudio.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a studio killed without a shutdown ({@code kill -9}, a crash) leaves in its embedded database's folder, cleared
 * before the next start. Its PostgreSQL server runs on, detached from the studio by {@code pg_ctl}, and keeps the
 * folder: it is stopped cleanly. If the server died too, its {@code postmaster.pid} remains; PostgreSQL removes that
 * itself when the number names no process, but takes any process with that number for a server still running (the
 * dead server as a zombie, or another program that got the number after a reboot), so then the file is removed here.
 */
final class LeftoverPostmaster {

    static final String PID_FILE = "postmaster.pid";
    /** The lock zonky's embedded server takes on its folder, held while the studio that started it runs. */
    static final String STUDIO_LOCK = "epg-lock";
    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);

    private LeftoverPostmaster() {}

    /**
     * @param folder the data folder, as an absolute path
     * @param timeout how long a leftover server may take to stop
     */
    static void clear(Path folder, Duration timeout) throws IOException {
        Path pidFile = folder.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return;
        }
        // A server whose studio still runs is not left over: only clear the folder while no studio holds it.
        try (FileChannel channel = FileChannel.open(folder.resolve(STUDIO_LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw inUse(folder);
            }
            Optional<Long> pid = pidIn(pidFile);
            Optional<ProcessHandle> named = pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
            if (named.isPresent() && servesFolder(named.get(), folder)) {
                stop(named.get(), pidFile, timeout);
            } else if (named.isPresent() || pid.isEmpty()) {
                log.warn("Removing {}: the process it names ({}) is not a PostgreSQL server of this folder; an earlier "
                        + "studio's server died without removing it", pidFile, pid.map(String::valueOf).orElse("none"));
                Files.deleteIfExists(pidFile);
            }
        } catch (OverlappingFileLockException e) {
            throw inUse(folder);
        }
    }

    private static void stop(ProcessHandle server, Path pidFile, Duration timeout) throws IOException {
        log.warn("Stopping the PostgreSQL server (pid {}) an earlier studio left running on {}", server.pid(),
                pidFile.getParent());
        // SIGTERM is PostgreSQL's smart shutdown: a checkpoint, then exit; its clients died with the earlier studio.
        server.destroy();
        long deadline = System.nanoTime() + timeout.toNanos();
        // The server removes its pid file last, once every process of it has ended.
        while (Files.exists(pidFile)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The PostgreSQL server (pid " + server.pid() + ") an earlier studio "
                        + "left running on " + pidFile.getParent() + " did not stop within "
                        + "studio.database.embedded-start-timeout-seconds (" + timeout.toSeconds() + " s): a client "
                        + "may still be connected; stop it (kill -INT " + server.pid() + ") and start the studio again");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while stopping PostgreSQL (pid " + server.pid() + ")");
            }
        }
    }

    /** Whether the process is a PostgreSQL server started on this folder ({@code postgres -D <folder> …}). */
    private static boolean servesFolder(ProcessHandle process, Path folder) {
        ProcessHandle.Info info = process.info();
        List<String> arguments = List.of(info.arguments().orElse(new String[0]));
        int dataOption = arguments.indexOf("-D");
        return info.command().filter(command -> Path.of(command).getFileName().toString().equals("postgres")).isPresent()
                && dataOption >= 0 && dataOption + 1 < arguments.size()
                && Path.of(arguments.get(dataOption + 1)).toAbsolutePath().normalize().equals(folder);
    }

    /** The server's process number: the pid file's first line. */
    private static Optional<Long> pidIn(Path pidFile) throws IOException {
        String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
        return first.matches("\\d+") ? Optional.of(Long.parseLong(first)) : Optional.empty();
    }

    private static IllegalStateException inUse(Path folder) {
        return new IllegalStateException("The embedded database in " + folder + " is in use by another running studio "
                + "(it holds " + folder.resolve(STUDIO_LOCK) + "): stop that studio, or give this one another "
                + "studio.database.embedded-dir");
    }
}
