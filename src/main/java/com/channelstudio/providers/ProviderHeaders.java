package com.channelstudio.providers;

import java.util.Locale;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.spi.HeaderFilterStrategy;
import org.springframework.stereotype.Component;

/**
 * Which message headers travel over HTTP to and from a provider: only the request's own (auth, content type)
 * go out, so job headers never leak to a provider or a CDN; only what reading the answer needs comes back.
 */
@Component("providerHeaders")
public class ProviderHeaders implements HeaderFilterStrategy {

    /** The credentials headers of every provider; removed from the message after each call. */
    public static final Set<String> CREDENTIALS = Set.of("authorization", "customer-id", "access-token",
            "company-id", "license-token", "x-goog-api-key", "xi-api-key");
    private static final Set<String> OUTGOING = Set.of("content-type", "accept");
    /** What a provider's answer says in its headers: ElevenLabs' song-id, Stability's seed and finish-reason. */
    private static final Set<String> INCOMING = Set.of("content-type", "content-length", "retry-after", "song-id", "seed",
            "finish-reason");

    @Override
    public boolean applyFilterToCamelHeaders(String name, Object value, Exchange exchange) {
        String key = name.toLowerCase(Locale.ROOT);
        return !(CREDENTIALS.contains(key) || OUTGOING.contains(key));
    }

    @Override
    public boolean applyFilterToExternalHeaders(String name, Object value, Exchange exchange) {
        return !INCOMING.contains(name.toLowerCase(Locale.ROOT));
    }
}
