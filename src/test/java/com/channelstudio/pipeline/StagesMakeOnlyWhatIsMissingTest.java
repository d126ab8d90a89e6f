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
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Running a stage again makes only the missing items: no duplicate rows, existing ones untouched. */
@StudioTest
class StagesMakeOnlyWhatIsMissingTest {

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
    void musicStageKeepsExistingTracksAndASecondRunAddsNothing() throws Exception {
        Jobs jobs = new Jobs(jdbc);
        UUID job = jobs.parked(PromptsJson.valid(), folder);
        Assets assets = new Assets(jdbc, synthesizer, painter);
        for (int order = 1; order <= 5; order++) {
            assets.track(job, folder, order, timelines.requestedSeconds(3.0));
        }
        List<Map<String, Object>> before = tracks(job);
        jdbc.update("UPDATE video_jobs SET status = 'generating_music' WHERE id = ?", job);
        assertThat(jobs.awaitFinished(job, Duration.ofMinutes(2))).isEqualTo("completed");

        List<Map<String, Object>> after = tracks(job);
        assertThat(after).hasSize(20);
        assertThat(after.subList(0, 5)).isEqualTo(before);
        assertThat(after.get(5).get("prompt_text")).asString().contains("Elegant waltz no. 6");

        jdbc.update("UPDATE video_jobs SET status = 'generating_music' WHERE id = ?", job);
        assertThat(jobs.awaitFinished(job, Duration.ofMinutes(2))).isEqualTo("completed");
        assertThat(tracks(job)).isEqualTo(after);
        assertThat(jobs.count("images", job)).isEqualTo(20);
    }

    private List<Map<String, Object>> tracks(UUID job) {
        return jdbc.queryForList("SELECT id, order_index, duration_seconds, local_file_path, prompt_text, created_at "
                + "FROM audio_tracks WHERE video_job_id = ? ORDER BY order_index", job);
    }
}
