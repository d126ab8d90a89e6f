package com.channelstudio.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.channelstudio.routes.ReloadOutcome.Result;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.Route;
import org.apache.camel.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * An operator edits the route files in the studio's routes folder and reloads them: the edited route does the new
 * thing and nothing else is touched; a file with a problem changes nothing and the answer says where; work in
 * flight finishes with the old definition; a changed template makes its routes again.
 */
@ExtendWith(OutputCaptureExtension.class)
class EditedRoutesTakeEffectWithoutARestartTest extends StudioReadingARoutesFolder {

    private static final String PROBE = "reload-probe.camel.yaml";

    @Autowired
    ProducerTemplate producer;

    @Autowired
    TestRestTemplate http;

    @Test
    void filesAsTheStudioStartedWithThemChangeNothing() {
        ReloadOutcome outcome = reload.reload();

        assertThat(outcome.result()).as(outcome.text()).isEqualTo(Result.UNCHANGED);
        assertThat(outcome.replaced()).isEmpty();
        assertThat(outcome.gone()).isEmpty();
    }

    @Test
    void anEditedRouteDoesTheNewThingAndNoOtherRouteIsReplaced() throws Exception {
        assertThat(edition("console-channels")).isNull();
        Route untouched = camel.getRoute("console-jobs");
        edit("console.camel.yaml", "      uri: direct:console-channels\n      steps:\n",
                "      uri: direct:console-channels\n      steps:\n        - setHeader:\n            name: edition\n"
                        + "            constant: edited by the operator\n");

        ResponseEntity<Map> answer = operator().postForEntity("/api/routes/reload", null, Map.class);

        assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(200);
        assertThat(answer.getBody()).containsEntry("result", "applied").containsEntry("replaced", List.of("console-channels"))
                .containsEntry("added", List.of()).containsEntry("routes_from", "file:" + FOLDER + "/*.yaml");
        assertThat(edition("console-channels")).isEqualTo("edited by the operator");
        assertThat(camel.getRoute("console-jobs")).as("a route whose file did not change it").isSameAs(untouched);
    }

    @Test
    void aFileThatIsNotValidYamlChangesNothingAndTheAnswerSaysWhere() throws Exception {
        editConsoleChannels();
        edit("leases.camel.yaml", "      uri: \"timer:renew-leases?period={{studio.lease.renew-ms}}\"\n",
                "      uri: \"timer:renew-leases?period={{studio.lease.renew-ms}}\n");

        ResponseEntity<Map> answer = operator().postForEntity("/api/routes/reload", null, Map.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(422);
        assertThat(answer.getBody()).containsEntry("result", "refused");
        assertThat((List<Map<String, Object>>) answer.getBody().get("problems")).singleElement().satisfies(problem -> {
            assertThat(problem).containsEntry("file", "file:" + FOLDER + "/leases.camel.yaml");
            assertThat(problem).as("the line of the unclosed quote").containsEntry("line", 9);
            assertThat((String) problem.get("problem")).startsWith("not valid YAML: while parsing a block mapping, ");
        });
        assertConsoleChannelsAsPackaged();
    }

    @Test
    void anUnknownBeanChangesNothingAndTheAnswerNamesFileLineAndBean() throws Exception {
        editConsoleChannels();
        edit("fail-job.camel.yaml", "        - bean:\n", "        - bean:\n            ref: noSuchBean\n            method: fail\n"
                + "        - bean:\n");

        ReloadOutcome outcome = reload.reload();

        assertThat(outcome.result()).isEqualTo(Result.REFUSED);
        assertThat(outcome.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("file:" + FOLDER + "/fail-job.camel.yaml");
            assertThat(problem.line()).isEqualTo(10);
            assertThat(problem.problem()).isEqualTo("no bean named noSuchBean (route fail-job)");
        });
        assertConsoleChannelsAsPackaged();
    }

    @Test
    void aDuplicateRouteIdChangesNothingAndTheAnswerNamesBothPlaces() throws Exception {
        editConsoleChannels();
        write("console-again.camel.yaml", """
                - route:
                    id: console-jobs
                    from:
                      uri: direct:console-jobs-again
                      steps:
                        - log: again
                """);

        ReloadOutcome outcome = reload.reload();

        assertThat(outcome.result()).isEqualTo(Result.REFUSED);
        assertThat(outcome.problems()).extracting(RouteProblem::toString).singleElement().asString()
                .contains("route id console-jobs is used twice")
                .contains("console-again.camel.yaml:1").contains("console.camel.yaml:" + (lineOf("console.camel.yaml", "id: console-jobs") - 1));
        assertConsoleChannelsAsPackaged();
    }

    @Test
    void everyProblemOfEveryFileIsNamedAtOnce() throws Exception {
        edit("console.camel.yaml", "- to: sql:classpath:sql/console-jobs.sql", "- to: sqll:classpath:sql/console-jobs.sql");
        edit("export.camel.yaml", "routeTemplateRef: job-stage", "routeTemplateRef: job-stages");
        edit("fail-job.camel.yaml", "method: stopped(${header.jobId})", "method: forgets(${header.jobId})");
        write(PROBE, """
                - route:
                    id: reload-probe
                    from:
                      uri: direct:reload-probe
                      steps:
                        - split:
                            simple: ${body}
                            executorService: musicCall
                            steps:
                              - log: one of them
                        - throwException:
                            exceptionType: com.channelstudio.NoSuchException
                            message: never thrown
                """);
        edit("fail-job.camel.yaml", "- to: direct:give-back-claim", "- to: direct:give-back-claims");

        ReloadOutcome outcome = reload.reload();

        assertThat(outcome.result()).isEqualTo(Result.REFUSED);
        assertThat(outcome.problems()).extracting(RouteProblem::toString).containsExactlyInAnyOrder(
                "file:" + FOLDER + "/console.camel.yaml:" + lineOf("console.camel.yaml", "- to: sqll:classpath:sql/console-jobs.sql") + ": endpoint sqll:classpath:sql/console-jobs.sql: no Camel component sqll (route console-jobs)",
                "file:" + FOLDER + "/export.camel.yaml: route stage-ready-for-export is made from route template job-stages, which no route file defines",
                "file:" + FOLDER + "/fail-job.camel.yaml:" + (lineOf("fail-job.camel.yaml", "method: forgets(${header.jobId})") - 2) + ": stageProgress has no method forgets (route fail-job)",
                "file:" + FOLDER + "/" + PROBE + ":6: no thread pool (bean or profile) named musicCall (route reload-probe)",
                "file:" + FOLDER + "/" + PROBE + ":11: no class com.channelstudio.NoSuchException (route reload-probe)",
                "file:" + FOLDER + "/fail-job.camel.yaml:" + lineOf("fail-job.camel.yaml", "- to: direct:give-back-claims") + ": sends to direct:give-back-claims, which no route consumes (route fail-job)");
    }

    @Test
    void aMistakeInATemplateIsNamedOnceWhereItIsWritten() throws Exception {
        edit("job-stage.camel.yaml", "                          ref: jobClaims\n                          method: began",
                "                          ref: jobClaim\n                          method: began");

        ReloadOutcome outcome = reload.reload();

        assertThat(outcome.result()).isEqualTo(Result.REFUSED);
        assertThat(outcome.problems()).singleElement().satisfies(problem -> {
            // the step's line: "- bean:", just above the reference
            assertThat(problem.place()).isEqualTo("file:" + FOLDER + "/job-stage.camel.yaml:" + (lineOf("job-stage.camel.yaml", "ref: jobClaim") - 1));
            assertThat(problem.problem()).startsWith("no bean named jobClaim (route stage-");
        });
    }

    @Test
    void aChangedTemplateMakesEachOfItsRoutesAgainAndNoOther() throws Exception {
        edit("job-stage.camel.yaml", "stage {{stage}} started", "stage {{stage}} taken up");

        ReloadOutcome outcome = reload.reload();

        assertThat(outcome.result()).as(outcome.text()).isEqualTo(Result.APPLIED);
        assertThat(outcome.templates()).containsExactly("job-stage");
        assertThat(outcome.replaced()).containsExactlyInAnyOrder("stage-planned", "stage-generating-music",
                "stage-generating-image", "stage-rendering", "stage-ready-for-export");
        assertThat(RouteText.of(camel, model().getRouteDefinition("stage-generating-music")))
                .contains("stage generating_music taken up").doesNotContain("started");
    }

    @Test
    void aReplacedRouteKeepsTheErrorHandlingOfItsRouteConfiguration() throws Exception {
        Class<?> unitErrorHandler = model().getRouteDefinition("provider-call").getErrorHandlerFactory().getClass();
        String retriesBefore = onExceptions("paint-image-leonardo");
        edit("provider-http.camel.yaml", "      uri: direct:provider-call\n      steps:\n",
                "      uri: direct:provider-call\n      steps:\n        - log: calling\n");
        edit("provider-generation.camel.yaml", "          - to: direct:await-generation\n",
                "          - log: awaiting {{idHeader}}\n          - to: direct:await-generation\n");

        ReloadOutcome outcome = reload.reload();

        assertThat(outcome.result()).as(outcome.text()).isEqualTo(Result.APPLIED);
        assertThat(outcome.replaced()).containsExactlyInAnyOrder("provider-call", "compose-track-beatoven",
                "paint-image-leonardo", "compose-track-mubert");
        assertThat(unitErrorHandler.getSimpleName()).isEqualTo("NoErrorHandlerDefinition");
        assertThat(model().getRouteDefinition("provider-call").getErrorHandlerFactory()).as("provider-retry-unit: no error handler")
                .isInstanceOf(unitErrorHandler);
        assertThat(model().getRouteDefinition("paint-image-leonardo").getAppliedRouteConfigurationIds()).contains("provider-retries");
        assertThat(onExceptions("paint-image-leonardo")).contains("ProviderUnavailableException").isEqualTo(retriesBefore);
        assertThat(RouteText.of(camel, model().getRouteDefinition("paint-image-leonardo"))).contains("awaiting providerImageId");
    }

    @Test
    void aChangedRestDefinitionIsRefusedSayingWhy() throws Exception {
        editConsoleChannels();
        edit("api.camel.yaml", "        path: /channels\n        outType: com.channelstudio.api.views.ChannelSummary[]",
                "        path: /all-channels\n        outType: com.channelstudio.api.views.ChannelSummary[]");

        ReloadOutcome outcome = reload.reload();

        assertThat(outcome.result()).isEqualTo(Result.REFUSED);
        assertThat(outcome.problems()).extracting(RouteProblem::toString).singleElement().asString()
                .startsWith("file:" + FOLDER + "/api.camel.yaml:" + lineOf("api.camel.yaml", "- rest:") + ": rest studio-api is new or changed")
                .contains("restart the studio");
        assertConsoleChannelsAsPackaged();
    }

    @Test
    void workInFlightFinishesWithTheOldDefinitionAndTheNextExchangeUsesTheNew(CapturedOutput log) throws Exception {
        Gate gate = probe("first definition", true);
        CompletableFuture<Object> inFlight = producer.asyncRequestBody("direct:reload-probe", null);
        await().atMost(Duration.ofSeconds(10)).until(() -> gate.waiting.get() == 1);
        write(PROBE, probeRoute("second definition", false));

        CompletableFuture<ReloadOutcome> reloading = CompletableFuture.supplyAsync(reload::reload);
        await().atMost(Duration.ofSeconds(10)).until(() -> log.getOut().contains("route reload-probe has 1 exchange(s) in flight"));
        assertThat(reloading).isNotDone();
        gate.open.countDown();

        assertThat(inFlight.get(10, TimeUnit.SECONDS)).isEqualTo("first definition");
        ReloadOutcome outcome = reloading.get(10, TimeUnit.SECONDS);
        assertThat(outcome.result()).as(outcome.text()).isEqualTo(Result.APPLIED);
        assertThat(outcome.replaced()).containsExactly("reload-probe");
        assertThat(producer.requestBody("direct:reload-probe", (Object) null)).isEqualTo("second definition");
    }

    @Test
    void aCallerWithWorkInFlightIsStoppedBeforeTheRouteItCalls(CapturedOutput log) throws Exception {
        Gate gate = new Gate();
        camel.getRegistry().bind("reloadProbeGate", gate);
        write(PROBE, callerAndCallee("first"));
        assertThat(reload.reload().added()).containsExactly("reload-probe-callee", "reload-probe");
        CompletableFuture<Object> inFlight = producer.asyncRequestBody("direct:reload-probe", null);
        await().atMost(Duration.ofSeconds(10)).until(() -> gate.waiting.get() == 1);
        write(PROBE, callerAndCallee("second"));

        CompletableFuture<ReloadOutcome> reloading = CompletableFuture.supplyAsync(reload::reload);
        await().atMost(Duration.ofSeconds(10)).until(() -> log.getOut().contains("route reload-probe has 1 exchange(s) in flight"));
        gate.open.countDown();

        assertThat(inFlight.get(10, TimeUnit.SECONDS)).as("the old caller reached the old callee").isEqualTo("first callee");
        ReloadOutcome outcome = reloading.get(10, TimeUnit.SECONDS);
        assertThat(outcome.result()).as(outcome.text()).isEqualTo(Result.APPLIED);
        assertThat(producer.requestBody("direct:reload-probe", (Object) null)).isEqualTo("second callee");
    }

    /** The callee first in the file: in that order, it would be stopped first and its caller's work could not reach it. */
    private static String callerAndCallee(String edition) {
        return """
                - route:
                    id: reload-probe-callee
                    from:
                      uri: direct:reload-probe-callee
                      steps:
                        - setBody:
                            constant: %s callee
                - route:
                    id: reload-probe
                    from:
                      uri: direct:reload-probe
                      steps:
                        - setHeader:
                            name: edition
                            constant: %s
                        - bean:
                            ref: reloadProbeGate
                            method: pass
                        - to: direct:reload-probe-callee
                """.formatted(edition, edition);
    }

    @Test
    void workThatOutlastsTheWaitLeavesEveryRouteAsItWas() throws Exception {
        Gate gate = probe("first definition", true);
        CompletableFuture<Object> inFlight = producer.asyncRequestBody("direct:reload-probe", null);
        await().atMost(Duration.ofSeconds(10)).until(() -> gate.waiting.get() == 1);
        write(PROBE, probeRoute("second definition", false));
        editConsoleChannels();

        ReloadOutcome outcome = reload.reload();

        assertThat(outcome.result()).isEqualTo(Result.BUSY);
        assertThat(outcome.summary()).isEqualTo("the exchanges in flight in route reload-probe did not finish within 5 s "
                + "(studio.routes.reload-wait-seconds); every route runs on as it was: reload again when that work is done");
        gate.open.countDown();
        assertThat(inFlight.get(10, TimeUnit.SECONDS)).isEqualTo("first definition");
        assertThat(producer.requestBody("direct:reload-probe", (Object) null)).isEqualTo("first definition");
        assertConsoleChannelsAsPackaged();
    }

    @Test
    void aRouteGoneFromTheFilesKeepsRunningAndIsReported() throws Exception {
        probe("first definition", false);
        java.nio.file.Files.delete(FOLDER.resolve(PROBE));

        ReloadOutcome outcome = reload.reload();

        assertThat(outcome.result()).isEqualTo(Result.UNCHANGED);
        assertThat(outcome.gone()).containsExactly("reload-probe");
        assertThat(producer.requestBody("direct:reload-probe", (Object) null)).isEqualTo("first definition");
    }

    @Test
    void aRouteThatFailsToStartPutsEveryRouteBack() throws Exception {
        editConsoleChannels();
        edit("console.camel.yaml", "- to: sql:classpath:sql/console-jobs.sql", "- to: sql:classpath:sql/console-jobs.sql?noSuchOption=1");
        edit("console.camel.yaml", "        - to: sql:classpath:sql/console-render-tasks.sql",
                "        - setHeader:\n            name: edition\n            constant: edited too\n"
                        + "        - to: sql:classpath:sql/console-render-tasks.sql");

        ReloadOutcome outcome = reload.reload();

        assertThat(outcome.result()).as(outcome.text()).isEqualTo(Result.ROLLED_BACK);
        assertThat(outcome.summary()).startsWith("route console-jobs did not start: ").contains("noSuchOption")
                .endsWith("every route is back as it was");
        assertThat(outcome.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.place()).isEqualTo("file:" + FOLDER + "/console.camel.yaml:" + (lineOf("console.camel.yaml", "id: console-jobs") - 1));
            assertThat(problem.problem()).contains("noSuchOption");
        });
        assertConsoleChannelsAsPackaged();
        assertThat(producer.requestBodyAndHeader("direct:console-jobs", null, "status", "failed")).isInstanceOf(List.class);
        assertThat(camel.getRouteController().getRouteStatus("console-render-tasks").isStarted())
                .as("stopped for the swap, which did not reach it").isTrue();
        assertThat(RouteText.of(camel, model().getRouteDefinition("console-render-tasks"))).doesNotContain("edited too");
    }

    /** A route of the operator's own, added by a reload; its exchanges wait at the gate if it has one. */
    private Gate probe(String answer, boolean gated) throws Exception {
        Gate gate = new Gate();
        camel.getRegistry().bind("reloadProbeGate", gate);
        write(PROBE, probeRoute(answer, gated));
        ReloadOutcome added = reload.reload();
        assertThat(added.added()).as(added.text()).containsExactly("reload-probe");
        return gate;
    }

    private static String probeRoute(String answer, boolean gated) {
        return """
                - route:
                    id: reload-probe
                    from:
                      uri: direct:reload-probe
                      steps:
                """ + (gated ? """
                        - bean:
                            ref: reloadProbeGate
                            method: pass
                """ : "") + """
                        - setBody:
                            constant: %s
                """.formatted(answer);
    }

    /** Holds each exchange that reaches it until the test opens it. */
    public static final class Gate {

        final CountDownLatch open = new CountDownLatch(1);
        final AtomicInteger waiting = new AtomicInteger();

        public void pass() throws InterruptedException {
            waiting.incrementAndGet();
            open.await(30, TimeUnit.SECONDS);
        }
    }

    private static void editConsoleChannels() throws Exception {
        edit("console.camel.yaml", "      uri: direct:console-channels\n      steps:\n",
                "      uri: direct:console-channels\n      steps:\n        - setHeader:\n            name: edition\n"
                        + "            constant: edited by the operator\n");
    }

    /** The route does what the packaged file says (no edition header), and its definition is the packaged one. */
    private void assertConsoleChannelsAsPackaged() throws Exception {
        assertThat(edition("console-channels")).isNull();
        assertThat(RouteText.of(camel, model().getRouteDefinition("console-channels"))).doesNotContain("edition");
    }

    /** The route's onException clauses as Camel writes them out. */
    private String onExceptions(String route) throws Exception {
        return model().getRouteDefinition(route).getOutputs().stream()
                .filter(org.apache.camel.model.OnExceptionDefinition.class::isInstance).map(Object::toString)
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private Object edition(String route) {
        return producer.send("direct:" + route, exchange -> { }).getMessage().getHeader("edition");
    }

    private Model model() {
        return camel.getCamelContextExtension().getContextPlugin(Model.class);
    }

    private TestRestTemplate operator() {
        return http.withBasicAuth("operator", "test-operator-secret");
    }
}
