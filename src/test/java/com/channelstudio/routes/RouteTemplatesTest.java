package com.channelstudio.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.providers.Provider;
import com.channelstudio.providers.ProviderCalls;
import com.channelstudio.providers.ProviderRequest;
import com.channelstudio.support.Jobs;
import com.channelstudio.support.PromptsJson;
import com.channelstudio.support.TestOutput;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.apache.camel.test.spring.junit5.UseAdviceWith;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The two shapes the routes are built from, each tested as a route: the provider retry unit (provider-http: what
 * is retried, how often, what is not) with the HTTP call advised into a scripted provider, and the job-stage
 * template with its work (the images stage's) advised into a failure.
 */
@CamelSpringBootTest
@UseAdviceWith
@SpringBootTest(properties = {
        "spring.config.additional-location=classpath:application-test.yml",
        "studio.database.embedded-dir=target/test-postgres/${test.fork:fork-1}/routes",
        "studio.providers.retry.max-retries=3",
        "studio.providers.retry.initial-delay-ms=10",
        "studio.providers.retry.max-delay-ms=50",
        "camel.main.name=channel-studio-routes"})
class RouteTemplatesTest {

    private static final ProviderRequest REQUEST = new Provider("Leonardo", "studio.providers.leonardo")
            .get("image 4 of 20", "http://leonardo.test/generations/g-1", Map.of());
    /** What the scripted provider answers, one status and body per call. */
    private static final Queue<Object[]> ANSWERS = new ConcurrentLinkedQueue<>();
    private static final AtomicInteger CALLS = new AtomicInteger();

    @Autowired
    CamelContext camel;

    @Autowired
    ProducerTemplate producer;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void adviseTheRoutesOnce() throws Exception {
        ANSWERS.clear();
        CALLS.set(0);
        if (camel.isStarted() || camel.getRoute("ask-scripted-provider") != null) {
            return;
        }
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:ask-scripted-provider").routeId("ask-scripted-provider").routeConfigurationId("provider-retries").to("direct:provider-call");
            }
        });
        AdviceWith.adviceWith(camel, "provider-call", route -> route.weaveByToUri("http:*").replace()
                .process(RouteTemplatesTest::answerAsScripted));
        AdviceWith.adviceWith(camel, "generate-images", route -> route.weaveAddFirst()
                .throwException(new IllegalStateException("the painter's brushes are missing")));
        camel.start();
    }

    @Test
    void aProviderBusyTwiceIsAskedAgainAndItsThirdAnswerIsTheResult() {
        script(503, "{\"error\": \"busy\"}");
        script(429, "{\"error\": \"slow down\"}");
        script(200, "{\"generations_by_pk\": {\"status\": \"COMPLETE\"}}");

        Exchange done = askProvider();

        assertThat(done.getException()).isNull();
        assertThat(done.getMessage().getBody(JsonNode.class).at("/generations_by_pk/status").asText()).isEqualTo("COMPLETE");
        assertThat(CALLS).hasValue(3);
    }

    @Test
    void aMalformedAnswerIsRetriedLikeABusyOne() {
        script(200, "{\"generations_by_pk\": ");
        script(200, "{\"generations_by_pk\": {\"status\": \"PENDING\"}}");

        Exchange done = askProvider();

        assertThat(done.getMessage().getBody(JsonNode.class).at("/generations_by_pk/status").asText()).isEqualTo("PENDING");
        assertThat(CALLS).hasValue(2);
    }

    @Test
    void aRefusalIsNotRetriedAndNamesTheProvidersAnswer() {
        script(401, "{\"error\": \"Invalid API key\"}");
        script(200, "{}");

        Exchange done = askProvider();

        assertThat(done.getException()).hasMessageContaining("Leonardo answered HTTP 401 to GET /generations/g-1")
                .hasMessageContaining("Invalid API key");
        assertThat(CALLS).hasValue(1);
    }

    @Test
    void retriesEndAfterTheConfiguredNumber() {
        for (int i = 0; i < 6; i++) {
            script(503, "{\"error\": \"down\"}");
        }

        Exchange done = askProvider();

        assertThat(done.getException()).hasMessageContaining("Leonardo answered HTTP 503");
        assertThat(CALLS).as("the first call and studio.providers.retry.max-retries=3 more").hasValue(4);
    }

    @Test
    void aStageWhoseWorkFailsFailsItsJobNamingTheStageAndGivesTheClaimBack() {
        UUID job = new Jobs(jdbc).withPrompts("generating_image", PromptsJson.valid(), 60, TestOutput.newFolder());
        NotifyBuilder stageDone = new NotifyBuilder(camel).fromRoute("stage-generating-image")
                .filter(exchange -> job.toString().equals(exchange.getMessage().getHeader("jobId", String.class)))
                .whenDone(1).create();

        assertThat(stageDone.matches(30, TimeUnit.SECONDS)).as("the stage took the job up").isTrue();

        Map<String, Object> row = jdbc.queryForMap("SELECT CAST(status AS TEXT) AS status, CAST(failed_stage AS TEXT) "
                + "AS failed_stage, error_message, claimed_by FROM video_jobs WHERE id = ?", job);
        assertThat(row.get("status")).isEqualTo("failed");
        assertThat(row.get("failed_stage")).isEqualTo("generating_image");
        assertThat((String) row.get("error_message"))
                .startsWith("Stage generating_image failed: the painter's brushes are missing.")
                .endsWith("(POST /api/jobs/" + job + "/retry).");
        assertThat(row.get("claimed_by")).as("the claim is given back").isNull();
    }

    private static void script(int status, String body) {
        ANSWERS.add(new Object[] {status, body});
    }

    private Exchange askProvider() {
        return producer.send("direct:ask-scripted-provider", exchange -> exchange.setProperty(ProviderCalls.REQUEST, REQUEST));
    }

    private static void answerAsScripted(Exchange exchange) {
        CALLS.incrementAndGet();
        Object[] answer = ANSWERS.remove();
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, answer[0]);
        exchange.getMessage().setBody(answer[1]);
    }
}
