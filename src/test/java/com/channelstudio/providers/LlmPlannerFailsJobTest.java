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
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** With studio.llm.on-failure=fail (Gemini's OpenAI-compatible endpoint), a planner that cannot plan fails the job. */
@ProviderStubsTest
@TestPropertySource(properties = {"studio.music.provider=beatoven", "studio.image.provider=gemini", "studio.llm.on-failure=fail"})
class LlmPlannerFailsJobTest {

    static final String CHAT = "/v1beta/openai/chat/completions";

    @Autowired
    JdbcTemplate jdbc;

    Path folder = TestOutput.newFolder();

    @Test
    void anErrorWrappedInAnArrayFailsTheJobWithTheProvidersWords() {
        String niche = "Array Fail " + UUID.randomUUID().toString().substring(0, 8);
        ProviderStubs.llm(niche, List.of(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("[{\"error\":{\"code\":400,\"message\":\"API key not valid (" + ProviderStubs.LLM_KEY + ").\","
                        + "\"status\":\"INVALID_ARGUMENT\"}}]")));

        Map<String, Object> row = failedWhilePlanning(niche);

        assertThat((String) row.get("error_message"))
                .startsWith("Stage planned failed at the prompt plan: LLM planner answered HTTP 400")
                .contains("INVALID_ARGUMENT: API key not valid ([redacted])", "studio.llm")
                .doesNotContain(ProviderStubs.LLM_KEY);
        assertThat(ProviderStubs.count(postRequestedFor(urlEqualTo(CHAT)).withRequestBody(containing(niche)))).isEqualTo(1);
    }

    @Test
    void answersThatKeepBreakingTheRulesFailTheJobAfterTheConfiguredAttempts() {
        String niche = "Bad Answers " + UUID.randomUUID().toString().substring(0, 8);
        ProviderStubs.llm(niche, List.of(ProviderStubs.llmAnswer(
                ProviderJobs.prompts(niche).replace("\"duration_minutes\": 3.0", "\"duration_minutes\": 2.0"))));

        Map<String, Object> row = failedWhilePlanning(niche);

        assertThat((String) row.get("error_message"))
                .startsWith("Stage planned failed at the prompt plan: the LLM planner gave 3 answers that break the rules")
                .contains("must add up to target_duration_minutes 60");
        assertThat(ProviderStubs.count(postRequestedFor(urlEqualTo(CHAT)).withRequestBody(containing(niche)))).isEqualTo(3);
    }

    private Map<String, Object> failedWhilePlanning(String niche) {
        Jobs jobs = new Jobs(jdbc);
        UUID job = jobs.planned(niche, "calm, warm", 60, folder);
        assertThat(jobs.awaitFinished(job, Duration.ofSeconds(60))).isEqualTo("failed");
        Map<String, Object> row = jobs.row(job);
        assertThat(String.valueOf(row.get("failed_stage"))).isEqualTo("planned");
        assertThat(row.get("prompts_json")).isNull();
        return row;
    }
}
