package com.channelstudio.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.images.painter.Painter;
import com.channelstudio.music.synth.Synthesizer;
import com.channelstudio.timeline.TimelineFactory;
import com.channelstudio.support.Assets;
import com.channelstudio.support.Jobs;
import com.channelstudio.support.PromptsJson;
import com.channelstudio.support.StudioTest;
import com.channelstudio.support.TestOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** An unreadable image fails the render with a message naming it; nothing made is lost; a retry finishes. */
@StudioTest
class FailureKeepsFinishedAssetsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Synthesizer synthesizer;

    @Autowired
    Painter painter;

    @Autowired
    TimelineFactory timelines;

    Path folder = TestOutput.newFolder();

    @Test
    void unreadableImageFailsTheRenderClearlyAndARetryResumesThere() throws Exception {
        Jobs jobs = new Jobs(jdbc);
        UUID job = jobs.parked(PromptsJson.valid(), folder);
        new Assets(jdbc, synthesizer, painter).all(job, folder, timelines.requestedSeconds(3.0));
        Path broken = folder.resolve("images/07.png");
        byte[] good = Files.readAllBytes(broken);
        Files.write(broken, "this is not a picture".getBytes());
        jdbc.update("UPDATE video_jobs SET status = 'rendering' WHERE id = ?", job);

        assertThat(jobs.awaitFinished(job, Duration.ofMinutes(2))).isEqualTo("failed");
        Map<String, Object> row = jobs.row(job);
        assertThat((String) row.get("error_message"))
                .startsWith("Stage rendering failed at image 7 of 20: FFmpeg exited with code")
                .contains("retry");
        assertThat(String.valueOf(row.get("failed_stage"))).isEqualTo("rendering");
        assertThat(row.get("claimed_by")).isNull();
        Map<String, Object> render = jdbc.queryForMap("SELECT * FROM render_tasks WHERE video_job_id = ?", job);
        assertThat(String.valueOf(render.get("status"))).isEqualTo("failed");
        assertThat((String) render.get("error_message")).contains("image 7 of 20");
        assertThat(jobs.count("audio_tracks", job)).isEqualTo(20);
        assertThat(jobs.count("images", job)).isEqualTo(20);
        assertThat(Files.list(folder.resolve("audio")).count()).isEqualTo(20);
        // The failed attempt's scratch (clips, audio, the unfinished video) is gone.
        assertThat(folder.resolve(".render")).doesNotExist();
        try (var video = Files.list(folder.resolve("video"))) {
            assertThat(video).isEmpty();
        }

        Files.write(broken, good);
        jdbc.update("UPDATE video_jobs SET status = failed_stage, error_message = NULL WHERE id = ?", job);
        assertThat(jobs.awaitFinished(job, Duration.ofMinutes(2))).isEqualTo("completed");
        assertThat(jdbc.queryForList("SELECT CAST(status AS TEXT) AS s FROM render_tasks WHERE video_job_id = ? ORDER BY created_at",
                String.class, job)).containsExactly("failed", "completed");
    }
}
