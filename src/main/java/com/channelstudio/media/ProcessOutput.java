package com.channelstudio.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** What a child process prints, read on a thread of its own so a full pipe never stalls the process or its caller. */
public final class ProcessOutput {

    /**
     * Readers block until their process ends: on the common fork-join pool, a few of them at once would take every
     * worker, and the next process's pipe would fill and stall it.
     */
    private static final ExecutorService READERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "process-output");
        thread.setDaemon(true);
        return thread;
    });

    private ProcessOutput() {}

    /** Starts reading the stream to its end, as UTF-8 text. */
    public static CompletableFuture<String> text(InputStream stream) {
        return read(stream, all -> new String(all.readAllBytes(), StandardCharsets.UTF_8));
    }

    /** Starts reading the stream to its end with {@code reader}, and closes it. */
    public static <T> CompletableFuture<T> read(InputStream stream, Reader<T> reader) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return reader.read(stream);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, READERS);
    }

    /** Reads a stream to its end. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(InputStream stream) throws IOException;
    }
}
