package com.channelstudio.alerts;

import com.channelstudio.jobs.InvalidInputException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;

/** {@code POST /api/alerts/{id}/silence}: {@code {"hours": 1..720}}, and nothing else. */
@JsonDeserialize(using = Silence.Reader.class)
public record Silence(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "" + Silence.MAX_HOURS) int hours) {

    static final int MAX_HOURS = 720;

    static final class Reader extends JsonDeserializer<Silence> {

        @Override
        public Silence deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode request = parser.readValueAsTree();
            if (request == null || !request.isObject()) {
                throw new InvalidInputException("body", "must be a JSON object with hours");
            }
            request.fieldNames().forEachRemaining(field -> {
                if (!field.equals("hours")) {
                    throw new InvalidInputException(field, "is not a field of a silence; send only hours");
                }
            });
            JsonNode hours = request.get("hours");
            if (hours == null || !hours.canConvertToInt() || !hours.isIntegralNumber() || hours.intValue() < 1
                    || hours.intValue() > MAX_HOURS) {
                throw new InvalidInputException("hours", "must be a whole number of hours between 1 and " + MAX_HOURS
                        + (hours == null ? " (missing)" : " (was " + hours + ")"));
            }
            return new Silence(hours.intValue());
        }
    }
}
