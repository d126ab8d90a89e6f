package com.channelstudio.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.support.BrowserSession;
import com.channelstudio.support.Jobs;
import com.channelstudio.support.StudioTest;
import com.channelstudio.support.TestOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
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
 * Issue 11: the console serves a job's files only from inside the output folder, found by job and order index,
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
        ResponseEntity<String> served = get("/console/jobs/" + job + "/images/4");
        assertThat(served.getStatusCode().value()).isEqualTo(200);
        assertThat(served.getBody()).isEqualTo("picture");
        assertThat(served.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
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

        HttpHeaders range = new HttpHeaders();
        range.set(HttpHeaders.RANGE, "bytes=9000-");
        ResponseEntity<byte[]> part = http.withBasicAuth("operator", "test-operator-secret")
                .exchange("/console/jobs/" + job + "/tracks/1", HttpMethod.GET, new HttpEntity<>(range), byte[].class);

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
                "mood_keywords", java.util.List.of("calm"), "target_duration_minutes", 60, "upload_strategy", "none",
                "publish_time", "18:00");
        ResponseEntity<Map> api = http.withBasicAuth("operator", "test-operator-secret").exchange(
                "/api/channels/" + channel + "/schedule", HttpMethod.PUT, new HttpEntity<>(schedule), Map.class);
        ResponseEntity<String> console = post("/console/channels/" + channel + "/schedule", form("cron", "every morning",
                "time_zone", "Europe/Berlin", "videos_ahead", "3", "mood_keywords", "calm", "target_duration_minutes", "60",
                "upload_strategy", "none", "publish_time", "18:00", "enabled", "true"));
        assertThat(console.getStatusCode()).isEqualTo(api.getStatusCode());
        assertThat(console.getBody()).contains(HtmlUtils.htmlEscape((String) api.getBody().get("error")));
        assertThat((String) api.getBody().get("error")).startsWith("cron: must be a Quartz cron expression");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM video_jobs WHERE channel_id = ?", Integer.class, channel)).isZero();
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
        ResponseEntity<String> console = post(consolePath, form);
        assertThat(api.getBody()).containsEntry("error", message);
        assertThat(console.getStatusCode()).isEqualTo(api.getStatusCode());
        assertThat(console.getBody()).contains(HtmlUtils.htmlEscape(message));
    }

    private ResponseEntity<String> get(String path) {
        return http.withBasicAuth("operator", "test-operator-secret").getForEntity(path, String.class);
    }

    private ResponseEntity<String> post(String path, MultiValueMap<String, String> form) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return http.withBasicAuth("operator", "test-operator-secret").postForEntity(path, new HttpEntity<>(form, headers), String.class);
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
