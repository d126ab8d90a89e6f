package com.channelstudio.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.support.BrowserSession;
import com.channelstudio.support.Jolokia;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The other two ways an operator reloads the routes: the JMX operation, through Jolokia (as Hawtio calls it) under
 * the studio's access policy, and the button of the console's Routes page, a form with its CSRF token.
 */
class RoutesReloadOverJmxAndFromTheConsoleTest extends StudioReadingARoutesFolder {

    private static final String EDITED = "      uri: direct:console-channels\n      steps:\n        - setHeader:\n"
            + "            name: edition\n            constant: edited by the operator\n";

    @Autowired
    TestRestTemplate http;

    @Autowired
    ProducerTemplate producer;

    @LocalServerPort
    int port;

    @Test
    void theJmxOperationReloadsThroughJolokia() throws Exception {
        edit("console.camel.yaml", "      uri: direct:console-channels\n      steps:\n", EDITED);

        JsonNode answer = jolokia("{\"type\":\"exec\",\"mbean\":\"" + reloadMBean() + "\",\"operation\":\"reload()\"}");

        assertThat(answer.get("status").asInt()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.get("value").asText()).startsWith("applied (").contains("\n  replaced: console-channels");
        assertThat(edition()).isEqualTo("edited by the operator");
    }

    @Test
    void jolokiaAllowsTheReloadAloneOfTheServicesOperations() throws Exception {
        for (String operation : new String[] {"stop()", "suspend()", "shutdown()"}) {
            JsonNode answer = jolokia("{\"type\":\"exec\",\"mbean\":\"" + reloadMBean() + "\",\"operation\":\"" + operation + "\"}");
            assertThat(answer.get("status").asInt()).as(operation).isEqualTo(403);
        }
        String shutdownStrategy = mbean("type=services,name=DefaultShutdownStrategy");
        assertThat(jolokia("{\"type\":\"exec\",\"mbean\":\"" + shutdownStrategy + "\",\"operation\":\"reload()\"}")
                .get("status").asInt()).isEqualTo(403);
        assertThat(camel.hasService(RouteReloadOperation.class)).isNotNull();
        assertThat(camel.hasService(RouteReloadOperation.class).isStarted()).isTrue();
    }

    @Test
    void theConsoleButtonReloadsWithTheCsrfTokenOfItsForm() throws Exception {
        edit("console.camel.yaml", "      uri: direct:console-channels\n      steps:\n", EDITED);
        BrowserSession browser = BrowserSession.login(port);
        HttpResponse<String> page = get(browser, "/console/routes");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("file:" + FOLDER + "/*.yaml").contains("Reload routes");

        assertThat(browser.post("/console/routes/reload", "application/x-www-form-urlencoded", "").statusCode())
                .as("the form without its token").isEqualTo(403);
        assertThat(edition()).isNull();

        HttpResponse<String> reloaded = HttpClient.newHttpClient().send(HttpRequest.newBuilder(browser.base().resolve("/console/routes/reload"))
                .header("Cookie", browser.sessionCookie() + "; XSRF-TOKEN=" + cookie(page, "XSRF-TOKEN"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(formToken(page.body()), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(reloaded.statusCode()).as(reloaded.body()).isEqualTo(200);
        assertThat(reloaded.body()).contains("Last reload: applied").contains("<dd class=\"replaced\">console-channels</dd>");
        assertThat(edition()).isEqualTo("edited by the operator");
        assertThat(get(browser, "/console/routes").body()).as("the last outcome, shown again").contains("Last reload: applied");
    }

    private Object edition() {
        return producer.send("direct:console-channels", exchange -> { }).getMessage().getHeader("edition");
    }

    private static HttpResponse<String> get(BrowserSession browser, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(browser.base().resolve(path))
                .header("Cookie", browser.sessionCookie()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String formToken(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("the form's CSRF field in " + page).isTrue();
        return token.group(1);
    }

    private static String cookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(line -> line.startsWith(name + "="))
                .map(line -> line.substring(name.length() + 1, line.indexOf(';'))).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not set: " + response.headers().map()));
    }

    private JsonNode jolokia(String request) throws Exception {
        return new ObjectMapper().readTree(Jolokia.post(http.withBasicAuth("operator", "test-operator-secret"), request).getBody());
    }

    private String reloadMBean() throws Exception {
        return mbean("type=services,name=RouteReloadOperation");
    }

    /** The Camel MBean this context registered under the given keys, quoted for a JSON string. */
    private String mbean(String keys) throws Exception {
        JsonNode names = jolokia("{\"type\":\"search\",\"mbean\":\"org.apache.camel:context=" + camel.getManagementName() + ","
                + keys + ",*\"}").get("value");
        assertThat(names).as(String.valueOf(names)).hasSize(1);
        return names.get(0).asText().replace("\"", "\\\"");
    }
}
