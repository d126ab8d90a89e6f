package com.channelstudio.providers;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.jobs.AssetFailure;
import com.channelstudio.security.SecretRedactor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.springframework.stereotype.Component;

/**
 * How one HTTP call to a provider is written onto the message and how its answer is read: success, a failure
 * worth retrying (with the provider's own retry hint), or a refusal that retrying cannot fix.
 */
@Component("providerCalls")
public class ProviderCalls {

    public static final String REQUEST = "providerRequest";

    private final ObjectMapper json;
    private final SecretRedactor redactor;
    private final ProviderAnswerLimits limits;
    private final long maxRetryDelayMs;

    public ProviderCalls(ObjectMapper json, SecretRedactor redactor, ProviderAnswerLimits limits, StudioProperties properties) {
        this.json = json;
        this.redactor = redactor;
        this.limits = limits;
        this.maxRetryDelayMs = properties.providers().retry().maxDelayMs();
    }

    /** Writes the request anew, dropping whatever the previous attempt or call left on the message. */
    public void prepare(Exchange exchange) {
        ProviderRequest request = request(exchange);
        Message message = exchange.getIn();
        message.removeHeaders("CamelHttp*");
        message.removeHeaders("Content-*");
        message.removeHeader(Exchange.REDELIVERY_DELAY);
        message.setHeader(Exchange.HTTP_METHOD, request.method());
        message.setHeader(Exchange.HTTP_URI, request.url());
        request.headers().forEach(message::setHeader);
        if (request.body() != null) {
            message.setHeader(Exchange.CONTENT_TYPE, request.contentType());
        }
        message.setBody(request.body());
        limits.start(exchange);
    }

    /** The JSON of a successful answer. */
    public JsonNode answer(Exchange exchange) throws IOException {
        ProviderRequest request = request(exchange);
        int status = status(exchange);
        String body = limits.text(exchange);
        ensureSuccess(exchange, status, body);
        try {
            JsonNode node = json.readTree(body == null ? "" : body);
            if (node == null || node.isMissingNode() || !node.isContainerNode()) {
                throw new ProviderUnavailableException(request, request.provider().label() + " answered HTTP " + status
                        + " without a JSON document");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ProviderUnavailableException(request, request.provider().label() + " answered HTTP " + status
                    + " with malformed JSON (" + e.getOriginalMessage() + ")");
        }
    }

    /** Fails unless the answer is a success; a successful body is left untouched (a download stream). */
    public void ensureSuccess(Exchange exchange) throws IOException {
        int status = status(exchange);
        if (!successful(status)) {
            ensureSuccess(exchange, status, limits.text(exchange));
        }
    }

    /** The call never got an answer: a timeout, a refused or reset connection, a cut-off body. */
    public void unreachable(Exchange exchange) {
        ProviderRequest request = request(exchange);
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String reason = cause == null ? "no answer" : cause.getClass().getSimpleName()
                + (cause.getMessage() != null ? " " + cause.getMessage() : "");
        throw new ProviderUnavailableException(request, request.provider().label() + " did not answer ("
                + request.method() + " " + path(request.url()) + "): " + reason, cause);
    }

    private void ensureSuccess(Exchange exchange, int status, String body) {
        if (successful(status)) {
            return;
        }
        ProviderRequest request = request(exchange);
        ProviderError error = ProviderError.read(body);
        // Providers may echo a key back in their error text, and retry attempts are logged before any job fails.
        String what = request.provider().label() + " answered HTTP " + status + " to " + request.method() + " "
                + path(request.url()) + ": " + redactor.redact(error.toString());
        if (status == 429 || status == 408 || status >= 500) {
            Optional<Duration> hint = error.retryDelay().or(() -> retryAfter(exchange.getIn().getHeader("Retry-After", String.class)));
            hint.ifPresent(delay -> exchange.getIn().setHeader(Exchange.REDELIVERY_DELAY, Math.min(delay.toMillis(), maxRetryDelayMs)));
            throw new ProviderUnavailableException(request, what);
        }
        throw new AssetFailure(request.item(), what, remedy(request.provider(), status));
    }

    private static String remedy(Provider provider, int status) {
        if (status == 401 || status == 402 || status == 403) {
            return "Retrying will not help: check the credentials, licence and quota of " + provider.label()
                    + " (" + provider.settings() + ".*), then retry the job";
        }
        if (status == 404) {
            return "Check " + provider.settings() + ".base-url and the model or endpoint it names, then retry the job";
        }
        return "Check what " + provider.label() + " rejects in this request (prompt, size, duration) and its settings ("
                + provider.settings() + ".*), then retry the job";
    }

    /** Retry-After in seconds or as an HTTP date. */
    static Optional<Duration> retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip()))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Optional.of(Duration.between(Instant.now(), at).isNegative() ? Duration.ZERO : Duration.between(Instant.now(), at));
            } catch (RuntimeException notADate) {
                return Optional.empty();
            }
        }
    }

    private static boolean successful(int status) {
        return status >= 200 && status < 300;
    }

    private static int status(Exchange exchange) {
        return exchange.getIn().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
    }

    private static ProviderRequest request(Exchange exchange) {
        return exchange.getProperty(REQUEST, ProviderRequest.class);
    }

    /** Error messages name the endpoint without host or query, which may carry tokens. */
    static String path(String url) {
        String noQuery = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        int hostStart = noQuery.indexOf("://");
        int pathStart = hostStart < 0 ? 0 : noQuery.indexOf('/', hostStart + 3);
        return pathStart < 0 ? "/" : noQuery.substring(pathStart);
    }
}
