package com.channelstudio.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The studio's OpenAPI document (/api/openapi.json), read once per running studio, and Atlassian's
 * swagger-request-validator over it: what every API test's requests and answers are checked against
 * (ApiDocumentChecks).
 */
public final class ApiDocument {

    public static final String PATH = "/api/openapi.json";
    private static final Map<String, ApiDocument> BY_STUDIO = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String json;
    private final OpenApiInteractionValidator validator;

    private ApiDocument(String json) {
        this.json = json;
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(closed(json)).build();
    }

    /**
     * The document with every object schema closed to the fields it lists ({@code additionalProperties: false}, which
     * OpenAPI leaves open by default): an answer carrying a field the document does not describe fails the test that
     * got it. The document served stays open, so a client is not broken by a field added later.
     */
    private static String closed(String json) {
        try {
            ObjectNode document = (ObjectNode) JSON.readTree(json);
            document.path("components").path("schemas").forEach(schema -> {
                if (schema.has("properties") && !schema.has("additionalProperties") && !schema.has("allOf")) {
                    ((ObjectNode) schema).put("additionalProperties", false);
                }
            });
            return JSON.writeValueAsString(document);
        } catch (IOException e) {
            throw new IllegalStateException("the API document is not JSON", e);
        }
    }

    /** The document of the studio that answers at this address (scheme, host and port). */
    public static ApiDocument of(URI studio) {
        return BY_STUDIO.computeIfAbsent(studio.getScheme() + "://" + studio.getAuthority(), ApiDocument::load);
    }

    private static ApiDocument load(String studio) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(studio + PATH))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            ("operator:" + StudioSettings.OPERATOR_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(PATH + " answered " + answer.statusCode() + ": " + answer.body());
            }
            return new ApiDocument(answer.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("cannot read " + PATH + " from " + studio, e);
        }
    }

    public String json() {
        return json;
    }

    /** Whether the document allows the request (its path, parameters and body). */
    public ValidationReport request(String method, URI uri, Map<String, String> headers, byte[] body) {
        return validator.validateRequest(asked(method, uri, headers, body).build());
    }

    /** Whether the answer is one the document gives for this operation and status. */
    public ValidationReport response(String method, URI uri, int status, String contentType, byte[] body) {
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(status);
        if (contentType != null) {
            answer.withContentType(contentType);
        }
        if (body != null && body.length > 0) {
            answer.withBody(body);
        }
        return validator.validateResponse(uri.getRawPath(), Request.Method.valueOf(method), answer.build());
    }

    private static SimpleRequest.Builder asked(String method, URI uri, Map<String, String> headers, byte[] body) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, uri.getRawPath());
        headers.forEach(request::withHeader);
        UriComponentsBuilder.fromUri(uri).build().getQueryParams().forEach(request::withQueryParam);
        if (body != null && body.length > 0) {
            request.withBody(body);
        }
        return request;
    }
}
