package com.channelstudio.api;

import com.channelstudio.jobs.Causes;
import com.channelstudio.jobs.ConflictException;
import com.channelstudio.jobs.InvalidInputException;
import com.channelstudio.jobs.NotFoundException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.NoTypeConversionAvailableException;
import org.apache.camel.component.bean.ParameterBindingException;
import org.apache.camel.component.bean.MethodNotFoundException;
import org.apache.camel.Message;
import org.apache.camel.Route;
import org.apache.camel.support.ExchangeHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;

/** The JSON body and status an API client gets when its request cannot be served. */
@Component("apiErrors")
public class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);
    private static final int DATABASE_RETRY_AFTER_SECONDS = 10;

    public Map<String, Object> describe(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        Map<String, Object> body = new LinkedHashMap<>();
        InvalidInputException invalid = Causes.find(failure, InvalidInputException.class);
        if (invalid != null) {
            status(exchange, 400);
            body.putAll(invalid(invalid));
        } else if (Causes.find(failure, NotFoundException.class) != null) {
            status(exchange, 404);
            body.put("error", Causes.find(failure, NotFoundException.class).getMessage());
        } else if (Causes.find(failure, ConflictException.class) != null) {
            status(exchange, 409);
            body.put("error", Causes.find(failure, ConflictException.class).getMessage());
        } else if (Causes.find(failure, DuplicateKeyException.class) != null) {
            status(exchange, 409);
            body.put("error", "youtube_channel_id: must be unique (another channel already uses it)");
            body.put("field", "youtube_channel_id");
        } else if (Causes.find(failure, DataAccessResourceFailureException.class) != null
                || Causes.find(failure, TransientDataAccessResourceException.class) != null
                || Causes.find(failure, RecoverableDataAccessException.class) != null) {
            // The database is restarting or out of reach: the request was fine, and will be when it is back.
            status(exchange, 503);
            exchange.getMessage().setHeader("Retry-After", DATABASE_RETRY_AFTER_SECONDS);
            body.put("error", "the studio's database is not answering (restarting or out of reach); "
                    + "send the request again in a moment");
        } else if (Causes.find(failure, MismatchedInputException.class) != null
                && !Causes.find(failure, MismatchedInputException.class).getPath().isEmpty()) {
            status(exchange, 400);
            body.putAll(invalid(JsonFieldErrors.of(Causes.find(failure, MismatchedInputException.class))));
        } else if (Causes.find(failure, com.fasterxml.jackson.core.JsonProcessingException.class) != null
                || withoutItsBody(exchange, failure)) {
            status(exchange, 400);
            body.put("error", "body: must be valid JSON of the documented shape");
            body.put("field", "body");
        } else {
            status(exchange, 500);
            body.put("error", "internal error; see the studio log");
            Message request = exchange.getMessage();
            log.error("API {} {} answered 500", request.getHeader(Exchange.HTTP_METHOD), request.getHeader(Exchange.HTTP_URI),
                    failure);
        }
        return body;
    }

    /** A verb that binds a body was sent none: nothing could be made of it. */
    private static boolean withoutItsBody(Exchange exchange, Throwable failure) {
        Object body = exchange.getMessage().getBody();
        return (body == null || "".equals(body)) && (Causes.find(failure, NoTypeConversionAvailableException.class) != null
                || Causes.find(failure, InvalidPayloadException.class) != null
                || Causes.find(failure, ParameterBindingException.class) != null
                || Causes.find(failure, MethodNotFoundException.class) != null);
    }

    /**
     * Whether the failure happened in a route Camel made of a rest: verb, binding the request's JSON before the
     * verb's direct: route (which has api-errors of its own) runs.
     */
    public boolean inRestBinding(Exchange exchange) {
        Route route = ExchangeHelper.getRoute(exchange);
        return route != null && route.isCreatedByRestDsl();
    }

    /** The body of a 4xx for bad input: the message, the field and the rule. */
    static Map<String, Object> invalid(InvalidInputException invalid) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", invalid.getMessage());
        body.put("field", invalid.field());
        body.put("rule", invalid.rule());
        return body;
    }

    private static void status(Exchange exchange, int code) {
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, code);
    }
}
