package com.channelstudio.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.apache.camel.Body;
import org.springframework.stereotype.Component;

/** Alerts as the API answers and the console shows them (alerts.sql), with each one's deliveries as a list. */
@Component("alertViews")
public class AlertViews {

    private final ObjectMapper json;
    private final AlertLinks links;

    public AlertViews(ObjectMapper json, AlertLinks links) {
        this.json = json;
        this.links = links;
    }

    public List<Map<String, Object>> shown(@Body List<Map<String, Object>> rows) throws JsonProcessingException {
        for (Map<String, Object> row : rows) {
            row.put("deliveries", json.readValue((String) row.get("deliveries"), List.class));
            row.put("console_url", links.consoleUrl((String) row.get("subject_type"), row.get("job_id"), row.get("channel_id")));
        }
        return rows;
    }
}
