package com.channelstudio.media;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A program run to its end within a time limit. Its output is read beside the wait, so a program that hangs
 * without closing its output still meets the limit; past the limit it is killed with every process it started (a
 * wrapper script's FFmpeg would otherwise run on, orphaned).
 */
public final class TimedProcess {

    /** A killed process is gone within milliseconds, unless stuck in the kernel (a dead network mount). */
    private static final long KILL_WAIT_SECONDS = 5;

    private TimedProcess() {}

    /**
     * @param stdout reads what the program prints on its standard output, to its end
     * @throws TimeoutException when the program has not finished within {@code limit}; it has been killed by then
     */
    public static <T> Finished<T> run(List<String> command, Duration limit, ProcessOutput.Reader<T> stdout)
            throws IOException, TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        Process process = new ProcessBuilder(command).start();
        try {
            CompletableFuture<T> output = ProcessOutput.read(process.getInputStream(), stdout);
            CompletableFuture<String> errors = ProcessOutput.text(process.getErrorStream());
            if (!process.waitFor(remaining(deadline), TimeUnit.NANOSECONDS)) {
                throw timedOut(command, limit);
            }
            try {
                // A child it left behind may still hold the output open.
                return new Finished<>(process.exitValue(), output.get(remaining(deadline), TimeUnit.NANOSECONDS),
                        errors.get(remaining(deadline), TimeUnit.NANOSECONDS));
            } catch (TimeoutException e) {
                throw timedOut(command, limit);
            } catch (ExecutionException e) {
                throw new IOException("Could not read what " + command.get(0) + " printed", e.getCause());
            }
        } finally {
            kill(process);
        }
    }

    /** Kills the process and everything it started; the children are listed first, as they leave the tree with it. */
    private static void kill(Process process) throws InterruptedException {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        process.waitFor(KILL_WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static long remaining(long deadline) {
        return Math.max(0, deadline - System.nanoTime());
    }

    private static TimeoutException timedOut(List<String> command, Duration limit) {
        return new TimeoutException("'" + String.join(" ", command) + "' was killed after " + limit.toSeconds() + " s");
    }

    /** A program that ended: its exit code, what it printed on its standard output (as read) and its error output. */
    public record Finished<T>(int exitCode, T stdout, String stderr) {}
}
