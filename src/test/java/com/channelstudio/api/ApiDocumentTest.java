package com.channelstudio.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.jobs.UploadStrategy;
import com.channelstudio.look.Motion;
import com.channelstudio.support.ApiDocument;
import com.channelstudio.support.OnThePath;
import com.channelstudio.support.StudioTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.model.rest.RestDefinition;
import org.apache.camel.model.rest.VerbDefinition;
import org.apache.camel.util.FileUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * /api/openapi.json describes the REST API as the routes define it: an operation for every verb of every rest:
 * block and no other, the enums the code checks, and Redocly's linter finds no error in it.
 */
@StudioTest
class ApiDocumentTest {

    @Autowired
    CamelContext camel;

    @Autowired
    TestRestTemplate http;

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyVerbOfTheRestBlocksIsAnOperationAndEveryOperationIsAVerb() throws Exception {
        Set<String> verbs = new TreeSet<>();
        for (RestDefinition rest : RestVerbs.of(camel)) {
            for (VerbDefinition verb : rest.getVerbs()) {
                verbs.add(verb.asVerb().toUpperCase(Locale.ROOT) + " " + FileUtil.stripTrailingSeparator(rest.getPath())
                        + "/" + FileUtil.stripLeadingSeparator(verb.getPath()));
            }
        }
        Set<String> operations = new TreeSet<>();
        document().get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method ->
                operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));

        assertThat(operations).isEqualTo(verbs).contains("POST /api/channels/{id}/jobs", "GET /oauth/youtube/callback");
    }

    @Test
    void theDocumentNamesTheFieldsTypesRangesAndChoicesTheApiChecks() throws Exception {
        JsonNode schemas = document().get("components").get("schemas");
        JsonNode job = schemas.get("NewJob");
        assertThat(job.get("required")).extracting(JsonNode::asText).containsExactlyInAnyOrder("mood_keywords", "target_duration_minutes");
        assertThat(job.at("/properties/target_duration_minutes/minimum").asInt()).isEqualTo(60);
        assertThat(job.at("/properties/target_duration_minutes/maximum").asInt()).isEqualTo(90);
        assertThat(job.at("/properties/upload_strategy/enum")).extracting(JsonNode::asText).containsAll(UploadStrategy.ALL);
        assertThat(schemas.at("/NewChannel/properties/render_motion/enum")).extracting(JsonNode::asText).containsAll(Motion.labels());
        assertThat(schemas.at("/ChannelChanges/properties/render_motion/enum")).extracting(JsonNode::asText).containsAll(Motion.labels());
        assertThat(schemas.at("/ApiError/required")).extracting(JsonNode::asText).containsExactly("error");
        JsonNode created = document().at("/paths/~1api~1channels~1{id}~1jobs/post/responses");
        assertThat(created.fieldNames()).toIterable().contains("200", "201", "400", "404", "409", "413", "415", "503");
    }

    @Test
    void redoclysLinterFindsNoErrorInTheDocument() throws Exception {
        String npx = OnThePath.requiredByTheProof("npx", "apt-get install npm");
        Path file = Files.createTempFile("openapi", ".json");
        Files.writeString(file, ApiDocument.of(URI.create("http://localhost:" + port)).json());
        Process lint = new ProcessBuilder(npx, "-y", "@redocly/cli@2.77.0", "lint", "--format", "stylish", file.toString())
                .redirectErrorStream(true).start();
        String said = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(lint.exitValue()).as(said).isZero();
    }

    private JsonNode document() throws Exception {
        return json.readTree(ApiDocument.of(URI.create("http://localhost:" + port)).json());
    }
}
