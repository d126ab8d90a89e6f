package com.channelstudio.alerts;

import com.channelstudio.jobs.InvalidInputException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.apache.camel.Body;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/** Checks what the alerts API is sent, naming the field and the rule. */
@Component("alertRequests")
public class AlertRequests {

    static final List<String> STATES = List.of("open", "resolved", "all");
    static final int MAX_SILENCE_HOURS = 720;

    /** {@code ?state=open|resolved|all}; all when left out. */
    public String state(@Header("state") String state) {
        if (state == null || state.isBlank()) {
            return "all";
        }
        if (!STATES.contains(state)) {
            throw new InvalidInputException("state", "must be one of " + String.join(", ", STATES) + " (was " + state + ")");
        }
        return state;
    }

    /** {@code {"hours": 1..720}}, and nothing else. */
    public int silenceHours(@Body JsonNode request) {
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
                || hours.intValue() > MAX_SILENCE_HOURS) {
            throw new InvalidInputException("hours", "must be a whole number of hours between 1 and " + MAX_SILENCE_HOURS
                    + (hours == null ? " (missing)" : " (was " + hours + ")"));
        }
        return hours.intValue();
    }
}
