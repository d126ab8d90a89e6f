package com.channelstudio.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.support.ApiDocument;
import com.channelstudio.support.BrowserSession;
import com.channelstudio.support.StudioSettings;
import com.channelstudio.support.StudioTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every operation of /api/openapi.json, attacked as a fuzzer would: ids that are no UUID, too long, or name
 * nothing; bodies of the wrong JSON type, with each field of the wrong type, null, empty, huge, left out, and with
 * fields the operation does not know. The API answers none of them with a 5xx, every refusal is the documented
 * error body, and every answer is one the document gives (ApiDocumentChecks checks each exchange).
 */
@StudioTest
@Tag("slow")
class FuzzedRequestsAreRefusedInTheDocumentedShapeTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Not fuzzed: the reload reads the route files (it takes no input), the document is what is fuzzed from. */
    private static final List<String> LEFT_OUT = List.of("/api/routes/reload", ApiDocument.PATH);

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();
    private final List<String> answered5xx = new ArrayList<>();
    private int requests;
    /** One login for all the requests (HTTP Basic would hash the password for each of thousands). */
    private Map<String, String> session;

    @Test
    void noFuzzedRequestIsAnsweredWithA5xxAndEveryRefusalIsTheErrorBody() throws Exception {
        JsonNode document = json.readTree(ApiDocument.of(URI.create("http://localhost:" + port)).json());
        session = BrowserSession.login(port).scriptHeaders();
        String channel = channel();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (LEFT_OUT.contains(path.getKey())) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = operations.next();
                HttpMethod method = HttpMethod.valueOf(operation.getKey().toUpperCase());
                JsonNode body = operation.getValue().at("/requestBody/content/application~1json/schema");
                JsonNode schema = body.isMissingNode() ? null : resolve(document, body);
                for (String id : ids(path.getKey(), channel)) {
                    String target = path.getKey().replace("{id}", id);
                    if (schema == null) {
                        send(method, target + "?state=%00&status=" + "x".repeat(300), null);
                    } else {
                        for (String fuzzed : bodies(document, schema)) {
                            send(method, target, fuzzed);
                        }
                    }
                }
            }
        }
        assertThat(answered5xx).as(requests + " requests").isEmpty();
        assertThat(requests).isGreaterThan(500);
    }

    private List<String> ids(String path, String channel) {
        return path.contains("{id}") ? List.of(channel, UUID.randomUUID().toString(), "not-a-uuid", "x".repeat(2000), "%20")
                : List.of("");
    }

    /** Bodies around a valid one: each field wrong in every way, and bodies that are not this object at all. */
    private List<String> bodies(JsonNode document, JsonNode schema) {
        ObjectNode valid = valid(document, schema);
        List<String> bodies = new ArrayList<>(List.of(valid.toString(), "", "{", "[]", "null", "1", "\"text\"", "{}",
                "{\"" + "k".repeat(100) + "\": 1}", valid.deepCopy().put("unknown_field", 1).toString()));
        for (Iterator<String> fields = schema.path("properties").fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            for (JsonNode wrong : List.of(NODES.textNode(""), NODES.textNode("x".repeat(5000)), NODES.numberNode(-1),
                    NODES.numberNode(1e300), NODES.booleanNode(true), NODES.nullNode(), NODES.arrayNode(), NODES.objectNode(),
                    NODES.textNode("\u0000"), NODES.textNode("2026-13-45T99:99:99+99:00"))) {
                bodies.add(valid.deepCopy().set(field, wrong).toString());
            }
            ObjectNode without = valid.deepCopy();
            without.remove(field);
            bodies.add(without.toString());
        }
        bodies.add(valid.deepCopy().put("name", "x".repeat(70_000)).toString());
        return bodies;
    }

    /** A body of the schema's shape: its required fields with values in their ranges. */
    private ObjectNode valid(JsonNode document, JsonNode schema) {
        ObjectNode body = NODES.objectNode();
        schema.path("required").forEach(name -> {
            JsonNode property = resolve(document, schema.path("properties").path(name.asText()));
            body.set(name.asText(), switch (property.path("type").asText()) {
                case "integer", "number" -> NODES.numberNode(property.path("minimum").asInt(1));
                case "boolean" -> NODES.booleanNode(true);
                case "array" -> NODES.arrayNode().add("calm");
                default -> NODES.textNode(property.has("enum") ? property.get("enum").get(0).asText() : "calm");
            });
        });
        return body;
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        return schema.has("$ref") ? document.at(schema.get("$ref").asText().substring(1)) : schema;
    }

    private void send(HttpMethod method, String path, String body) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        session.forEach(headers::add);
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        ResponseEntity<String> answer = http.exchange(URI.create("http://localhost:" + port + path), method,
                new HttpEntity<>(body, headers), String.class);
        requests++;
        int status = answer.getStatusCode().value();
        if (status >= 500) {
            answered5xx.add(method + " " + path.substring(0, Math.min(path.length(), 120)) + " "
                    + (body == null ? "" : body.substring(0, Math.min(body.length(), 200))) + " -> " + status + " " + answer.getBody());
        } else if (status >= 400) {
            assertThat(json.readTree(answer.getBody()).path("error").isTextual()).as(method + " " + path + " " + body + " -> "
                    + answer.getBody()).isTrue();
        }
        // A job the fuzzer happened to plan goes no further than planning: it is not what is tested here.
        jdbc.update("UPDATE video_jobs SET status = 'failed', error_message = 'fuzzed' WHERE status = 'planned' "
                + "AND channel_id IN (SELECT id FROM channels WHERE name = 'Fuzzed')");
    }

    private String channel() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> created = http.withBasicAuth("operator", StudioSettings.OPERATOR_PASSWORD).postForEntity(
                "/api/channels", new HttpEntity<>("{\"name\": \"Fuzzed\", \"brand_niche\": \"Noise\"}", headers), String.class);
        return json.readTree(created.getBody()).get("id").asText();
    }
}
