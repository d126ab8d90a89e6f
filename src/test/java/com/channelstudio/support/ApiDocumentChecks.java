package com.channelstudio.support;

import com.atlassian.oai.validator.report.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.client.RestTemplateCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Every request an API test sends through the context's TestRestTemplate, and its answer, checked against the
 * studio's OpenAPI document by Atlassian's validator (ApiDocument): an answer must be one the document gives for
 * its operation and status, and a request the document does not allow must be refused (4xx). A test-only
 * auto-configuration (META-INF/spring/...AutoConfiguration.imports), so every test context has it and a new API
 * test gets it without asking.
 */
@AutoConfiguration
public class ApiDocumentChecks implements ClientHttpRequestInterceptor {

    @Bean
    RestTemplateCustomizer checkedAgainstTheApiDocument() {
        return template -> template.getInterceptors().add(this);
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution) throws IOException {
        ClientHttpResponse response = execution.execute(request, body);
        URI uri = request.getURI();
        String path = uri.getRawPath();
        if (!(path.startsWith("/api/") || path.startsWith("/oauth/")) || path.equals(ApiDocument.PATH)) {
            return response;
        }
        byte[] answer = response.getBody().readAllBytes();
        ApiDocument document = ApiDocument.of(uri);
        int status = response.getStatusCode().value();
        String method = request.getMethod().name();
        String call = method + " " + uri + " " + new String(body) + " -> " + status + " " + new String(answer);
        ValidationReport asked = document.request(method, uri, headers(request.getHeaders()), body);
        if (asked.hasErrors() && (status < 400 || status >= 500)) {
            throw new AssertionError("the API took a request its OpenAPI document does not allow: " + call + "\n" + asked);
        }
        ValidationReport answered = document.response(method, uri, status, response.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE), answer);
        if (answered.hasErrors()) {
            throw new AssertionError("an answer its OpenAPI document does not give: " + call + "\n" + answered);
        }
        return new ReadAnswer(response, answer);
    }

    private static Map<String, String> headers(HttpHeaders headers) {
        Map<String, String> first = new LinkedHashMap<>();
        headers.forEach((name, values) -> first.put(name, String.join(",", values)));
        return first;
    }

    /** The answer with its body already read. */
    private record ReadAnswer(ClientHttpResponse response, byte[] body) implements ClientHttpResponse {

        @Override
        public HttpStatusCode getStatusCode() throws IOException {
            return response.getStatusCode();
        }

        @Override
        public String getStatusText() throws IOException {
            return response.getStatusText();
        }

        @Override
        public void close() {
            response.close();
        }

        @Override
        public InputStream getBody() {
            return new ByteArrayInputStream(body);
        }

        @Override
        public HttpHeaders getHeaders() {
            return response.getHeaders();
        }
    }
}
