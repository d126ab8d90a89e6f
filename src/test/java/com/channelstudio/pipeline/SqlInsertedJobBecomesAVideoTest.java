package com.channelstudio.pipeline;

import com.channelstudio.look.Visualizer;
import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.media.FfmpegLocator;
import com.channelstudio.media.MediaProbe;
import com.channelstudio.timeline.TimelineFactory;
import com.channelstudio.timeline.TrackTimeline;
import com.channelstudio.support.Jobs;
import com.channelstudio.support.Pictures;
import com.channelstudio.support.StudioTest;
import com.channelstudio.support.TestOutput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A row inserted by plain SQL (planned, no prompts) is made into a video in its output_directory. */
@StudioTest
class SqlInsertedJobBecomesAVideoTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MediaProbe probe;

    @Autowired
    FfmpegLocator ffmpeg;

    @Autowired
    TimelineFactory timelines;

    Path folder = TestOutput.newFolder();

    @Test
    void plannedRowEndsAsCompletedJobWithRowsFilesVideoAndExport() throws Exception {
        Jobs jobs = new Jobs(jdbc);
        Path output = folder.resolve("lofi job");
        UUID job = jobs.planned("Lo-Fi Study Beats", "calm, warm, nostalgic", 60, output);

        assertThat(jobs.awaitFinished(job, Duration.ofMinutes(3))).as(String.valueOf(jobs.row(job).get("error_message")))
                .isEqualTo("completed");

        JsonNode prompts = new ObjectMapper().readTree(String.valueOf(jobs.row(job).get("prompts_json")));
        assertThat(prompts.get("music_prompts")).hasSize(20);
        assertThat(prompts.get("visual_prompts")).hasSize(20);

        List<Map<String, Object>> tracks = jdbc.queryForList(
                "SELECT * FROM audio_tracks WHERE video_job_id = ? ORDER BY order_index", job);
        List<Map<String, Object>> images = jdbc.queryForList(
                "SELECT * FROM images WHERE video_job_id = ? ORDER BY order_index", job);
        assertThat(tracks).hasSize(20).allSatisfy(track -> {
            // Recorded relative to the output folder, so instances mounting shared storage elsewhere find it.
            assertThat((String) track.get("local_file_path")).startsWith(TestOutput.ROOT.relativize(output).toString());
            assertThat((BigDecimal) track.get("duration_seconds")).isPositive();
            assertThat(String.valueOf(track.get("provider"))).isEqualTo("dummy");
            assertThat(TestOutput.file((String) track.get("local_file_path"))).exists().startsWith(output.resolve("audio"));
            assertThat((String) track.get("prompt_text")).isNotBlank();
        });
        assertThat(images).hasSize(20).allSatisfy(image ->
                assertThat(TestOutput.file((String) image.get("local_file_path"))).exists().startsWith(output.resolve("images")));
        double measured = probe.audioSamples(TestOutput.file((String) tracks.get(4).get("local_file_path"))) / 48_000.0;
        assertThat(((BigDecimal) tracks.get(4).get("duration_seconds")).doubleValue()).isCloseTo(measured, org.assertj.core.data.Offset.offset(0.006));

        Map<String, Object> render = jdbc.queryForMap("SELECT * FROM render_tasks WHERE video_job_id = ?", job);
        assertThat(String.valueOf(render.get("status"))).isEqualTo("completed");
        assertThat(render.get("resolution")).isEqualTo("1920x1080");
        assertThat(render.get("completed_at")).isNotNull();
        assertThat((String) render.get("ffmpeg_command")).startsWith(ffmpeg.executable()).contains("libx264", "-nostdin", "aac");

        Path video = TestOutput.file((String) jobs.row(job).get("local_video_path"));
        assertThat(video).exists().startsWith(output);
        MediaProbe.MediaInfo info = probe.describe(video);
        assertThat(info.streams()).anySatisfy(s -> assertThat(s).contains("h264 (High)", "yuv420p", "1920x1080"));
        assertThat(info.streams()).anySatisfy(s -> assertThat(s).contains("aac (LC)", "48000 Hz", "stereo"));
        double target = 60 * 60 * 0.005;
        assertThat(info.durationSeconds()).isBetween(target * 0.98, target * 1.02);
        assertThat(((BigDecimal) render.get("duration_seconds")).doubleValue()).isBetween(target * 0.98, target * 1.02);

        TrackTimeline timeline = timelines.of(tracks, Visualizer.NONE);
        assertThat(probe.videoFrames(video)).isEqualTo(timeline.totalFrames());
        Pictures pictures = new Pictures(ffmpeg.executable());
        List<int[]> sources = new ArrayList<>();
        for (Map<String, Object> image : images) {
            sources.add(pictures.image(TestOutput.file((String) image.get("local_file_path"))));
        }
        for (int i = 1; i < 20; i += 6) {
            long cut = timeline.segments().get(i).firstFrame();
            assertThat(Pictures.showsRatherThan(pictures.frame(video, cut - 1), sources.get(i - 1), sources.get(i)))
                    .as("last frame before cut %d shows image %d", i, i).isTrue();
            assertThat(Pictures.showsRatherThan(pictures.frame(video, cut), sources.get(i), sources.get(i - 1)))
                    .as("first frame after cut %d shows image %d", i, i + 1).isTrue();
        }

        Path export = output.resolve("export");
        assertThat(export.resolve("thumbnail.jpg")).exists();
        assertThat(export.resolve("metadata.json")).exists();
        String description = Files.readString(export.resolve("description.txt"));
        List<String> chapters = description.lines().filter(line -> line.matches("^\\d+:\\d{2}(:\\d{2})? .*")).toList();
        assertThat(chapters).hasSize(20);
        assertThat(chapters.get(0)).startsWith("00:00 01. ");
        JsonNode metadata = new ObjectMapper().readTree(export.resolve("metadata.json").toFile());
        for (int i = 0; i < 20; i++) {
            String title = prompts.get("music_prompts").get(i).get("title").asText();
            assertThat(title.length()).isBetween(2, 40);
            assertThat(chapters.get(i)).as("the tracklist names the tracks").endsWith(String.format(" %02d. %s", i + 1, title));
            assertThat(metadata.path("tracks").get(i).path("title").asText()).isEqualTo(title);
        }
        assertThat(metadata.path("title").asText()).startsWith(prompts.get("music_prompts").get(0).get("title").asText() + " · ");
        assertThat(Files.list(export).filter(p -> p.toString().endsWith(".mp4")).count()).isEqualTo(1);
        assertThat(Files.list(output.resolve("audio")).filter(p -> p.getFileName().toString().startsWith("."))).isEmpty();
        assertThat(output.resolve(".render")).doesNotExist();
    }
}
