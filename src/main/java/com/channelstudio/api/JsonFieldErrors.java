package com.channelstudio.api;

import com.channelstudio.jobs.InvalidInputException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * A request body that JSON binding refused, said as bad input: the field it names (a path such as
 * {@code schedule.mood_keywords[2]} when nested) and the rule. Binding refuses fields the request's type does not
 * have ({@code spring.jackson.deserialization.fail-on-unknown-properties}) and values of the wrong type.
 */
final class JsonFieldErrors {

    private JsonFieldErrors() {}

    static InvalidInputException of(MismatchedInputException refused) {
        String field = path(refused);
        if (refused instanceof PropertyBindingException unknown) {
            return new InvalidInputException(field, "is not a field of this request (it has " + known(unknown.getKnownPropertyIds()) + ")");
        }
        String was = refused instanceof InvalidFormatException format ? " (was " + shown(format.getValue()) + ")" : "";
        return new InvalidInputException(field, "must be " + typeName(refused.getTargetType()) + was);
    }

    /** The value as sent; an empty or blank text quoted, so that the answer shows it. */
    private static Object shown(Object value) {
        return value instanceof String text && text.isBlank() ? "\"" + text + "\"" : value;
    }

    private static String path(MismatchedInputException refused) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : refused.getPath()) {
            if (step.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String known(Collection<Object> fields) {
        return fields == null || fields.isEmpty() ? "no fields"
                : fields.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "of the documented type";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "a JSON object";
    }
}
