package com.channelstudio.providers;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.support.Jobs;
import com.channelstudio.support.ProviderJobs;
import com.channelstudio.support.ProviderStubs;
import com.channelstudio.support.ProviderStubsTest;
import com.channelstudio.support.TestOutput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The LLM planner (studio.llm.on-failure=fall-back, the default): a bad answer goes back with the rule it broke,
 * and a provider error falls back to the built-in planner. Each job then stops at the music stage (the stub
 * refuses its prompts), so only planning is exercised.
 */
@ProviderStubsTest
class LlmPlannerTest {

    static final String CHAT = "/v1/chat/completions";

    @Autowired
    JdbcTemplate jdbc;

    Path folder = TestOutput.newFolder();

    @Test
    void duplicatePromptsAreSentBackWithTheRuleAndTheCorrectedPlanIsKept() throws Exception {
        String niche = "Dup Niche " + UUID.randomUUID().toString().substring(0, 8);
        String duplicated = ProviderJobs.prompts(niche).replace("no. 5 (" + niche + ") with strings and piano. Tempo: 95",
                "no. 4 (" + niche + ") with strings and piano. Tempo: 94");
        ProviderStubs.llm(niche, List.of(ProviderStubs.llmAnswer(duplicated),
                ProviderStubs.llmAnswer(ProviderJobs.prompts(niche + " corrected"))));

        JsonNode plan = plannedAndStopped(niche);

        assertThat(plan.path("music_prompts").path(4).path("prompt").asText()).contains("no. 5", "corrected");
        assertThat(ProviderStubs.count(postRequestedFor(urlEqualTo(CHAT)).withRequestBody(containing(niche)))).isEqualTo(2);
        assertThat(ProviderStubs.count(postRequestedFor(urlEqualTo(CHAT)).withRequestBody(containing(niche))
                .withRequestBody(containing("must be unique")))).isEqualTo(1);
    }

    @Test
    void anAnswerRepeatingAPromptOfTheChannelsLastVideosIsSentBackNamingIt() throws Exception {
        String niche = "Repeat Niche " + UUID.randomUUID().toString().substring(0, 8);
        String earlier = ProviderJobs.prompts(niche);
        UUID channel = jdbc.queryForObject("INSERT INTO channels (name, brand_niche) VALUES (?, ?) RETURNING id",
                UUID.class, niche + " channel", niche);
        jdbc.update("INSERT INTO video_jobs (channel_id, status, niche_label, mood_keywords, target_duration_minutes, "
                + "prompts_json, output_directory) VALUES (?, 'completed', ?, 'calm', 60, CAST(? AS jsonb), ?)",
                channel, niche, earlier, TestOutput.newFolder().toString());
        ProviderStubs.llm(niche, List.of(ProviderStubs.llmAnswer(earlier),
                ProviderStubs.llmAnswer(ProviderJobs.prompts(niche + " fresh"))));
        ProviderStubs.refuseMusic(niche);
        Jobs jobs = new Jobs(jdbc);
        UUID job = jdbc.queryForObject("INSERT INTO video_jobs (channel_id, niche_label, mood_keywords, "
                + "target_duration_minutes, output_directory) VALUES (?, ?, 'calm, warm', 60, ?) RETURNING id",
                UUID.class, channel, niche, folder.toString());

        assertThat(jobs.awaitFinished(job, Duration.ofSeconds(60))).isEqualTo("failed");
        JsonNode plan = new ObjectMapper().readTree(String.valueOf(jobs.row(job).get("prompts_json")));

        assertThat(plan.path("music_prompts").path(0).path("prompt").asText()).contains("fresh");
        assertThat(ProviderStubs.count(postRequestedFor(urlEqualTo(CHAT)).withRequestBody(containing(niche))
                .withRequestBody(containing("prompts_json.music_prompts[order_index=1].prompt: must not repeat a "
                        + "prompt of the channel's last 10 videos")))).isEqualTo(1);
    }

    @Test
    void answersWithoutTrackTitlesOrWithOverlongOnesAreSentBackNamingTheTitle() throws Exception {
        String niche = "Title Niche " + UUID.randomUUID().toString().substring(0, 8);
        String untitled = ProviderJobs.prompts(niche).replaceAll(", \"title\": \"[^\"]*\"", "");
        String overlong = ProviderJobs.prompts(niche + " long").replaceFirst("\"title\": \"Waltz 3 of ",
                "\"title\": \"A Very Long Title For A Short Waltz Number 3 of ");
        ProviderStubs.llm(niche, List.of(ProviderStubs.llmAnswer(untitled), ProviderStubs.llmAnswer(overlong),
                ProviderStubs.llmAnswer(ProviderJobs.prompts(niche + " titled"))));

        JsonNode plan = plannedAndStopped(niche);

        assertThat(plan.path("music_prompts").path(2).path("title").asText()).startsWith("Waltz 3 of ");
        assertThat(plan.path("music_prompts").path(2).path("prompt").asText()).contains("titled");
        assertThat(ProviderStubs.count(postRequestedFor(urlEqualTo(CHAT)).withRequestBody(containing(niche))
                .withRequestBody(containing("\"required\":[\"order_index\",\"prompt\",\"duration_minutes\",\"title\"]"))))
                .as("the schema asks for titles").isEqualTo(3);
        assertThat(ProviderStubs.count(postRequestedFor(urlEqualTo(CHAT)).withRequestBody(containing(niche))
                .withRequestBody(containing("prompts_json.music_prompts[order_index=1].title: is required")))).isEqualTo(2);
        assertThat(ProviderStubs.count(postRequestedFor(urlEqualTo(CHAT)).withRequestBody(containing(niche))
                .withRequestBody(containing("prompts_json.music_prompts[order_index=3].title: must be 2 to 40 characters (has 56"))))
                .isEqualTo(1);
    }

    @Test
    void aChannelsLanguagesAreAskedForAndABadTranslationIsSentBackNamingTheLanguageAndField() throws Exception {
        String niche = "Language Niche " + UUID.randomUUID().toString().substring(0, 8);
        String spanish = "{\"title\": \"%s — Música tranquila (60 min)\", \"summary\": \"20 pistas de música tranquila, para "
                + "concentrarse, estudiar y descansar.\", \"tracklist\": \"Lista de pistas\", \"licence\": \"Música e imágenes: "
                + "véase metadata.json.\"}";
        String broken = withLocalizations(ProviderJobs.prompts(niche), String.format(spanish, "<b>" + niche + "</b>"));
        String fine = withLocalizations(ProviderJobs.prompts(niche + " translated"), String.format(spanish, niche));
        ProviderStubs.llm(niche, List.of(ProviderStubs.llmAnswer(broken), ProviderStubs.llmAnswer(fine)));
        UUID channel = new Jobs(jdbc).channel(niche);
        jdbc.update("UPDATE channels SET languages = ARRAY['es'] WHERE id = ?", channel);
        ProviderStubs.refuseMusic(niche);
        Jobs jobs = new Jobs(jdbc);
        UUID job = jobs.planned(channel, niche, "calm, warm", 60, folder);

        assertThat(jobs.awaitFinished(job, Duration.ofSeconds(60))).isEqualTo("failed");
        JsonNode plan = new ObjectMapper().readTree(String.valueOf(jobs.row(job).get("prompts_json")));

        assertThat(plan.path("localizations").path("es").path("title").asText()).isEqualTo(niche + " — Música tranquila (60 min)");
        assertThat(plan.path("localizations").path("es").path("tracklist").asText()).isEqualTo("Lista de pistas");
        assertThat(ProviderStubs.count(postRequestedFor(urlEqualTo(CHAT)).withRequestBody(containing(niche))
                .withRequestBody(containing("\"localizations\":{\"type\":\"object\""))
                .withRequestBody(containing("Languages: es.")))).as("the schema asks for Spanish").isEqualTo(2);
        assertThat(ProviderStubs.count(postRequestedFor(urlEqualTo(CHAT)).withRequestBody(containing(niche))
                .withRequestBody(containing("prompts_json.localizations.es.title: must not contain < or >")))).isEqualTo(1);
    }

    private static String withLocalizations(String plan, String spanish) {
        return plan.substring(0, plan.length() - 1) + ", \"localizations\": {\"es\": " + spanish + "}}";
    }

    @Test
    void anErrorWrappedInAnArrayFallsBackToTheBuiltInPlanner() throws Exception {
        String niche = "Array Niche " + UUID.randomUUID().toString().substring(0, 8);
        ProviderStubs.llm(niche, List.of(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("[{\"error\":{\"code\":400,\"message\":\"API key not valid. Please pass a valid API key.\","
                        + "\"status\":\"INVALID_ARGUMENT\"}}]")));

        JsonNode plan = plannedAndStopped(niche);

        assertThat(plan.path("music_prompts")).hasSize(20);
        assertThat(plan.path("music_prompts").path(0).path("prompt").asText()).contains(niche, "Tempo: ");
        assertThat(ProviderStubs.count(postRequestedFor(urlEqualTo(CHAT)).withRequestBody(containing(niche)))).isEqualTo(1);
    }

    @Test
    void aRateLimitIsWaitedOutThenTheAnswerIsUsed() throws Exception {
        String niche = "Busy Niche " + UUID.randomUUID().toString().substring(0, 8);
        ProviderStubs.llm(niche, List.of(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withBody("[{\"error\":{\"code\":429,\"message\":\"Resource has been exhausted (e.g. check quota).\","
                                + "\"status\":\"RESOURCE_EXHAUSTED\"}}]"),
                ProviderStubs.llmAnswer(ProviderJobs.prompts(niche + " after the wait"))));

        JsonNode plan = plannedAndStopped(niche);

        assertThat(plan.path("visual_prompts").path(0).path("prompt").asText()).contains("after the wait");
        assertThat(ProviderStubs.count(postRequestedFor(urlEqualTo(CHAT)).withRequestBody(containing(niche)))).isEqualTo(2);
    }

    private JsonNode plannedAndStopped(String niche) throws Exception {
        ProviderStubs.refuseMusic(niche);
        Jobs jobs = new Jobs(jdbc);
        UUID job = jobs.planned(niche, "calm, warm", 60, folder);
        assertThat(jobs.awaitFinished(job, Duration.ofSeconds(60))).isEqualTo("failed");
        assertThat(String.valueOf(jobs.row(job).get("failed_stage"))).as("%s", jobs.row(job).get("error_message"))
                .isEqualTo("generating_music");
        return new ObjectMapper().readTree(String.valueOf(jobs.row(job).get("prompts_json")));
    }
}
