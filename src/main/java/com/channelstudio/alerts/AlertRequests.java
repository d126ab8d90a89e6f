package com.channelstudio.alerts;

import com.channelstudio.jobs.InvalidInputException;
import java.util.List;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/** Checks what the alerts API is sent, naming the field and the rule. */
@Component("alertRequests")
public class AlertRequests {

    static final List<String> STATES = List.of("open", "resolved", "all");

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
}
