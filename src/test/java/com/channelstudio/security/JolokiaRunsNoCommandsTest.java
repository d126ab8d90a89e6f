package com.channelstudio.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.support.Jolokia;
import com.channelstudio.support.StudioTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.test.spring.junit5.DisableJmx;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/**
 * A link to Jolokia must not make the operator's browser run a Camel endpoint (exec:, sql:, file:).
 * Jolokia only reads, answers POST only, and lets an operator start, stop, suspend and resume routes by name.
 * Camel's MBeans exist only with JMX on, which Camel's test support turns off unless told: hence a context of its own.
 */
@StudioTest
@DisableJmx(false)
@TestPropertySource(properties = {"camel.main.name=channel-studio-jmx", "studio.database.embedded-dir=target/test-postgres/${test.fork:fork-1}/jmx"})
class JolokiaRunsNoCommandsTest {

    private static final Path MARKER_FOLDER = Path.of("target/jolokia-exploit");

    @Autowired
    TestRestTemplate http;

    @Autowired
    CamelContext camel;

    @LocalServerPort
    int port;

    @Test
    void theExploitLinkIsRefusedAndWritesNothing() throws Exception {
        URI exploit = URI.create("http://localhost:" + port + "/actuator/jolokia/exec/" + mbean("type=context").replace("\"", "%22")
                + "/requestStringBody/file:target!/jolokia-exploit/owned");

        ResponseEntity<String> answer = operator().getForEntity(exploit, String.class);

        assertThat(answer.getBody()).contains("\"status\":403").doesNotContain("\"value\"");
        assertThat(MARKER_FOLDER).doesNotExist();
    }

    @Test
    void noOperationOfTheCamelContextRunsEvenByPost() throws Exception {
        for (String operation : new String[] {"requestStringBody", "sendStringBody"}) {
            String answer = post("{\"type\":\"exec\",\"mbean\":\"" + mbean("type=context").replace("\"", "\\\"") + "\","
                    + "\"operation\":\"" + operation + "\",\"arguments\":[\"file:target/jolokia-exploit\",\"owned\"]}");
            assertThat(answer).as(operation).contains("\"status\":403");
        }
        assertThat(MARKER_FOLDER).doesNotExist();
        assertThat(post("{\"type\":\"write\",\"mbean\":\"java.lang:type=Memory\",\"attribute\":\"Verbose\",\"value\":true}"))
                .contains("\"status\":403");
    }

    @Test
    void anOperatorMaySuspendAndResumeARouteByPost() throws Exception {
        String route = mbean("type=routes,name=\"mubert-customer\"").replace("\"", "\\\"");
        try {
            String suspended = post("{\"type\":\"exec\",\"mbean\":\"" + route + "\",\"operation\":\"suspend()\"}");
            assertThat(suspended).contains("\"status\":200");
            assertThat(camel.getRouteController().getRouteStatus("mubert-customer")).isEqualTo(ServiceStatus.Suspended);
            String resumed = post("{\"type\":\"exec\",\"mbean\":\"" + route + "\",\"operation\":\"resume()\"}");
            assertThat(resumed).contains("\"status\":200");
            assertThat(camel.getRouteController().getRouteStatus("mubert-customer")).isEqualTo(ServiceStatus.Started);
        } finally {
            if (camel.getRouteController().getRouteStatus("mubert-customer") != ServiceStatus.Started) {
                camel.getRouteController().resumeRoute("mubert-customer");
            }
        }
        assertThat(post("{\"type\":\"exec\",\"mbean\":\"" + route + "\",\"operation\":\"remove()\"}")).contains("\"status\":403");
        assertThat(camel.getRoute("mubert-customer")).isNotNull();
    }

    @Test
    void anotherSiteMayNotReadJolokiasAnswers() {
        ResponseEntity<String> answer = Jolokia.post(operator(),
                "{\"type\":\"read\",\"mbean\":\"java.lang:type=Runtime\",\"attribute\":\"Uptime\"}", "Origin", "https://evil.example");
        assertThat(answer.getHeaders().getAccessControlAllowOrigin()).isNull();
        assertThat(answer.getBody()).doesNotContain("\"value\"");
    }

    private String post(String request) {
        return Jolokia.post(operator(), request).getBody();
    }

    /** The Camel MBean this test's context registered under the given keys (other contexts of the JVM may have JMX on). */
    private String mbean(String keys) throws Exception {
        String found = post("{\"type\":\"search\",\"mbean\":\"org.apache.camel:context=" + camel.getManagementName() + ","
                + keys.replace("\"", "\\\"") + ",*\"}");
        JsonNode names = new ObjectMapper().readTree(found).get("value");
        assertThat(names).as(found).hasSize(1);
        return names.get(0).asText();
    }

    private TestRestTemplate operator() {
        return http.withBasicAuth("operator", "test-operator-secret");
    }
}
