package com.channelstudio.alerts;

import com.channelstudio.security.SecretRedactor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.ExchangeProperty;
import org.springframework.stereotype.Component;

/**
 * What a claimed delivery says (the {@code delivery} row of claim-deliveries.sql): a webhook's JSON (Slack's
 * {@code text}, and the {@code alert} or {@code digest} object), and an email's subject and plain-text body with the
 * same facts. Every text passes the secret redactor.
 */
@Component("alertMessages")
public class AlertMessages {

    static final String SUBJECT_PREFIX = "[Channel Studio] ";

    private final ObjectMapper json;
    private final AlertLinks links;
    private final SecretRedactor redactor;

    public AlertMessages(ObjectMapper json, AlertLinks links, SecretRedactor redactor) {
        this.json = json;
        this.links = links;
        this.redactor = redactor;
    }

    public String webhookBody(@ExchangeProperty("delivery") Map<String, Object> delivery) throws JsonProcessingException {
        ObjectNode body = json.createObjectNode();
        body.put("text", text(delivery));
        switch ((String) delivery.get("message")) {
            case "alert", "resolution" -> body.set("alert", json.valueToTree(alert(delivery)));
            case "digest" -> body.set("digest", digest(delivery).get("digest"));
            default -> body.set("held_back", json.valueToTree(heldBack(delivery)));
        }
        return redactor.redact(json.writeValueAsString(body));
    }

    public String emailSubject(@ExchangeProperty("delivery") Map<String, Object> delivery) throws JsonProcessingException {
        return redactor.redact(SUBJECT_PREFIX + switch ((String) delivery.get("message")) {
            case "alert" -> (String) delivery.get("title");
            case "resolution" -> "resolved: " + delivery.get("title");
            case "digest" -> "Daily digest " + digest(delivery).path("digest").path("date").asText();
            default -> delivery.get("held_open") + " more alerts are open";
        });
    }

    /** The same lines as the webhook's text, then the facts of its object, one per line. */
    public String emailBody(@ExchangeProperty("delivery") Map<String, Object> delivery) throws JsonProcessingException {
        StringBuilder body = new StringBuilder(text(delivery)).append('\n');
        Map<String, Object> facts = switch ((String) delivery.get("message")) {
            case "alert", "resolution" -> alert(delivery);
            case "digest" -> Map.of(); // the digest's text is the whole of it
            default -> heldBack(delivery);
        };
        if (!facts.isEmpty()) {
            body.append('\n');
        }
        facts.forEach((field, value) -> body.append(field).append(": ").append(value == null ? "" : value).append('\n'));
        return redactor.redact(body.toString());
    }

    /** One or two plain lines: what happened and to what, then what to do (or where to look). */
    private String text(Map<String, Object> delivery) throws JsonProcessingException {
        return switch ((String) delivery.get("message")) {
            case "alert" -> delivery.get("title") + "\n" + orElse(delivery.get("remedy"), delivery.get("detail"))
                    + link(consoleUrl(delivery));
            case "resolution" -> "resolved: " + delivery.get("title")
                    + (consoleUrl(delivery) == null ? "" : "\n" + consoleUrl(delivery));
            case "digest" -> digest(delivery).path("text").asText();
            default -> delivery.get("held_open") + " more alerts are open; no more than this destination's hourly limit"
                    + " was sent, the rest are in the console and the next digest" + link(links.alertsPage());
        };
    }

    /** The alert as the webhook's {@code alert} object (and the email's facts): the fields the API shows. */
    private Map<String, Object> alert(Map<String, Object> delivery) {
        Map<String, Object> alert = new LinkedHashMap<>();
        alert.put("id", delivery.get("alert_id"));
        alert.put("kind", delivery.get("kind"));
        alert.put("state", "resolution".equals(delivery.get("message")) || Boolean.TRUE.equals(delivery.get("informational"))
                ? "resolved" : "open");
        for (String field : new String[] {"severity", "subject_type", "subject_id", "channel_id", "job_id", "title",
                "detail", "remedy"}) {
            alert.put(field, delivery.get(field));
        }
        alert.put("first_seen", time(delivery.get("first_seen")));
        alert.put("last_seen", time(delivery.get("last_seen")));
        alert.put("count", delivery.get("count"));
        alert.put("console_url", consoleUrl(delivery));
        return alert;
    }

    private Map<String, Object> heldBack(Map<String, Object> delivery) {
        Map<String, Object> heldBack = new LinkedHashMap<>();
        heldBack.put("open", delivery.get("held_open"));
        heldBack.put("console_url", links.alertsPage());
        return heldBack;
    }

    private JsonNode digest(Map<String, Object> delivery) throws JsonProcessingException {
        return json.readTree((String) delivery.get("payload"));
    }

    private String consoleUrl(Map<String, Object> delivery) {
        return links.consoleUrl((String) delivery.get("subject_type"), delivery.get("job_id"), delivery.get("channel_id"));
    }

    private static String link(String url) {
        return url == null ? "" : " · " + url;
    }

    private static Object orElse(Object value, Object fallback) {
        return value != null ? value : fallback;
    }

    private static String time(Object value) {
        return value == null ? null : ((Date) value).toInstant().toString();
    }
}
