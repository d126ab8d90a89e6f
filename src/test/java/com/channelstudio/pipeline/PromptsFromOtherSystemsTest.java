package com.channelstudio.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.channelstudio.support.Jobs;
import com.channelstudio.support.PromptsJson;
import com.channelstudio.support.StudioTest;
import com.channelstudio.support.TestOutput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Prompts inserted with a job are kept after validation (with built-in track titles where they have
 * none); bad ones fail the job naming field and rule.
 */
@StudioTest
class PromptsFromOtherSystemsTest {

    @Autowired
    JdbcTemplate jdbc;

    Path folder = TestOutput.newFolder();
    ObjectMapper json = new ObjectMapper();

    @Test
    void validPromptsAreKeptAsWrittenAndGetBuiltInTrackTitles() throws Exception {
        Jobs jobs = new Jobs(jdbc);
        String prompts = PromptsJson.valid();
        UUID job = jobs.withPrompts("planned", prompts, 60, folder);
        await().atMost(Duration.ofSeconds(20)).until(() -> !jobs.status(job).equals("planned"));
        assertThat(jobs.status(job)).isNotEqualTo("failed");
        JsonNode stored = json.readTree(String.valueOf(jobs.row(job).get("prompts_json")));
        Set<String> titles = new HashSet<>();
        for (JsonNode music : stored.path("music_prompts")) {
            String title = music.path("title").asText();
            assertThat(title.length()).as(title).isBetween(2, 40);
            assertThat(titles.add(title)).as("unique: %s", title).isTrue();
            ((ObjectNode) music).remove("title");
        }
        assertThat(stored).as("the prompts themselves are kept as written").isEqualTo(json.readTree(prompts));
        jdbc.update("UPDATE video_jobs SET status = 'failed' WHERE id = ?", job);
    }

    @Test
    void nineteenPromptsFailTheJobNamingTheField() throws Exception {
        assertFailsWith(PromptsJson.of(19, i -> 60.0 / 19), 60,
                "Stage planned failed: prompts_json.music_prompts: must hold exactly 20 prompts (has 19)");
    }

    @Test
    void durationsThatMissTheTargetFailTheJob() throws Exception {
        assertFailsWith(PromptsJson.of(20, i -> 3.5), 60,
                "prompts_json.music_prompts[].duration_minutes: must add up to target_duration_minutes 60 (they add up to 70.00)");
    }

    @Test
    void malformedJsonStructureFailsTheJob() throws Exception {
        assertFailsWith("{\"music_prompts\": \"lots\", \"visual_prompts\": []}", 60, "prompts_json: must match the seed structure");
    }

    @Test
    void emptyMoodKeywordsFailTheJob() {
        Jobs jobs = new Jobs(jdbc);
        UUID job = jobs.planned("Jazz Café", " ", 75, folder);
        assertThat(jobs.awaitFinished(job, Duration.ofSeconds(20))).isEqualTo("failed");
        assertThat((String) jobs.row(job).get("error_message"))
                .startsWith("Stage planned failed: mood_keywords: must hold at least one keyword");
    }

    private void assertFailsWith(String prompts, int minutes, String message) throws Exception {
        Jobs jobs = new Jobs(jdbc);
        UUID job = jobs.withPrompts("planned", prompts, minutes, folder);
        assertThat(jobs.awaitFinished(job, Duration.ofSeconds(20))).isEqualTo("failed");
        assertThat((String) jobs.row(job).get("error_message")).contains(message);
        assertThat(json.readTree(jobs.row(job).get("prompts_json").toString())).as("the operator's prompts, kept as written")
                .isEqualTo(json.readTree(prompts));
    }
}
