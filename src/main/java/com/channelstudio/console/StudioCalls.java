package com.channelstudio.console;

import com.channelstudio.api.IdempotentRequests;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
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

    StudioCalls(ProducerTemplate camel, ObjectMapper json) {
        this.camel = camel;
        this.json = json;
    }

    /** Calls {@code direct:<route>} of the API with the path's {@code id} and {@code request} as its JSON body. */
    Answer api(String route, String id, Object request) throws IOException {
        return api(route, id, request, null);
    }

    /** Likewise, with an {@code Idempotency-Key} (null: none): the same request sent again answers what the first made. */
    Answer api(String route, String id, Object request, String idempotencyKey) throws IOException {
        String body = request == null ? null : json.writeValueAsString(request);
        Exchange answer = camel.send("direct:" + route, exchange -> {
            exchange.getMessage().setHeader("id", id);
            exchange.getMessage().setHeader(IdempotentRequests.HEADER, idempotencyKey);
            exchange.getMessage().setBody(body);
        });
        if (answer.getException() != null) {
            throw new IllegalStateException("route " + route + " failed", answer.getException());
        }
        int status = answer.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 200, Integer.class);
        byte[] text = answer.getMessage().getBody(byte[].class);
        return new Answer(status, text == null || text.length == 0 ? null : json.readValue(text, Object.class));
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
