package com.channelstudio.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.support.Jobs;
import com.channelstudio.support.PromptsJson;
import com.channelstudio.support.StudioTest;
import com.channelstudio.support.TestOutput;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Several instances may poll one database; a job is worked on by one at a time, and taken over after its lease. */
@StudioTest
class ClaimsAndLeasesTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProducerTemplate camel;

    @Autowired
    CamelContext context;

    Path folder = TestOutput.newFolder();

    @Test
    void concurrentClaimsNeverTakeTheSameJobTwice() throws Exception {
        Jobs jobs = new Jobs(jdbc);
        context.getRouteController().stopRoute("stage-rendering");
        ExecutorService claimers = Executors.newFixedThreadPool(8);
        try {
            List<UUID> created = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                created.add(jobs.withPrompts("rendering", PromptsJson.valid(), 60, folder.resolve("job" + i)));
            }
            List<Callable<Object>> attempts = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                attempts.add(() -> camel.requestBodyAndHeader("sql:classpath:sql/claim-job.sql?outputType=SelectOne",
                        null, "stage", "rendering"));
            }
            List<UUID> claimed = new ArrayList<>();
            for (Future<Object> attempt : claimers.invokeAll(attempts)) {
                Object row = attempt.get();
                if (row != null) {
                    claimed.add((UUID) ((Map<?, ?>) row).get("id"));
                }
            }
            assertThat(claimed).doesNotHaveDuplicates().containsAll(created);
            jdbc.update("UPDATE video_jobs SET status = 'failed', claimed_by = NULL WHERE id = ANY(?)",
                    (Object) created.toArray(new UUID[0]));
        } finally {
            claimers.shutdownNow();
            context.getRouteController().startRoute("stage-rendering");
        }
    }

    @Test
    void jobOfADeadInstanceIsTakenOverAfterItsLeaseAndALiveClaimIsLeftAlone() throws Exception {
        Jobs jobs = new Jobs(jdbc);
        UUID orphan = jobs.withPrompts("planned", PromptsJson.valid(), 60, folder.resolve("orphan"));
        UUID held = jobs.withPrompts("planned", PromptsJson.valid(), 60, folder.resolve("held"));
        jdbc.update("UPDATE video_jobs SET claimed_by = 'crashed-host/1', lease_expires_at = now() - interval '1 minute' WHERE id = ?", orphan);
        jdbc.update("UPDATE video_jobs SET claimed_by = 'busy-host/2', lease_expires_at = now() + interval '1 hour' WHERE id = ?", held);

        assertThat(jobs.awaitFinished(orphan, Duration.ofMinutes(2))).isEqualTo("completed");
        assertThat(jobs.status(held)).isEqualTo("planned");
        assertThat(jobs.row(held).get("claimed_by")).isEqualTo("busy-host/2");
        jdbc.update("UPDATE video_jobs SET status = 'failed', claimed_by = NULL WHERE id = ?", held);
    }
}
