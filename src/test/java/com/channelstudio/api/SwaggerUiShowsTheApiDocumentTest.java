package com.channelstudio.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.support.BrowserSession;
import com.channelstudio.support.StudioTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * /api/docs: Swagger UI from its webjar, for the logged-in operator, loading the API's OpenAPI document; everything
 * the page loads comes from the studio, and nothing of it without the login.
 */
@StudioTest
class SwaggerUiShowsTheApiDocumentTest {

    private static final Pattern SCRIPT = Pattern.compile("<script src=\"([^\"]+)\"");
    private static final Pattern STYLESHEET = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void theLoggedInOperatorGetsSwaggerUiLoadingTheApiDocument() throws Exception {
        BrowserSession browser = BrowserSession.login(port);
        HttpResponse<String> page = browser.get("/api/docs");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<div id=\"swagger-ui\" data-document=\"/api/openapi.json\">");

        List<String> scripts = found(SCRIPT, page.body());
        assertThat(scripts).hasSize(2);
        assertThat(scripts.get(0)).matches("/webjars/swagger-ui/5\\.[0-9.]+/swagger-ui-bundle\\.js");
        assertThat(browser.get(scripts.get(0)).body()).contains("SwaggerUIBundle");
        assertThat(scripts.get(1)).isEqualTo("/api-docs/start.js");
        assertThat(browser.get(scripts.get(1)).body()).contains("SwaggerUIBundle({").contains("url: root.dataset.document");
        List<String> styles = found(STYLESHEET, page.body());
        assertThat(styles).singleElement().asString().matches("/webjars/swagger-ui/5\\.[0-9.]+/swagger-ui\\.css");
        assertThat(browser.get(styles.get(0)).statusCode()).isEqualTo(200);

        HttpResponse<String> document = browser.get("/api/openapi.json");
        assertThat(document.statusCode()).isEqualTo(200);
        JsonNode openApi = new ObjectMapper().readTree(document.body());
        assertThat(openApi.path("openapi").asText()).startsWith("3.");
        assertThat(openApi.path("paths").has("/api/channels")).isTrue();
    }

    @Test
    void withoutTheLoginABrowserIsSentToTheLoginForm() throws Exception {
        for (String path : List.of("/api/docs", "/api-docs/start.js", "/webjars/swagger-ui/swagger-ui-bundle.js")) {
            HttpResponse<Void> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + path)).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(refused.statusCode()).as(path).isEqualTo(302);
            assertThat(refused.headers().firstValue("Location")).as(path).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        }
    }

    private static List<String> found(Pattern pattern, String html) {
        return pattern.matcher(html).results().map(match -> match.group(1)).toList();
    }
}
