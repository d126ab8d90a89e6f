package com.channelstudio.console;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The alerts the console's pages show, asked for by the templates themselves ({@code ${@consoleAlerts…}}): the count
 * of open alerts in the navigation bar of every page, and the open alerts of a job or a channel on its page.
 */
@Component("consoleAlerts")
public class ConsoleAlerts {

    private final StudioCalls studio;

    ConsoleAlerts(StudioCalls studio) {
        this.studio = studio;
    }

    public long openCount() {
        Long count = studio.read("console-open-alerts", Map.of(), Long.class);
        return count == null ? 0 : count;
    }

    public List<?> ofJob(Object jobId) {
        return open("jobId", jobId);
    }

    public List<?> ofChannel(Object channelId) {
        return open("channelId", channelId);
    }

    /** Every alert, the open ones first, then the last resolved. */
    List<?> all() {
        return studio.read("alerts", Map.of("state", "all"), List.class);
    }

    private List<?> open(String filter, Object id) {
        Map<String, Object> headers = new HashMap<>();
        headers.put("state", "open");
        headers.put(filter, UUID.fromString(id.toString()));
        return studio.read("alerts", headers, List.class);
    }
}
