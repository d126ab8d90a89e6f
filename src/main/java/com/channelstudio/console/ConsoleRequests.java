package com.channelstudio.console;

import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** How the console reads what a browser sends: ids in paths and filters, fields of forms. */
final class ConsoleRequests {

    private ConsoleRequests() {}

    /** An id that is not a UUID names no job or channel: 404, as an unknown one. */
    static UUID id(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, id + " is not an id of the studio");
        }
    }

    /** A number field: the number if the text is one, else the text as typed, for the API to name its rule. */
    static Object number(String value) {
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException notANumber) {
            return value;
        }
    }

    /** A filter or form field: null when left empty, as the API takes a field left out. */
    static String given(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
