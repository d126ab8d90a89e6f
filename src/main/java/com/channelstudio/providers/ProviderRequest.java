package com.channelstudio.providers;

import java.util.Map;

/**
 * One HTTP request to a provider, kept as an exchange property so every attempt of a retried call is written
 * afresh from it. {@code item} ("track 7 of 20") is what failures name. Header values may be secrets, so
 * {@link #toString()} leaves them out.
 */
public record ProviderRequest(Provider provider, String item, String method, String url, Map<String, String> headers,
        String contentType, String body) {

    @Override
    public String toString() {
        return provider.label() + " " + method + " " + url + " for " + item;
    }
}
