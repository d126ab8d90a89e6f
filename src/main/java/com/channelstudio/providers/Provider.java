package com.channelstudio.providers;

import java.util.Map;

/** A remote provider as its requests and error messages name it: its label and where its settings live. */
public record Provider(String label, String settings) {

    public ProviderRequest post(String item, String url, Map<String, String> headers, String jsonBody) {
        return new ProviderRequest(this, item, "POST", url, headers, jsonBody);
    }

    public ProviderRequest get(String item, String url, Map<String, String> headers) {
        return new ProviderRequest(this, item, "GET", url, headers, null);
    }

    /** Result files sit on CDNs and signed URLs: fetched without the provider's credentials. */
    public ProviderRequest download(String item, String url) {
        return new ProviderRequest(this, item, "GET", url, Map.of(), null);
    }
}
