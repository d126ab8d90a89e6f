package com.channelstudio.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/** What a child process prints, read on a thread of its own so a full pipe never stalls the process or its caller. */
public final class ProcessOutput {

    private ProcessOutput() {}

    /** Starts reading the stream to its end, as UTF-8 text. */
    public static CompletableFuture<String> text(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
