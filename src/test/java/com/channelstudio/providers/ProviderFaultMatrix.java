package com.channelstudio.providers;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.jobs.StageProgress;
import com.channelstudio.support.Jobs;
import com.channelstudio.support.ProviderJobs;
import com.channelstudio.support.ProviderStubs;
import com.channelstudio.support.ProviderStubs.Api;
import com.channelstudio.support.ProviderStubs.Fault;
import com.channelstudio.support.TestOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The fault matrix, for the music and the image provider of the context a subclass runs in: one job per
 * fault, with only item 7 missing. A fault that may pass (429, 5xx, a hang past the timeout, malformed JSON, a
 * cut-off download) is retried and the item is stored; a provider-side failure or a refusal fails the job at once
 * with a message naming the provider, the item and the provider's own code and message, after one request.
 */
abstract class ProviderFaultMatrix {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StageProgress progress;

    Path folder = TestOutput.newFolder();

    void musicFault(Api api, String provider, Fault fault, String... refusalText) throws Exception {
        String marker = "m-" + fault.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        ProviderStubs.async(api, marker, fault);
        UUID job = new ProviderJobs(jdbc).missingTrack(marker, 7, folder);
        Map<String, Object> row = finished(job);

        assertThat(ProviderStubs.count(postRequestedFor(urlEqualTo(api.createPath())).withRequestBody(containing(marker))))
                .as("create requests").isEqualTo(expectedCreates(fault));
        if (fault.recovers) {
            assertThat(String.valueOf(row.get("failed_stage"))).as("%s", row.get("error_message")).isEqualTo("rendering");
            Map<String, Object> track = jdbc.queryForMap(
                    "SELECT * FROM audio_tracks WHERE video_job_id = ? AND order_index = 7", job);
            assertThat(String.valueOf(track.get("provider"))).isEqualTo(provider);
            assertThat((String) track.get("provider_track_id")).isEqualTo(marker);
            assertThat((String) track.get("license_document_url")).startsWith("https://");
            assertThat(TestOutput.file((String) track.get("local_file_path"))).exists().hasFileName("07." + api.fileExtension());
            assertThat(ProviderStubs.count(getRequestedFor(urlEqualTo("/files/" + marker + "." + api.fileExtension()))))
                    .as("downloads").isEqualTo(fault == Fault.TRUNCATED_DOWNLOAD ? 2 : 1);
            assertNoPartialFiles();
        } else {
            assertThat(String.valueOf(row.get("failed_stage"))).isEqualTo("generating_music");
            assertThat((String) row.get("error_message")).startsWith("Stage generating_music failed at track 7 of 20: ")
                    .contains(refusalText);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audio_tracks WHERE video_job_id = ? AND order_index = 7",
                    Integer.class, job)).isZero();
            assertThat(progress.of(job)).as("progress of the failed stage, still held").isNull();
        }
        for (String secret : ProviderStubs.SECRETS) {
            assertThat((String) row.get("error_message")).doesNotContain(secret);
        }
    }

    void imageFault(Api api, String provider, Fault fault, String... refusalText) throws Exception {
        String marker = "i-" + fault.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        String requestPath;
        String extension;
        if (api == null) {
            ProviderStubs.gemini(marker, fault);
            requestPath = "/v1beta/models/" + ProviderStubs.GEMINI_MODEL + ":generateContent";
            extension = "png";
        } else {
            ProviderStubs.async(api, marker, fault);
            requestPath = api.createPath();
            extension = api.fileExtension();
        }
        UUID job = new ProviderJobs(jdbc).missingImage(marker, 7, folder);
        Map<String, Object> row = finished(job);

        int calls = ProviderStubs.count(postRequestedFor(urlPathEqualTo(requestPath)).withRequestBody(containing(marker)));
        assertThat(calls).as("create requests").isEqualTo(api == null ? expectedGeminiCalls(fault) : expectedCreates(fault));
        if (fault.recovers) {
            assertThat(String.valueOf(row.get("failed_stage"))).as("%s", row.get("error_message")).isEqualTo("rendering");
            Map<String, Object> image = jdbc.queryForMap("SELECT * FROM images WHERE video_job_id = ? AND order_index = 7", job);
            assertThat(String.valueOf(image.get("provider"))).isEqualTo(provider);
            assertThat((String) image.get("provider_image_id")).isNotBlank();
            assertThat(TestOutput.file((String) image.get("local_file_path"))).exists().hasFileName("07." + extension);
            assertNoPartialFiles();
        } else {
            assertThat(String.valueOf(row.get("failed_stage"))).isEqualTo("generating_image");
            assertThat((String) row.get("error_message")).startsWith("Stage generating_image failed at image 7 of 20: ")
                    .contains(refusalText);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM images WHERE video_job_id = ? AND order_index = 7",
                    Integer.class, job)).isZero();
        }
        for (String secret : ProviderStubs.SECRETS) {
            assertThat((String) row.get("error_message")).doesNotContain(secret);
        }
    }

    Map<String, Object> finished(UUID job) {
        Jobs jobs = new Jobs(jdbc);
        assertThat(jobs.awaitFinished(job, Duration.ofSeconds(60))).isEqualTo("failed");
        return jobs.row(job);
    }

    private static int expectedCreates(Fault fault) {
        return List.of(Fault.TOO_MANY_REQUESTS, Fault.SERVER_ERROR, Fault.HANG).contains(fault) ? 2 : 1;
    }

    private static int expectedGeminiCalls(Fault fault) {
        return fault.recovers && fault != Fault.NONE ? 2 : 1;
    }

    void assertNoPartialFiles() throws Exception {
        try (var files = Files.walk(folder)) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".part")).toList()).isEmpty();
        }
    }
}
