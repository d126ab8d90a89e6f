package com.channelstudio.providers;

import com.channelstudio.media.MediaCheckException;
import com.channelstudio.media.MediaProbe;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

    public ProviderDownloads(MediaProbe probe) {
        this.probe = probe;
    }

    /** Streams the body of a successful download to the order's partial file, checking it arrived whole. */
    public void save(Exchange exchange) throws IOException {
        ProviderRequest request = exchange.getProperty(ProviderCalls.REQUEST, ProviderRequest.class);
        Path partial = exchange.getProperty(ORDER, AssetOrder.class).partial();
        Files.createDirectories(partial.getParent());
        long written;
        try (InputStream body = exchange.getIn().getMandatoryBody(InputStream.class)) {
            written = Files.copy(body, partial, StandardCopyOption.REPLACE_EXISTING);
        } catch (org.apache.camel.InvalidPayloadException e) {
            throw new ProviderUnavailableException(request, request.provider().label() + " sent an empty download");
        }
        Long expected = exchange.getIn().getHeader("Content-Length", Long.class);
        if (expected != null && expected != written) {
            Files.deleteIfExists(partial);
            throw new ProviderUnavailableException(request, request.provider().label() + " download was cut short ("
                    + written + " of " + expected + " bytes)");
        }
    }

    /** Writes an inline base64 result (Gemini) to the order's partial file. */
    public void saveInline(Exchange exchange, String base64) throws IOException {
        ProviderRequest request = exchange.getProperty(ProviderCalls.REQUEST, ProviderRequest.class);
        Path partial = exchange.getProperty(ORDER, AssetOrder.class).partial();
        Files.createDirectories(partial.getParent());
        try {
            Files.write(partial, Base64.getMimeDecoder().decode(base64));
        } catch (IllegalArgumentException e) {
            throw new ProviderUnavailableException(request, request.provider().label()
                    + " returned image data that is not valid base64 (" + e.getMessage() + ")");
        }
    }

    /** The file decodes as what was ordered: audio for a track, a picture for an image. */
    public void check(Exchange exchange) throws IOException {
        ProviderRequest request = exchange.getProperty(ProviderCalls.REQUEST, ProviderRequest.class);
        AssetOrder order = exchange.getProperty(ORDER, AssetOrder.class);
        try {
            order.checkDelivery(probe);
        } catch (MediaCheckException e) {
            Files.deleteIfExists(order.partial());
            throw new ProviderUnavailableException(request, request.provider().label() + " delivered a file that "
                    + "does not decode: " + e.getMessage());
        }
    }
}
