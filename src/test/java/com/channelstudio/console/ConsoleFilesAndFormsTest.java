package com.channelstudio.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.support.BrowserSession;
import com.channelstudio.support.Jobs;
import com.channelstudio.support.PromptsJson;
import com.channelstudio.support.StudioTest;
import com.channelstudio.support.TestOutput;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;

/**
 * The console serves a job's files only from inside the output folder, found by job and order index,
 * and its forms answer with the REST API's own validation messages.
 */
@StudioTest
class ConsoleFilesAndFormsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestRestTemplate http;

    private BrowserSession browser;

    @Test
    void aFileOutsideTheOutputFolderIsNeverServedWhateverItsRowSays() throws Exception {
        Path folder = TestOutput.newFolder();
        UUID job = new Jobs(jdbc).parked(null, folder);
        Path outside = Files.writeString(Files.createTempFile("outside-the-output-folder", ".png"), "secret");
        Path inside = Files.writeString(folder.resolve("inside.png"), "picture");
        Path link = Files.createSymbolicLink(folder.resolve("link.png"), outside);
        image(job, 1, outside.toString());
        image(job, 2, TestOutput.ROOT.relativize(outside).toString());
        image(job, 3, TestOutput.ROOT.relativize(link).toString());
        image(job, 4, TestOutput.ROOT.relativize(inside).toString());

        assertThat(get("/console/jobs/" + job + "/images/1").getStatusCode().value()).isEqualTo(404);
        assertThat(get("/console/jobs/" + job + "/images/2").getStatusCode().value()).isEqualTo(404);
        assertThat(get("/console/jobs/" + job + "/images/3").getStatusCode().value()).isEqualTo(404);
        assertThat(get("/console/jobs/" + job + "/images/3/thumbnail").getStatusCode().value()).isEqualTo(404);
        ResponseEntity<String> served = get("/console/jobs/" + job + "/images/4");
        assertThat(served.getStatusCode().value()).isEqualTo(200);
        assertThat(served.getBody()).isEqualTo("picture");
        assertThat(served.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
    }

    @Test
    void theImageGridGetsSmallJpegThumbnails() throws Exception {
        Path folder = TestOutput.newFolder();
        UUID job = new Jobs(jdbc).parked(null, folder);
        BufferedImage picture = new BufferedImage(1920, 1080, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(picture, "png", folder.resolve("01.png").toFile());
        image(job, 1, TestOutput.ROOT.relativize(folder.resolve("01.png")).toString());

        ResponseEntity<byte[]> thumbnail = http.exchange("/console/jobs/" + job + "/images/1/thumbnail", HttpMethod.GET,
                new HttpEntity<>(loggedIn()), byte[].class);

        assertThat(thumbnail.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_JPEG);
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumbnail.getBody()));
        assertThat(small.getWidth()).isEqualTo(384);
        assertThat(small.getHeight()).isEqualTo(216);
        assertThat(get("/console/jobs/" + job + "/images/2/thumbnail").getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void aThumbnailIsMadeOnceAndKeptOnDiskUntilItsImageChanges() throws Exception {
        Path folder = TestOutput.newFolder();
        UUID job = new Jobs(jdbc).parked(null, folder);
        Path image = folder.resolve("01.png");
        ImageIO.write(new BufferedImage(1920, 1080, BufferedImage.TYPE_INT_RGB), "png", image.toFile());
        image(job, 1, TestOutput.ROOT.relativize(image).toString());
        String path = "/console/jobs/" + job + "/images/1/thumbnail";
        Path kept = Path.of("target/test-console-thumbnails", job.toString());

        assertThat(http.exchange(path, HttpMethod.GET, new HttpEntity<>(loggedIn()), byte[].class).getStatusCode().value()).isEqualTo(200);
        Path first = onlyFileIn(kept);
        java.nio.file.attribute.FileTime made = Files.getLastModifiedTime(first);
        Files.setLastModifiedTime(first, java.nio.file.attribute.FileTime.fromMillis(made.toMillis() - 60_000));
        byte[] again = http.exchange(path, HttpMethod.GET, new HttpEntity<>(loggedIn()), byte[].class).getBody();
        assertThat(onlyFileIn(kept)).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(first).toMillis()).as("served as kept, not made again").isEqualTo(made.toMillis() - 60_000);
        assertThat(again).isEqualTo(Files.readAllBytes(first));

        BufferedImage white = new BufferedImage(1920, 1080, BufferedImage.TYPE_INT_RGB);
        white.getGraphics().fillRect(0, 0, 1920, 1080);
        ImageIO.write(white, "png", image.toFile());
        Files.setLastModifiedTime(image, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        http.exchange(path, HttpMethod.GET, new HttpEntity<>(loggedIn()), byte[].class);
        assertThat(onlyFileIn(kept)).as("the image was made again: so is its thumbnail, the old one removed").isNotEqualTo(first);
    }

    @Test
    void picturesAreShownButAFileOfAnotherTypeIsOnlyDownloadedInASandbox() throws Exception {
        Path folder = TestOutput.newFolder();
        UUID job = new Jobs(jdbc).parked(null, folder);
        ImageIO.write(new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB), "png", folder.resolve("01.png").toFile());
        Files.writeString(folder.resolve("02.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(document.cookie)\"/>");
        image(job, 1, TestOutput.ROOT.relativize(folder.resolve("01.png")).toString());
        image(job, 2, TestOutput.ROOT.relativize(folder.resolve("02.svg")).toString());

        ResponseEntity<String> picture = get("/console/jobs/" + job + "/images/1");
        assertThat(picture.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
        assertThat(picture.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("inline; filename=\"01.png\"");
        assertThat(picture.getHeaders().getFirst("Content-Security-Policy")).isNull();

        ResponseEntity<String> script = get("/console/jobs/" + job + "/images/2");
        assertThat(script.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_OCTET_STREAM);
        assertThat(script.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("attachment; filename=\"02.svg\"");
        assertThat(script.getHeaders().getFirst("Content-Security-Policy")).isEqualTo("sandbox");
    }

    private static Path onlyFileIn(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    @Test
    void unknownIndexesJobsAndPathsAnswer404() {
        Path folder = TestOutput.newFolder();
        UUID job = new Jobs(jdbc).parked(null, folder);

        assertThat(get("/console/jobs/" + job + "/images/5").getStatusCode().value()).isEqualTo(404);
        assertThat(get("/console/jobs/" + job + "/images/21").getStatusCode().value()).isEqualTo(404);
        assertThat(get("/console/jobs/" + job + "/tracks/0").getStatusCode().value()).isEqualTo(404);
        assertThat(get("/console/jobs/" + job + "/video").getStatusCode().value()).isEqualTo(404);
        assertThat(get("/console/jobs/" + UUID.randomUUID() + "/images/1").getStatusCode().value()).isEqualTo(404);
        assertThat(get("/console/jobs/not-a-job/images/1").getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void aTrackIsServedInRangesSoThatThePlayerSeeks() throws Exception {
        Path folder = TestOutput.newFolder();
        UUID job = new Jobs(jdbc).parked(null, folder);
        byte[] wav = new byte[10_000];
        Files.write(folder.resolve("01.wav"), wav);
        jdbc.update("INSERT INTO audio_tracks (video_job_id, provider, order_index, duration_seconds, local_file_path, "
                + "prompt_text) VALUES (?, 'dummy', 1, 1, ?, 'calm piano')", job, TestOutput.ROOT.relativize(folder.resolve("01.wav")).toString());

        HttpHeaders range = loggedIn();
        range.set(HttpHeaders.RANGE, "bytes=9000-");
        ResponseEntity<byte[]> part = http.exchange("/console/jobs/" + job + "/tracks/1", HttpMethod.GET, new HttpEntity<>(range),
                byte[].class);

        assertThat(part.getStatusCode().value()).isEqualTo(206);
        assertThat(part.getHeaders().getFirst(HttpHeaders.CONTENT_RANGE)).isEqualTo("bytes 9000-9999/10000");
        assertThat(part.getBody()).hasSize(1000);
    }

    @Test
    void formsAnswerWithTheApisOwnValidationMessages() {
        UUID channel = new Jobs(jdbc).channel("Lo-Fi Study Beats");

        assertSameRefusal("/api/channels/" + channel + "/jobs", Map.of("mood_keywords", "calm", "target_duration_minutes", 59),
                "/console/channels/" + channel + "/jobs", form("mood_keywords", "calm", "target_duration_minutes", "59"),
                "target_duration_minutes: must be a whole number of minutes between 60 and 90 (was 59)");
        assertSameRefusal("/api/channels/" + channel + "/jobs", Map.of("mood_keywords", " , ", "target_duration_minutes", 60),
                "/console/channels/" + channel + "/jobs", form("mood_keywords", " , ", "target_duration_minutes", "60"),
                "mood_keywords: must hold at least one keyword");
        assertSameRefusal("/api/channels", Map.of("brand_niche", "Rain Sounds"),
                "/console/channels", form("name", "", "brand_niche", "Rain Sounds"), "name: must not be empty");
        Map<String, Object> schedule = Map.of("cron", "every morning", "time_zone", "Europe/Berlin", "videos_ahead", 3,
                "mood_keywords", List.of("calm"), "target_duration_minutes", 60, "upload_strategy", "none",
                "publish_time", "18:00");
        ResponseEntity<Map> api = http.withBasicAuth("operator", "test-operator-secret").exchange(
                "/api/channels/" + channel + "/schedule", HttpMethod.PUT, new HttpEntity<>(schedule), Map.class);
        HttpResponse<String> console = post("/console/channels/" + channel + "/schedule", form("cron", "every morning",
                "time_zone", "Europe/Berlin", "videos_ahead", "3", "mood_keywords", "calm", "target_duration_minutes", "60",
                "upload_strategy", "none", "publish_time", "18:00", "enabled", "true"));
        assertThat(console.statusCode()).isEqualTo(api.getStatusCode().value());
        assertThat(console.body()).contains(HtmlUtils.htmlEscape((String) api.getBody().get("error")));
        assertThat((String) api.getBody().get("error")).startsWith("cron: must be a Quartz cron expression");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM video_jobs WHERE channel_id = ?", Integer.class, channel)).isZero();
    }

    @Test
    void aScheduleSetThroughTheFormIsShownWithItsNextFiring() {
        UUID channel = new Jobs(jdbc).channel("Lo-Fi Study Beats");

        HttpResponse<String> saved = post("/console/channels/" + channel + "/schedule", form("cron", "0 0 5 * * ?",
                "time_zone", "Europe/Berlin", "videos_ahead", "2", "mood_keywords", "calm, rainy\r\nwarm, nostalgic\r\n",
                "target_duration_minutes", "75", "upload_strategy", "none", "publish_time", "18:00"));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/console/channels/" + channel);
        Map<String, Object> row = jdbc.queryForMap("SELECT cron, time_zone, videos_ahead, CAST(mood_keywords AS TEXT) AS moods, "
                + "target_duration_minutes, enabled FROM channel_schedules WHERE channel_id = ?", channel);
        assertThat(row).containsEntry("cron", "0 0 5 * * ?").containsEntry("videos_ahead", 2)
                .containsEntry("moods", "{\"calm, rainy\",\"warm, nostalgic\"}").containsEntry("target_duration_minutes", 75)
                .containsEntry("enabled", false);
        String page = get("/console/channels/" + channel).getBody();
        assertThat(page).contains("value=\"0 0 5 * * ?\"", "calm, rainy\nwarm, nostalgic");
        assertThat(card(channel)).contains("0 0 5 * * ?", "(disabled)", "YouTube not connected",
                "href=\"/api/channels/" + channel + "/youtube/connect\"").doesNotContain("next: ");
        post("/console/channels/" + channel + "/schedule", form("cron", "0 0 5 * * ?", "time_zone", "Europe/Berlin",
                "videos_ahead", "2", "mood_keywords", "calm", "target_duration_minutes", "75", "upload_strategy", "none",
                "publish_time", "18:00", "enabled", "true"));
        assertThat(card(channel)).containsPattern("next: \\d{4}-\\d\\d-\\d\\d 05:00 CES?T").doesNotContain("(disabled)");
    }

    @Test
    void aChannelIsPausedAndGivenItsOwnMotionAndVisualizerThroughTheForms() {
        UUID channel = new Jobs(jdbc).channel("Rain and Nature");
        assertThat(get("/console/channels/" + channel).getBody()).containsPattern(
                "<option value=\"\" selected=\"selected\">the studio(&#39;|')s setting \\(none\\)</option>");

        HttpResponse<String> paused = post("/console/channels/" + channel + "/active", form("active", "false"));
        HttpResponse<String> zoom = post("/console/channels/" + channel + "/motion", form("render_motion", "zoom"));
        HttpResponse<String> sparkle = post("/console/channels/" + channel + "/motion", form("render_motion", "sparkle"));

        assertThat(paused.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/console");
        assertThat(zoom.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/console/channels/" + channel);
        assertThat(sparkle.statusCode()).isEqualTo(400);
        assertThat(sparkle.body()).contains("render_motion: must be one of none, zoom, particles, flicker");
        assertThat(jdbc.queryForMap("SELECT is_active, render_motion FROM channels WHERE id = ?", channel))
                .containsEntry("is_active", false).containsEntry("render_motion", "zoom");
        assertThat(get("/console/channels/" + channel).getBody()).contains("<option value=\"zoom\" selected=\"selected\">zoom</option>");

        post("/console/channels/" + channel + "/motion", form("render_motion", "zoom", "render_visualizer", "wave"));
        HttpResponse<String> noisy = post("/console/channels/" + channel + "/motion",
                form("render_motion", "zoom", "render_visualizer", "noise"));
        assertThat(noisy.statusCode()).isEqualTo(400);
        assertThat(noisy.body()).contains("render_visualizer: must be one of none, bars, wave");
        assertThat(get("/console/channels/" + channel).getBody()).contains("<option value=\"wave\" selected=\"selected\">wave</option>");

        post("/console/channels/" + channel + "/motion", form("render_motion", ""));
        assertThat(jdbc.queryForMap("SELECT render_motion, render_visualizer FROM channels WHERE id = ?", channel))
                .as("empty: the studio's setting again; a form without the visualizer leaves it")
                .containsEntry("render_motion", null).containsEntry("render_visualizer", "wave");
        post("/console/channels/" + channel + "/motion", form("render_motion", "", "render_visualizer", ""));
        assertThat(jdbc.queryForObject("SELECT render_visualizer FROM channels WHERE id = ?", String.class, channel))
                .as("empty: the studio's setting again").isNull();
        assertThat(post("/console/channels/" + UUID.randomUUID() + "/active", form("active", "true")).statusCode()).isEqualTo(404);
    }

    @Test
    void aChannelsBudgetIsSetThroughItsFormAndItsPageShowsTheMonthsSpendAndAJobsCost() {
        UUID job = new Jobs(jdbc).withPrompts("failed", PromptsJson.valid(), 60, TestOutput.newFolder());
        UUID channel = jdbc.queryForObject("SELECT channel_id FROM video_jobs WHERE id = ?", UUID.class, job);
        jdbc.update("INSERT INTO provider_costs (video_job_id, channel_id, provider, asset, order_index, quantity, unit, cost_usd) "
                + "VALUES (?, ?, 'elevenlabs', 'track', 3, 3.05, 'per-minute', 0.915)", job, channel);

        HttpResponse<String> saved = post("/console/channels/" + channel + "/budget", form("monthly_budget_usd", "12.5"));
        HttpResponse<String> refused = post("/console/channels/" + channel + "/budget", form("monthly_budget_usd", "a lot"));

        assertThat(saved.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/console/channels/" + channel);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("monthly_budget_usd: must be US dollars from 0 to 9999999999.99");
        assertThat(get("/console/channels/" + channel).getBody()).contains("this month $0.92 of $12.50", "value=\"12.50\"");
        assertThat(get("/console/jobs/" + job).getBody()).contains("<h2>Cost</h2>", "$0.92", "<td>elevenlabs</td>", "<td>0.9150</td>");
        post("/console/channels/" + channel + "/budget", form("monthly_budget_usd", ""));
        assertThat(get("/console/channels/" + channel).getBody()).as("empty: no budget").contains("this month $0.92 (no budget)");
    }

    /** The channel's card on the channels page. */
    private String card(UUID channel) {
        String page = get("/console").getBody();
        String card = page.substring(page.indexOf("data-channel=\"" + channel + "\""));
        return card.substring(0, card.indexOf("</article>"));
    }

    @Test
    void thePlanFormSentTwicePlansOneVideo() {
        UUID channel = new Jobs(jdbc).channel("Lo-Fi Study Beats");
        String page = get("/console/channels/" + channel).getBody();
        String key = page.replaceAll("(?s).*name=\"idempotency_key\" value=\"([^\"]+)\".*", "$1");
        MultiValueMap<String, String> plan = form("idempotency_key", key, "mood_keywords", "calm", "target_duration_minutes", "60");

        HttpResponse<String> first = post("/console/channels/" + channel + "/jobs", plan);
        HttpResponse<String> again = post("/console/channels/" + channel + "/jobs", plan);

        UUID job = jdbc.queryForObject("SELECT id FROM video_jobs WHERE channel_id = ?", UUID.class, channel);
        assertThat(first.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/console/jobs/" + job);
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(get("/console/channels/" + channel).getBody()).doesNotContain(key);
    }

    @Test
    void everyStatusChangeIsTimedWhoeverMakesIt() {
        UUID job = new Jobs(jdbc).parked(null, TestOutput.newFolder());
        // One transaction, as another system's SQL might move it: no stage sees the job in between.
        jdbc.execute("DO $$ BEGIN UPDATE video_jobs SET status = 'generating_music' WHERE id = '" + job + "'; "
                + "PERFORM pg_sleep(0.6); UPDATE video_jobs SET status = 'failed', error_message = 'Stopped by hand' "
                + "WHERE id = '" + job + "'; END $$");

        String progress = get("/console/jobs/" + job + "/progress").getBody();

        assertThat(progress).containsPattern("generating_music 0\\.[6-9] s").contains("Stopped by hand", "Retry");
        assertThat(jdbc.queryForList("SELECT CAST(status AS TEXT) FROM video_job_stages WHERE video_job_id = ? ORDER BY entered_at",
                String.class, job)).containsExactly("failed", "generating_music", "failed");
    }

    @Test
    void aFailedUploadHasItsRetryButtonWhichResumesTheUpload() {
        UUID job = new Jobs(jdbc).parked(null, TestOutput.newFolder());
        jdbc.update("UPDATE video_jobs SET status = 'completed', upload_strategy = 'private', upload_state = 'failed', "
                + "upload_message = 'YouTube refused the upload: uploadLimitExceeded' WHERE id = ?", job);

        String page = get("/console/jobs/" + job).getBody();
        assertThat(page).contains("YouTube refused the upload: uploadLimitExceeded", "Retry the upload");
        HttpResponse<String> retried = post("/console/jobs/" + job + "/retry", form());

        assertThat(retried.statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("SELECT upload_state FROM video_jobs WHERE id = ?", String.class, job)).isEqualTo("waiting");
        assertThat(post("/console/jobs/" + job + "/retry", form()).statusCode()).isEqualTo(409);
    }

    @Test
    void aConsoleFormWithoutTheCsrfTokenIsRefused() throws Exception {
        UUID channel = new Jobs(jdbc).channel("Lo-Fi Study Beats");
        BrowserSession browser = BrowserSession.login(port);

        var refused = browser.post("/console/channels/" + channel + "/jobs", "application/x-www-form-urlencoded",
                "mood_keywords=calm&target_duration_minutes=60");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM video_jobs WHERE channel_id = ?", Integer.class, channel)).isZero();
    }

    /** The API refuses the JSON body and the console the same form with one status and one message. */
    private void assertSameRefusal(String apiPath, Map<String, Object> body, String consolePath,
            MultiValueMap<String, String> form, String message) {
        ResponseEntity<Map> api = http.withBasicAuth("operator", "test-operator-secret").postForEntity(apiPath, body, Map.class);
        HttpResponse<String> console = post(consolePath, form);
        assertThat(api.getBody()).containsEntry("error", message);
        assertThat(console.statusCode()).isEqualTo(api.getStatusCode().value());
        assertThat(console.body()).contains(HtmlUtils.htmlEscape(message));
    }

    private ResponseEntity<String> get(String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(loggedIn()), String.class);
    }

    /** The console is reached logged in through its form, as a browser is (it takes no Basic login). */
    private HttpHeaders loggedIn() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.COOKIE, browser().sessionCookie());
        return headers;
    }

    private BrowserSession browser() {
        try {
            if (browser == null) {
                browser = BrowserSession.login(port);
            }
            return browser;
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** A form sent as the studio's page sends it (the session and the XSRF token), redirects not followed. */
    private HttpResponse<String> post(String path, MultiValueMap<String, String> form) {
        String body = form.entrySet().stream().flatMap(field -> field.getValue().stream()
                        .map(value -> field.getKey() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
        try {
            return browser().postWithXsrfToken(path, "application/x-www-form-urlencoded", body);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static MultiValueMap<String, String> form(String... namesAndValues) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    private void image(UUID job, int orderIndex, String recorded) {
        jdbc.update("INSERT INTO images (video_job_id, provider, order_index, local_file_path, prompt_text) "
                + "VALUES (?, 'dummy', ?, ?, 'a quiet lake')", job, orderIndex, recorded);
    }
}
