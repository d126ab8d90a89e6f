package com.channelstudio.providers;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.media.MediaProbe;
import com.channelstudio.support.Jobs;
import com.channelstudio.support.ProviderJobs;
import com.channelstudio.support.ProviderStubs;
import com.channelstudio.support.ProviderStubsTest;
import com.channelstudio.support.TestOutput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
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
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A planned job with the LLM planner, Mubert and Leonardo behind the stubs becomes a video: 20 MP3 tracks and 20
 * JPEG backgrounds with the providers' ids, one set of Mubert customer credentials, every call's cost, and no secret
 * in the log or the database.
 */
@ProviderStubsTest
@ExtendWith(OutputCaptureExtension.class)
class MubertAndLeonardoMakeAVideoTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MediaProbe probe;

    @Autowired
    TestRestTemplate http;

    @Autowired
    MeterRegistry registry;

    Path folder = TestOutput.newFolder();

    @Test
    void plannedJobBecomesAVideoThroughTheRemoteProviders(CapturedOutput output) throws Exception {
        String niche = "Lo-Fi Study Beats " + UUID.randomUUID().toString().substring(0, 8);
        ProviderStubs.llm(niche, List.of(ProviderStubs.llmAnswer(ProviderJobs.prompts("planned by the LLM"))));
        Jobs jobs = new Jobs(jdbc);
        UUID job = jobs.planned(niche, "calm, warm, nostalgic", 60, folder);

        assertThat(jobs.awaitFinished(job, Duration.ofMinutes(3))).as("%s", jobs.row(job).get("error_message"))
                .isEqualTo("completed");

        String prompts = String.valueOf(jobs.row(job).get("prompts_json"));
        assertThat(new ObjectMapper().readTree(prompts).path("music_prompts").path(0).path("prompt").asText())
                .contains("planned by the LLM");
        List<Map<String, Object>> tracks = jdbc.queryForList("SELECT * FROM audio_tracks WHERE video_job_id = ? ORDER BY order_index", job);
        assertThat(tracks).hasSize(20).allSatisfy(track -> {
            assertThat(String.valueOf(track.get("provider"))).isEqualTo("mubert");
            assertThat((String) track.get("provider_track_id")).matches("[0-9a-f-]{36}");
            assertThat((String) track.get("license_document_url")).isEqualTo("https://mubert.com/legal/terms-of-use");
            assertThat((String) track.get("local_file_path")).endsWith(".mp3");
        });
        double measured = probe.audioSamples(TestOutput.file((String) tracks.get(3).get("local_file_path"))) / 48_000.0;
        assertThat(((Number) tracks.get(3).get("duration_seconds")).doubleValue()).isCloseTo(measured,
                org.assertj.core.data.Offset.offset(0.006));
        List<Map<String, Object>> images = jdbc.queryForList("SELECT * FROM images WHERE video_job_id = ? ORDER BY order_index", job);
        assertThat(images).hasSize(20).allSatisfy(image -> {
            assertThat(String.valueOf(image.get("provider"))).isEqualTo("leonardo");
            assertThat((String) image.get("provider_image_id")).matches("[0-9a-f-]{36}");
            assertThat((String) image.get("local_file_path")).endsWith(".jpg");
        });
        assertThat(TestOutput.file((String) jobs.row(job).get("local_video_path"))).exists();

        // Every billed call has its cost: Mubert at $0.05 a track, each Leonardo generation its 8 reported API credits
        // at $0.002, the LLM's answer its 2300 reported tokens at $0.0006 per thousand.
        Map<String, Map<String, Object>> costs = new java.util.TreeMap<>();
        jdbc.queryForList("SELECT provider, count(*) AS calls, sum(quantity) AS quantity, sum(cost_usd) AS usd, "
                + "bool_and(reported) AS reported FROM provider_costs WHERE video_job_id = ? GROUP BY provider", job)
                .forEach(row -> costs.put((String) row.get("provider"), row));
        assertThat(costs).containsOnlyKeys("llm", "leonardo", "mubert");
        assertThat(costs.get("mubert")).containsEntry("calls", 20L).containsEntry("reported", false);
        assertThat((BigDecimal) costs.get("mubert").get("usd")).isEqualByComparingTo("1.00");
        assertThat(costs.get("leonardo")).containsEntry("calls", 20L).containsEntry("reported", true);
        assertThat((BigDecimal) costs.get("leonardo").get("quantity")).isEqualByComparingTo("160");
        assertThat((BigDecimal) costs.get("leonardo").get("usd")).isEqualByComparingTo("0.32");
        assertThat((BigDecimal) costs.get("llm").get("quantity")).isEqualByComparingTo("2.3");
        assertThat((BigDecimal) costs.get("llm").get("usd")).isEqualByComparingTo("0.00138");
        JsonNode shown = new ObjectMapper().readTree(http.withBasicAuth("operator", "test-operator-secret")
                .getForEntity("/api/jobs/" + job, String.class).getBody());
        assertThat(shown.at("/cost/total_usd").decimalValue()).isEqualByComparingTo("1.32138");
        assertThat(shown.at("/cost/by_provider/mubert/calls").asInt()).isEqualTo(20);
        assertThat(shown.at("/cost/by_provider/leonardo/usd").decimalValue()).isEqualByComparingTo("0.32");
        assertThat(shown.at("/audio_tracks/6/cost_usd").decimalValue()).isEqualByComparingTo("0.05");
        assertThat(shown.at("/images/6/cost_usd").decimalValue()).isEqualByComparingTo("0.016");
        assertThat(registry.find("studio.provider.spend.usd").tag("provider", "mubert").counter().count())
                .as("the spend metric").isGreaterThanOrEqualTo(1.0);

        assertThat(ProviderStubs.count(postRequestedFor(urlEqualTo("/api/v3/service/customers")))).as("customer credentials")
                .isEqualTo(1);
        assertThat(ProviderStubs.count(getRequestedFor(urlPathMatching("/api/v3/public/tracks/.*"))
                .withHeader("access-token", equalTo(ProviderStubs.MUBERT_ACCESS)))).isGreaterThanOrEqualTo(20);

        assertThat(output.getAll()).as("the captured log").contains("Job " + job + ": stage generating_music done");
        for (String secret : ProviderStubs.SECRETS) {
            assertThat(output.getAll()).as("the log").doesNotContain(secret);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM video_jobs j WHERE CAST(j AS TEXT) LIKE ?", Integer.class,
                    "%" + secret + "%")).as("video_jobs").isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audio_tracks t WHERE CAST(t AS TEXT) LIKE ?", Integer.class,
                    "%" + secret + "%")).as("audio_tracks").isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM render_tasks r WHERE CAST(r AS TEXT) LIKE ?", Integer.class,
                    "%" + secret + "%")).as("render_tasks").isZero();
        }
    }
}
