package com.channelstudio.providers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Optional;

/**
 * What a provider's error body says, whatever its shape: Mubert {@code {code, message}}, Leonardo
 * {@code {error: "…", code}}, Google and OpenAI {@code {error: {code, message, status, details}}}, and the same
 * wrapped in a one-element array (Gemini's OpenAI-compatible endpoint, Leonardo v2); ElevenLabs
 * {@code {detail: {status, message}}} and its validation errors {@code {detail: [{loc, msg, type}]}}; Stability
 * {@code {id, name, errors: […]}}.
 */
public record ProviderError(String code, String message, Optional<Duration> retryDelay) {

    static final int MAX_TEXT = 300;
    private static final ObjectMapper JSON = new ObjectMapper();

    public static ProviderError read(String body) {
        JsonNode node = parse(body);
        if (node != null && node.isArray() && !node.isEmpty()) {
            node = node.get(0);
        }
        if (node == null || !node.isObject()) {
            return new ProviderError(null, shorten(body), Optional.empty());
        }
        JsonNode error = node.path("error");
        JsonNode detail = node.path("detail");
        if (detail.isObject()) {
            return new ProviderError(firstText(detail, "status", "code"), shorten(firstText(detail, "message", "msg")),
                    Optional.empty());
        }
        if (detail.isArray() && !detail.isEmpty()) {
            return new ProviderError(firstText(detail.get(0), "type"), shorten(validationMessages(detail)), Optional.empty());
        }
        if (node.path("errors").isArray() && !node.path("errors").isEmpty()) {
            return new ProviderError(firstText(node, "name"), shorten(texts(node.path("errors"))), Optional.empty());
        }
        if (error.isObject()) {
            String code = firstText(error, "status", "code", "type");
            return new ProviderError(code, text(error.path("message")), retryDelay(error.path("details")));
        }
        String message = error.isTextual() ? error.asText() : firstText(node, "message", "detail", "description");
        String code = firstText(node, "code", "status");
        return new ProviderError(code, message != null ? shorten(message) : shorten(body), Optional.empty());
    }

    public ProviderError {
        message = message == null ? null : message.strip().replaceAll("[.\\s]+$", "");
    }

    @Override
    public String toString() {
        if (code == null || code.isBlank()) {
            return message == null || message.isBlank() ? "(no error text)" : message;
        }
        return code + ": " + (message == null || message.isBlank() ? "(no message)" : message);
    }

    /** Google's {@code google.rpc.RetryInfo.retryDelay}, e.g. "5s" or "1.5s". */
    private static Optional<Duration> retryDelay(JsonNode details) {
        for (JsonNode detail : details) {
            String delay = detail.path("retryDelay").asText("");
            if (delay.endsWith("s")) {
                try {
                    return Optional.of(Duration.ofMillis(Math.round(Double.parseDouble(delay.substring(0, delay.length() - 1)) * 1000)));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** FastAPI's validation errors: {@code body.music_length_ms: must be at least 10000}, joined. */
    private static String validationMessages(JsonNode detail) {
        StringBuilder messages = new StringBuilder();
        for (JsonNode item : detail) {
            StringBuilder where = new StringBuilder();
            item.path("loc").forEach(part -> where.append(where.isEmpty() ? "" : ".").append(part.asText()));
            messages.append(messages.isEmpty() ? "" : "; ").append(where.isEmpty() ? "" : where + ": ")
                    .append(item.path("msg").asText());
        }
        return messages.toString();
    }

    private static String texts(JsonNode values) {
        StringBuilder joined = new StringBuilder();
        values.forEach(value -> joined.append(joined.isEmpty() ? "" : "; ").append(value.asText()));
        return joined.toString();
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            return null;
        }
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            String value = text(node.path(field));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String text(JsonNode value) {
        return value.isValueNode() && !value.isNull() && !value.asText().isBlank() ? value.asText() : null;
    }

    private static String shorten(String text) {
        if (text == null || text.isBlank()) {
            return "(empty body)";
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= MAX_TEXT ? line : line.substring(0, MAX_TEXT) + "…";
    }
}
