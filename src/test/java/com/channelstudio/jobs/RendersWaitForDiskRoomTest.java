package com.channelstudio.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.channelstudio.support.Jobs;
import com.channelstudio.support.StudioTest;
import com.channelstudio.support.TestOutput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A full disk failed every stage in turn, leaving failed jobs and multi-GB partial files. While the output folder's
 * disk has less room than a render needs (here: asked for far more than any disk has), renders and exports claim no
 * job: the job waits at its stage, saying why, nothing is failed, and health is DOWN.
 */
@StudioTest
@TestPropertySource(properties = {"studio.render.min-free-gb=1000000", "studio.database.embedded-dir=target/test-postgres/${test.fork:fork-1}/disk-room",
        "camel.main.name=channel-studio-disk-room"})
class RendersWaitForDiskRoomTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestRestTemplate http;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aJobWaitsAtRenderingSayingSoAndHealthIsDown() throws Exception {
        UUID job = new Jobs(jdbc).planned("Lo-Fi Study Beats", "calm, rainy", 60, TestOutput.newFolder());

        await().atMost(Duration.ofSeconds(60)).until(() -> "rendering".equals(new Jobs(jdbc).status(job)));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> "rendering".equals(new Jobs(jdbc).status(job))
                && jdbc.queryForObject("SELECT count(*) FROM render_tasks WHERE video_job_id = ?", Integer.class, job) == 0);

        JsonNode shown = json.readTree(operator().getForObject("/api/jobs/" + job, String.class));
        assertThat(shown.get("status").asText()).isEqualTo("rendering");
        assertThat(shown.get("progress").get("waits_for").asText()).startsWith("disk space: ")
                .contains("GB free on the disk of", "renders and exports need 1000000.0 GB (studio.render.min-free-gb)");
        ResponseEntity<String> health = operator().getForEntity("/actuator/health", String.class);
        assertThat(health.getStatusCode().value()).isEqualTo(503);
        assertThat(json.readTree(health.getBody()).get("components").get("renderDiskRoom").get("status").asText()).isEqualTo("DOWN");
    }

    private TestRestTemplate operator() {
        return http.withBasicAuth("operator", "test-operator-secret");
    }
}
