package com.channelstudio.providers;

import com.channelstudio.jobs.AssetFailure;
import com.channelstudio.media.ImageTooLargeException;
import com.channelstudio.media.MediaCheckException;
import com.channelstudio.media.MediaProbe;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * A provider's result file at the order's partial path: streamed there from a download (never held in memory)
 * or decoded from inline base64, then checked. A short or undecodable file is deleted and reported as worth
 * another attempt, so it is never recorded.
 */
@Component("providerDownloads")
public class ProviderDownloads {

    public static final String ORDER = "order";

    private final MediaProbe probe;
    private final ProviderAnswerLimits limits;

    public ProviderDownloads(MediaProbe probe, ProviderAnswerLimits limits) {
        this.probe = probe;
        this.limits = limits;
    }

    /**
     * Streams the body of a successful download to the order's partial file, checking it arrived whole; a download
     * past its limits leaves no partial file behind.
     */
    public void save(Exchange exchange) throws IOException {
        ProviderRequest request = exchange.getProperty(ProviderCalls.REQUEST, ProviderRequest.class);
        AssetOrder order = exchange.getProperty(ORDER, AssetOrder.class);
        Path partial = order.partial();
        Files.createDirectories(partial.getParent());
        long written;
        try (OutputStream file = Files.newOutputStream(partial)) {
            written = limits.download(exchange, exchange.getIn().getMandatoryBody(InputStream.class), file, order.downloadLimit());
        } catch (org.apache.camel.InvalidPayloadException e) {
            throw new ProviderUnavailableException(request, request.provider().label() + " sent an empty download");
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        } finally {
            // The spent stream must not travel back to the calling route, whose stream cache would read it again.
            exchange.getIn().setBody(null);
        }
        Long expected = exchange.getIn().getHeader("Content-Length", Long.class);
        if (expected != null && expected != written) {
            Files.deleteIfExists(partial);
            throw new ProviderUnavailableException(request, request.provider().label() + " download was cut short ("
                    + written + " of " + expected + " bytes)");
        }
    }

    /** Writes an inline base64 result (Gemini, Lyria) to the order's partial file. */
    public void saveInline(Exchange exchange, String base64) throws IOException {
        ProviderRequest request = exchange.getProperty(ProviderCalls.REQUEST, ProviderRequest.class);
        Path partial = exchange.getProperty(ORDER, AssetOrder.class).partial();
        Files.createDirectories(partial.getParent());
        try {
            Files.write(partial, Base64.getMimeDecoder().decode(base64));
        } catch (IllegalArgumentException e) {
            throw new ProviderUnavailableException(request, request.provider().label()
                    + " returned data that is not valid base64 (" + e.getMessage() + ")");
        }
    }

    /** The file decodes as what was ordered: audio for a track, a picture for an image. */
    public void check(Exchange exchange) throws IOException {
        ProviderRequest request = exchange.getProperty(ProviderCalls.REQUEST, ProviderRequest.class);
        AssetOrder order = exchange.getProperty(ORDER, AssetOrder.class);
        try {
            order.checkDelivery(probe);
        } catch (ImageTooLargeException e) {
            Files.deleteIfExists(order.partial());
            throw new AssetFailure(order.item(), request.provider().label() + " delivered " + e.getMessage(),
                    "Ask " + request.provider().label() + " for smaller pictures (" + request.provider().settings()
                            + ".*), or raise studio.images.max-pixels, then retry the job");
        } catch (MediaCheckException e) {
            Files.deleteIfExists(order.partial());
            throw new ProviderUnavailableException(request, request.provider().label() + " delivered a file that "
                    + "does not decode: " + e.getMessage());
        }
    }
}
