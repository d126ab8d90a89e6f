package com.channelstudio.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.distinct.PerceptualHash;
import com.channelstudio.images.painter.Painter;
import com.channelstudio.planning.BuiltInPlanner;
import com.channelstudio.planning.MusicPrompt;
import com.channelstudio.planning.PromptPlan;
import com.channelstudio.planning.VisualPrompt;
import com.channelstudio.support.Jobs;
import com.channelstudio.support.StudioTest;
import com.channelstudio.support.TestOutput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.RescaleOp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Before render, a video whose images are near copies of a recent video of its channel, or whose music
 * prompts repeat one of its, is held and its offending items made again; the evidence is kept. The jobs' tracks
 * are rows without files, so each job stops at the render right after the check (failed_stage rendering): it
 * passed the check.
 */
@StudioTest
class NearCopiesAreMadeAgainTest {

    static final String NICHE = "Lo-Fi Study Beats";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestRestTemplate http;

    final BuiltInPlanner planner = new BuiltInPlanner();
    final Painter painter = new Painter();
    final ObjectMapper json = new ObjectMapper();

    @Test
    void imagesCopiedFromTheChannelsLastVideoAndARepeatedMusicPromptAreHeldAndMadeAgain() throws Exception {
        UUID channel = new Jobs(jdbc).channel(NICHE);
        PromptPlan earlierPlan = planner.plan(NICHE, "calm", 60, 1);
        Earlier earlier = earlierVideo(channel, earlierPlan);
        PromptPlan plan = planner.plan(NICHE, "calm", 60, 2);
        List<MusicPrompt> music = new ArrayList<>(plan.musicPrompts());
        music.set(3, new MusicPrompt(4, earlierPlan.music(11).prompt(), plan.music(4).durationMinutes(), plan.music(4).title()));
        plan = new PromptPlan(music, plan.visualPrompts());
        Path folder = TestOutput.newFolder();
        UUID job = parked(channel, plan, folder);
        for (VisualPrompt visual : plan.visualPrompts()) {
            int order = visual.orderIndex();
            Path file = folder.resolve(String.format("images/%02d.png", order));
            switch (order) {
                case 2 -> copy(earlier.images().get(7 - 1), file);
                case 5 -> copy(earlier.images().get(1 - 1), file);
                case 9 -> file = resizedBrighterJpeg(earlier.images().get(3 - 1), folder.resolve("images/09.jpg"));
                default -> paint(visual.prompt(), order, file);
            }
            image(job, order, file, visual.prompt());
        }
        tracks(job, plan);

        PassedCheck passed = release(job);

        List<Map<String, Object>> first = checks(job, 0);
        assertThat(first).filteredOn(row -> "image".equals(row.get("kind"))).hasSize(20);
        assertThat(first).filteredOn(row -> (Boolean) row.get("duplicate"))
                .extracting(row -> row.get("kind") + " " + row.get("order_index") + " ~ " + row.get("other_video_job_id")
                        + " " + row.get("other_order_index"))
                .containsExactlyInAnyOrder("image 2 ~ " + earlier.job() + " 7", "image 5 ~ " + earlier.job() + " 1",
                        "image 9 ~ " + earlier.job() + " 3", "music_prompt 4 ~ " + earlier.job() + " 11");
        assertThat(distance(first, 2)).isZero();
        assertThat(distance(first, 9)).as("resized, brightened, JPEG: near, not equal").isBetween(1, 23);
        assertThat(first).filteredOn(row -> "image".equals(row.get("kind")) && !(Boolean) row.get("duplicate"))
                .allSatisfy(row -> assertThat((Integer) row.get("hash_distance")).isGreaterThanOrEqualTo(24));

        List<Map<String, Object>> second = checks(job, 1);
        assertThat(second).hasSize(20).noneMatch(row -> (Boolean) row.get("duplicate"));

        JsonNode prompts = json.readTree(String.valueOf(jdbc.queryForObject(
                "SELECT CAST(prompts_json AS TEXT) FROM video_jobs WHERE id = ?", String.class, job)));
        for (int order = 1; order <= 20; order++) {
            String visual = prompts.path("visual_prompts").get(order - 1).path("prompt").asText();
            if (List.of(2, 5, 9).contains(order)) {
                assertThat(visual).as("new prompt for image %d", order).isNotEqualTo(plan.visual(order).prompt());
                Map<String, Object> row = jdbc.queryForMap("SELECT * FROM images WHERE video_job_id = ? AND order_index = ?", job, order);
                assertThat(row.get("prompt_text")).isEqualTo(visual);
                for (Path earlierImage : earlier.images()) {
                    assertThat(PerceptualHash.distance((String) row.get("perceptual_hash"), hashOf(earlierImage)))
                            .isGreaterThanOrEqualTo(24);
                }
            } else {
                assertThat(visual).isEqualTo(plan.visual(order).prompt());
            }
        }
        JsonNode fourth = prompts.path("music_prompts").get(3);
        assertThat(fourth.path("prompt").asText()).isNotEqualToIgnoringCase(earlierPlan.music(11).prompt());
        assertThat(fourth.path("duration_minutes").asDouble()).isEqualTo(plan.music(4).durationMinutes());
        assertThat(fourth.path("title").asText()).isEqualTo(plan.music(4).title());
        assertThat(jdbc.queryForObject("SELECT prompt_text FROM audio_tracks WHERE video_job_id = ? AND order_index = 4",
                String.class, job)).isEqualTo(fourth.path("prompt").asText());
        assertThat(passed.untouchedImages()).isEqualTo(17);

        JsonNode shown = json.readTree(http.withBasicAuth("operator", "test-operator-secret")
                .getForEntity("/api/jobs/" + job, String.class).getBody());
        assertThat(shown.path("duplicate_checks")).hasSize(41);
        assertThat(shown.path("duplicate_checks").findValues("duplicate").stream().filter(JsonNode::asBoolean)).hasSize(4);
    }

    @Test
    void aVideoUnlikeTheChannelsLastOnePassesWithItsDistancesRecorded() throws Exception {
        UUID channel = new Jobs(jdbc).channel(NICHE);
        earlierVideo(channel, planner.plan(NICHE, "calm", 60, 3));
        PromptPlan plan = planner.plan(NICHE, "warm", 60, 4);
        Path folder = TestOutput.newFolder();
        UUID job = parked(channel, plan, folder);
        for (VisualPrompt visual : plan.visualPrompts()) {
            Path file = folder.resolve(String.format("images/%02d.png", visual.orderIndex()));
            paint(visual.prompt(), 100 + visual.orderIndex(), file);
            image(job, visual.orderIndex(), file, visual.prompt());
        }
        tracks(job, plan);

        PassedCheck passed = release(job);

        assertThat(passed.untouchedImages()).isEqualTo(20);
        assertThat(jdbc.queryForList("SELECT * FROM duplicate_checks WHERE video_job_id = ?", job)).hasSize(20)
                .allSatisfy(row -> {
                    assertThat(row.get("kind")).isEqualTo("image");
                    assertThat(row.get("duplicate")).isEqualTo(false);
                    assertThat((Integer) row.get("hash_distance")).isGreaterThanOrEqualTo(24);
                    assertThat(row.get("threshold")).isEqualTo(24);
                });
    }

    @Test
    void copiesOfAnotherChannelsVideoAreNotHeld() throws Exception {
        Earlier elsewhere = earlierVideo(new Jobs(jdbc).channel(NICHE), planner.plan(NICHE, "calm", 60, 5));
        PromptPlan plan = planner.plan(NICHE, "calm", 60, 6);
        Path folder = TestOutput.newFolder();
        UUID job = parked(new Jobs(jdbc).channel(NICHE), plan, folder);
        for (VisualPrompt visual : plan.visualPrompts()) {
            Path file = folder.resolve(String.format("images/%02d.png", visual.orderIndex()));
            copy(elsewhere.images().get(visual.orderIndex() - 1), file);
            image(job, visual.orderIndex(), file, visual.prompt());
        }
        tracks(job, plan);

        PassedCheck passed = release(job);

        assertThat(passed.untouchedImages()).isEqualTo(20);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM duplicate_checks WHERE video_job_id = ?", Integer.class, job)).isZero();
    }

    /** A completed video of the channel with its 20 pictures (painted small, which is all a hash needs). */
    private Earlier earlierVideo(UUID channel, PromptPlan plan) throws Exception {
        Path folder = TestOutput.newFolder();
        UUID job = jdbc.queryForObject("INSERT INTO video_jobs (channel_id, status, niche_label, mood_keywords, "
                + "target_duration_minutes, prompts_json, output_directory) VALUES (?, 'completed', ?, 'calm', 60, "
                + "CAST(? AS jsonb), ?) RETURNING id", UUID.class, channel, NICHE, json.writeValueAsString(plan), folder.toString());
        List<Path> images = new ArrayList<>();
        for (VisualPrompt visual : plan.visualPrompts()) {
            Path file = folder.resolve(String.format("images/%02d.png", visual.orderIndex()));
            paint(visual.prompt(), visual.orderIndex(), file);
            image(job, visual.orderIndex(), file, visual.prompt());
            images.add(file);
        }
        return new Earlier(job, images);
    }

    private record Earlier(UUID job, List<Path> images) {}

    /** Made as a failed job, so no stage claims it before its rows are in. */
    private UUID parked(UUID channel, PromptPlan plan, Path folder) throws Exception {
        return jdbc.queryForObject("INSERT INTO video_jobs (channel_id, status, niche_label, mood_keywords, "
                + "target_duration_minutes, prompts_json, output_directory) VALUES (?, 'failed', ?, 'calm', 60, "
                + "CAST(? AS jsonb), ?) RETURNING id", UUID.class, channel, NICHE, json.writeValueAsString(plan), folder.toString());
    }

    private record PassedCheck(int untouchedImages) {}

    /** Moves the job into generating_image and waits until it stops at the render, past the check. */
    private PassedCheck release(UUID job) {
        List<UUID> before = jdbc.queryForList("SELECT id FROM images WHERE video_job_id = ?", UUID.class, job);
        jdbc.update("UPDATE video_jobs SET status = 'generating_image' WHERE id = ?", job);
        Jobs jobs = new Jobs(jdbc);
        assertThat(jobs.awaitFinished(job, Duration.ofSeconds(90))).isEqualTo("failed");
        assertThat(String.valueOf(jobs.row(job).get("failed_stage"))).as("%s", jobs.row(job).get("error_message"))
                .isEqualTo("rendering");
        List<UUID> after = jdbc.queryForList("SELECT id FROM images WHERE video_job_id = ?", UUID.class, job);
        assertThat(after).hasSize(20);
        return new PassedCheck((int) after.stream().filter(before::contains).count());
    }

    private List<Map<String, Object>> checks(UUID job, int repair) {
        return jdbc.queryForList("SELECT * FROM duplicate_checks WHERE video_job_id = ? AND repair = ? ORDER BY kind, order_index",
                job, repair);
    }

    private static int distance(List<Map<String, Object>> checks, int image) {
        return checks.stream().filter(row -> "image".equals(row.get("kind")) && (Integer) row.get("order_index") == image)
                .map(row -> (Integer) row.get("hash_distance")).findFirst().orElseThrow();
    }

    private void image(UUID job, int order, Path file, String prompt) {
        jdbc.update("INSERT INTO images (video_job_id, provider, order_index, local_file_path, prompt_text) "
                + "VALUES (?, 'dummy', ?, ?, ?)", job, order, file.toString(), prompt);
    }

    private void tracks(UUID job, PromptPlan plan) {
        for (MusicPrompt prompt : plan.musicPrompts()) {
            jdbc.update("INSERT INTO audio_tracks (video_job_id, provider, order_index, duration_seconds, local_file_path, "
                    + "prompt_text) VALUES (?, 'dummy', ?, 0.9, ?, ?)", job, prompt.orderIndex(),
                    "absent-" + UUID.randomUUID() + ".wav", prompt.prompt());
        }
    }

    private void paint(String prompt, long seed, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        painter.paint(prompt, seed, 640, 360, file);
    }

    private static void copy(Path from, Path to) throws Exception {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
    }

    private static Path resizedBrighterJpeg(Path from, Path to) throws Exception {
        BufferedImage source = ImageIO.read(from.toFile());
        BufferedImage resized = new BufferedImage(480, 270, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = resized.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.drawImage(source, 0, 0, 480, 270, null);
        graphics.dispose();
        ImageIO.write(new RescaleOp(1.1f, 8f, null).filter(resized, null), "jpg", to.toFile());
        return to;
    }

    private static String hashOf(Path file) throws Exception {
        return PerceptualHash.of(ImageIO.read(file.toFile()));
    }
}
