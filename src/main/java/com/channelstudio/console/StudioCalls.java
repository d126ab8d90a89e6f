package com.channelstudio.console;

import com.channelstudio.api.ApiErrors;
import com.channelstudio.api.IdempotentRequests;
import com.channelstudio.api.RestVerbs;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.DefaultExchange;
import org.springframework.stereotype.Component;

/**
 * The console's way into the studio: the REST API's own routes, called as an API client would call them (a JSON
 * body, the path's id), so every rule and message is the API's; and the console's reading routes.
 */
@Component
class StudioCalls {

    /** What an API route answered: its HTTP status and its JSON body as maps and lists. */
    record Answer(int status, Object body) {

        boolean ok() {
            return status < 300;
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> map() {
            return (Map<String, Object>) body;
        }
    }

    private final ProducerTemplate camel;
    private final ObjectMapper json;
    private final ApiErrors errors;
    private final Map<String, Optional<Class<?>>> boundTypes = new ConcurrentHashMap<>();

    StudioCalls(ProducerTemplate camel, ObjectMapper json, ApiErrors errors) {
        this.camel = camel;
        this.json = json;
        this.errors = errors;
    }

    /** Calls {@code direct:<route>} of the API with the path's {@code id} and {@code request} as its JSON body. */
    Answer api(String route, String id, Object request) throws IOException {
        return api(route, id, request, null);
    }

    /** Likewise, with an {@code Idempotency-Key} (null: none): the same request sent again answers what the first made. */
    Answer api(String route, String id, Object request, String idempotencyKey) throws IOException {
        Object body;
        try {
            body = request == null ? null : bound(route, request);
        } catch (RuntimeException refused) {
            return refusal(refused);
        }
        Exchange answer = camel.send("direct:" + route, exchange -> {
            exchange.getMessage().setHeader("id", id);
            exchange.getMessage().setHeader(IdempotentRequests.HEADER, idempotencyKey);
            exchange.getMessage().setBody(body);
        });
        if (answer.getException() != null) {
            throw new IllegalStateException("route " + route + " failed", answer.getException());
        }
        int status = answer.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 200, Integer.class);
        return new Answer(status, plain(answer.getMessage().getBody()));
    }

    /**
     * The request as the route's REST verb hands it over: bound to the verb's type, or the JSON text where the verb
     * binds nothing (its route reads the text). Bound by Spring's ObjectMapper, not the API's (ApiJson): a form's
     * fields are texts, and "75" is the number of minutes the operator typed.
     */
    private Object bound(String route, Object request) throws IOException {
        Optional<Class<?>> type = boundTypes.computeIfAbsent(route, ignored -> RestVerbs.boundType(camel.getCamelContext(), "direct:" + route));
        return type.isPresent() ? json.convertValue(request, type.get()) : json.writeValueAsString(request);
    }

    /** A request that does not bind, answered as the API answers it. */
    private Answer refusal(RuntimeException refused) {
        Exchange exchange = new DefaultExchange(camel.getCamelContext());
        exchange.setProperty(Exchange.EXCEPTION_CAUGHT, refused);
        Map<String, Object> body = errors.describe(exchange);
        return new Answer(exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class), body);
    }

    /**
     * An answer's body as maps and lists: the routes answer rows and maps, or JSON text where they bind it (a marshal
     * answers it as a stream when Camel caches streams).
     */
    private Object plain(Object body) throws IOException {
        if (body == null) {
            return null;
        }
        if (body instanceof InputStream stream) {
            return plain(stream.readAllBytes());
        }
        if (body instanceof String || body instanceof byte[]) {
            byte[] text = body instanceof String string ? string.getBytes(StandardCharsets.UTF_8) : (byte[]) body;
            return text.length == 0 ? null : json.readValue(text, Object.class);
        }
        return json.convertValue(body, Object.class);
    }

    /** Calls a console route with these headers and returns its body. */
    <T> T read(String route, Map<String, Object> headers, Class<T> type) {
        return camel.requestBodyAndHeaders("direct:" + route, null, headers, type);
    }

    /** A JSON text column (the SQL aggregates some into JSON) as maps and lists. */
    Object parse(Object text) throws JsonProcessingException {
        return text == null ? null : json.readValue((String) text, Object.class);
    }
}
