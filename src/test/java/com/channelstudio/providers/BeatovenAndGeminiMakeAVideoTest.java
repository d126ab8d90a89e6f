package com.channelstudio.providers;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.support.Jobs;
import com.channelstudio.support.PromptsJson;
import com.channelstudio.support.ProviderStubs;
import com.channelstudio.support.ProviderStubsTest;
import com.channelstudio.support.TestOutput;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** A job with its own prompts, Beatoven and Gemini behind the stubs becomes a video, with no secret in the log. */
@ProviderStubsTest
@TestPropertySource(properties = {"studio.music.provider=beatoven", "studio.image.provider=gemini", "studio.llm.on-failure=fail"})
@ExtendWith(OutputCaptureExtension.class)
class BeatovenAndGeminiMakeAVideoTest {

    @Autowired
    JdbcTemplate jdbc;

    Path folder = TestOutput.newFolder();

    @Test
    void jobWithPromptsBecomesAVideoThroughTheRemoteProviders(CapturedOutput output) {
        Jobs jobs = new Jobs(jdbc);
        UUID job = jobs.withPrompts("planned", PromptsJson.valid(), 60, folder);

        assertThat(jobs.awaitFinished(job, Duration.ofMinutes(3))).as("%s", jobs.row(job).get("error_message"))
                .isEqualTo("completed");
        List<Map<String, Object>> tracks = jdbc.queryForList("SELECT * FROM audio_tracks WHERE video_job_id = ? ORDER BY order_index", job);
        assertThat(tracks).hasSize(20).allSatisfy(track -> {
            assertThat(String.valueOf(track.get("provider"))).isEqualTo("beatoven");
            assertThat((String) track.get("provider_track_id")).endsWith("_1");
            assertThat((String) track.get("license_document_url")).isEqualTo("https://www.beatoven.ai/tos");
            assertThat((String) track.get("local_file_path")).endsWith(".mp3");
        });
        List<Map<String, Object>> images = jdbc.queryForList("SELECT * FROM images WHERE video_job_id = ? ORDER BY order_index", job);
        assertThat(images).hasSize(20).allSatisfy(image -> {
            assertThat(String.valueOf(image.get("provider"))).isEqualTo("gemini");
            assertThat((String) image.get("provider_image_id")).isEqualTo("gem-resp-1");
            assertThat((String) image.get("local_file_path")).endsWith(".png");
        });
        assertThat(TestOutput.file((String) jobs.row(job).get("local_video_path"))).exists();
        // Beatoven at $0.10 a minute asked for (the 60 minutes' 20 tracks last 18.29 s in this test's time), Gemini its
        // 1290 reported tokens at $0.03 per thousand: every call has its cost.
        Map<String, Object> beatoven = jdbc.queryForMap("SELECT count(*) AS calls, sum(cost_usd) AS usd FROM provider_costs "
                + "WHERE video_job_id = ? AND provider = 'beatoven' AND unit = 'per-minute'", job);
        assertThat(beatoven.get("calls")).isEqualTo(20L);
        assertThat(((BigDecimal) beatoven.get("usd")).doubleValue()).isCloseTo(18.285 / 60 * 0.10, org.assertj.core.data.Offset.offset(0.0002));
        Map<String, Object> gemini = jdbc.queryForMap("SELECT count(*) AS calls, sum(quantity) AS quantity, sum(cost_usd) AS usd, "
                + "bool_and(reported) AS reported FROM provider_costs WHERE video_job_id = ? AND provider = 'gemini'", job);
        assertThat(gemini).containsEntry("calls", 20L).containsEntry("reported", true);
        assertThat((BigDecimal) gemini.get("quantity")).isEqualByComparingTo("25.8");
        assertThat((BigDecimal) gemini.get("usd")).isEqualByComparingTo("0.774");
        assertThat(output.getAll()).as("the captured log").contains("Job " + job + ": stage generating_music done");
        for (String secret : ProviderStubs.SECRETS) {
            assertThat(output.getAll()).as("the log").doesNotContain(secret);
        }
    }
}
