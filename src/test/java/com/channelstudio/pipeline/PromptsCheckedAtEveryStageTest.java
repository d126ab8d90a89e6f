package com.channelstudio.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.support.Jobs;
import com.channelstudio.support.PromptsJson;
import com.channelstudio.support.StudioTest;
import com.channelstudio.support.TestOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A row moved on by SQL is checked when a stage takes it up, not only when it is planned. */
@StudioTest
class PromptsCheckedAtEveryStageTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSixHundredMinuteTrackSetBySqlInGeneratingMusicFailsNamingTheFieldWithNothingMade() throws Exception {
        Jobs jobs = new Jobs(jdbc);
        Path folder = TestOutput.newFolder();
        UUID job = jobs.withPrompts("generating_music", PromptsJson.of(20, i -> i == 4 ? 600.0 : 3.0), 60, folder);

        assertThat(jobs.awaitFinished(job, Duration.ofSeconds(30))).isEqualTo("failed");
        assertThat((String) jobs.row(job).get("error_message")).startsWith("Stage generating_music failed: "
                + "prompts_json.music_prompts[order_index=4].duration_minutes: must be between 0.5 and 10.0 (was 600.0)");
        assertThat(jobs.count("audio_tracks", job)).isZero();
        assertThat(Files.exists(folder.resolve("audio"))).isFalse();
    }

    @Test
    void aDuplicateOrderIndexFailsARenderRetryNamingTheField() {
        Jobs jobs = new Jobs(jdbc);
        String duplicate = PromptsJson.valid().replace("\"order_index\": 9, \"prompt\": \"16:9", "\"order_index\": 8, \"prompt\": \"16:9");
        UUID job = jobs.withPrompts("failed", duplicate, 60, TestOutput.newFolder());
        jdbc.update("UPDATE video_jobs SET failed_stage = 'rendering' WHERE id = ?", job);

        jdbc.update("UPDATE video_jobs SET status = failed_stage, error_message = NULL WHERE id = ?", job);

        assertThat(jobs.awaitFinished(job, Duration.ofSeconds(30))).isEqualTo("failed");
        assertThat((String) jobs.row(job).get("error_message")).startsWith("Stage rendering failed: "
                + "prompts_json.visual_prompts[order_index=8].order_index: must be unique (appears twice)");
        assertThat(jobs.count("render_tasks", job)).isZero();
    }
}
