package com.channelstudio.providers;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.jobs.AssetFailure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.apache.camel.Exchange;
import org.apache.hc.core5.http.io.EofSensorInputStream;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * A provider's answer is read within its call's limits: JSON up to {@code studio.providers.max-answer-bytes}, a file up
 * to {@code studio.providers.max-download-bytes}, all of it by {@code studio.providers.call-timeout-seconds} after the
 * request went out. Past a limit the connection is dropped at once, unread: a 2 GB answer or a body dripping a byte a
 * minute never holds the worker or the job's lease.
 */
@Component
public class ProviderAnswerLimits {

    static final String DEADLINE = "providerCallDeadline";
    private static final int BUFFER = 64 * 1024;

    private final long maxAnswerBytes;
    private final StudioProperties.MaxDownloadBytes maxDownloadBytes;
    private final Duration callTimeout;

    public ProviderAnswerLimits(StudioProperties properties) {
        this.maxAnswerBytes = properties.providers().maxAnswerBytes().toBytes();
        this.maxDownloadBytes = properties.providers().maxDownloadBytes();
        this.callTimeout = Duration.ofSeconds(properties.providers().callTimeoutSeconds());
    }

    /** The call's clock starts: called as each attempt's request is written. */
    void start(Exchange exchange) {
        exchange.setProperty(DEADLINE, Instant.now().plus(callTimeout));
    }

    /** The whole answer as text, at most max-answer-bytes of it; the message's body becomes that text. */
    String text(Exchange exchange) throws IOException {
        Object body = exchange.getIn().getBody();
        if (!(body instanceof InputStream in)) {
            return exchange.getIn().getBody(String.class);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        copy(exchange, in, bytes, maxAnswerBytes, "studio.providers.max-answer-bytes", "an answer");
        String text = bytes.toString(StandardCharsets.UTF_8);
        // Whatever reads the message after this (logs, error handlers) finds the text, not a spent stream.
        exchange.getIn().setBody(text);
        return text;
    }

    /** Copies a download of the given kind ({@code audio}, {@code images}), at most its max-download-bytes; the byte count. */
    long download(Exchange exchange, InputStream in, OutputStream file, String kind) throws IOException {
        return copy(exchange, in, file, maxDownloadBytes.of(kind).toBytes(), "studio.providers.max-download-bytes." + kind,
                "a file");
    }

    private long copy(Exchange exchange, InputStream in, OutputStream out, long limit, String limitKey, String what)
            throws IOException {
        ProviderRequest request = exchange.getProperty(ProviderCalls.REQUEST, ProviderRequest.class);
        Instant deadline = exchange.getProperty(DEADLINE, Instant.class);
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        try (in) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                total += read;
                if (total > limit) {
                    drop(in);
                    throw new AssetFailure(request.item(), request.provider().label() + " sent " + what + " larger than "
                            + size(limit) + " to " + request.method() + " " + ProviderCalls.path(request.url()) + " ("
                            + limitKey + "); it was not read further",
                            "If " + request.provider().label() + " really sends so much, raise " + limitKey + "; otherwise "
                                    + "check " + request.provider().settings() + ".base-url, then retry the job");
                }
                if (deadline != null && Instant.now().isAfter(deadline)) {
                    drop(in);
                    throw new ProviderUnavailableException(request, request.provider().label() + " did not finish answering "
                            + request.method() + " " + ProviderCalls.path(request.url()) + " within "
                            + "studio.providers.call-timeout-seconds (" + callTimeout.toSeconds() + " s; " + total
                            + " bytes had arrived)");
                }
                out.write(buffer, 0, read);
            }
        }
        return total;
    }

    /** Drops the connection without reading the rest (closing the stream would read it to its end first). */
    private static void drop(InputStream in) throws IOException {
        if (in instanceof EofSensorInputStream connection) {
            connection.abort();
        }
    }

    private static String size(long bytes) {
        return bytes % (1024 * 1024) == 0 ? DataSize.ofBytes(bytes).toMegabytes() + " MB" : bytes + " bytes";
    }
}
