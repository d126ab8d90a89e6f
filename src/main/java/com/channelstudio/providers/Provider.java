package com.channelstudio.providers;

import java.util.Map;
import java.util.UUID;

/** A remote provider as its requests and error messages name it: its label and where its settings live. */
public record Provider(String label, String settings) {

    /** Its name in the settings and the cost records: {@code mubert} for studio.providers.mubert, {@code llm}. */
    public String name() {
        return settings.substring(settings.lastIndexOf('.') + 1);
    }

    public ProviderRequest post(String item, String url, Map<String, String> headers, String jsonBody) {
        return new ProviderRequest(this, item, "POST", url, headers, "application/json", jsonBody);
    }

    /** A POST of text fields as multipart/form-data (Stability's v2beta API takes no JSON). */
    public ProviderRequest postForm(String item, String url, Map<String, String> headers, Map<String, String> fields) {
        String boundary = "studio-" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return new ProviderRequest(this, item, "POST", url, headers, "multipart/form-data; boundary=" + boundary,
                body.toString());
    }

    public ProviderRequest get(String item, String url, Map<String, String> headers) {
        return new ProviderRequest(this, item, "GET", url, headers, null, null);
    }

    /** Result files sit on CDNs and signed URLs: fetched without the provider's credentials. */
    public ProviderRequest download(String item, String url) {
        return new ProviderRequest(this, item, "GET", url, Map.of(), null, null);
    }
}
