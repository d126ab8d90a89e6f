package com.channelstudio.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.channelstudio.music.StoredTrack;
import com.channelstudio.support.Jobs;
import com.channelstudio.support.PromptsJson;
import com.channelstudio.support.StudioTest;
import com.channelstudio.support.TestOutput;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A claim is a fence. An instance that lost a job records nothing more and stops its
 * work; claims nobody works on are given back; render attempts of a dead instance are closed naming it.
 */
@StudioTest
class FencedClaimsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProducerTemplate camel;

    @Autowired
    CamelContext context;

    @Autowired
    JobClaims claims;

    @Autowired
    StudioInstance instance;

    Path folder = TestOutput.newFolder();

    @BeforeEach
    void holdTheMusicStage() throws Exception {
        // The claims here are made by the test; the stage must not take the job itself meanwhile.
        context.getRouteController().stopRoute("stage-generating-music");
    }

    @AfterEach
    void releaseTheMusicStage() throws Exception {
        context.getRouteController().startRoute("stage-generating-music");
    }

    @Test
    void anInstanceThatLostItsClaimRecordsNothingAndDoesNotMoveTheJobOn() {
        Jobs jobs = new Jobs(jdbc);
        UUID id = jobs.withPrompts("generating_music", PromptsJson.valid(), 60, folder);
        VideoJob mine = claim(id);
        takeOver(id);

        Exchange advance = camel.send("direct:advance-job", exchange -> {
            exchange.setProperty("job", mine);
            exchange.getIn().setHeader("stage", "generating_music");
            exchange.getIn().setHeader("nextStage", "generating_image");
        });

        assertThat(advance.getException()).isInstanceOf(ClaimLostException.class)
                .hasMessage("Job " + id + ": this instance no longer holds the job; nothing was recorded");
        assertThat(jobs.status(id)).isEqualTo("generating_music");
        assertThat(jobs.row(id).get("claimed_by")).isEqualTo("other-host/99/takeover");

        Exchange insert = camel.send("sql:classpath:sql/insert-track.sql", exchange -> {
            exchange.setProperty("job", mine);
            exchange.getIn().setBody(new StoredTrack(1, "dummy", null, new BigDecimal("180.00"), "x/audio/01.wav", null,
                    "a prompt", null, null));
        });
        assertThat(insert.getException()).isNull();
        assertThat(insert.getMessage().getHeader("CamelSqlUpdateCount", Integer.class)).isZero();
        assertThat(jobs.count("audio_tracks", id)).isZero();
        park(id);
    }

    @Test
    void workOfALostClaimIsStoppedAtTheNextHeartbeatAndItsProcessesKilled() throws Exception {
        Jobs jobs = new Jobs(jdbc);
        UUID id = jobs.withPrompts("generating_music", PromptsJson.valid(), 60, folder);
        VideoJob mine = claim(id);
        Files.createDirectories(folder);
        Process ffmpegLike = new ProcessBuilder("sh", "-c", "sleep 600", folder.resolve("audio/01.wav").toString()).start();
        claims.began(mine);
        try {
            claims.checkHeld(mine);
            takeOver(id);

            await().atMost(Duration.ofSeconds(10)).until(() -> !ffmpegLike.isAlive());
            assertThat(claims.workStopped(mine)).isTrue();
            assertThatThrownBy(() -> claims.checkHeld(mine)).isInstanceOf(ClaimLostException.class);
            assertThat(jobs.row(id).get("claimed_by")).as("the new holder keeps the job").isEqualTo("other-host/99/takeover");
        } finally {
            claims.ended(mine);
            ffmpegLike.destroyForcibly();
            park(id);
        }
    }

    @Test
    void aClaimOfThisInstanceWithNoWorkInFlightIsGivenBackAndOneInFlightIsRenewed() {
        Jobs jobs = new Jobs(jdbc);
        UUID orphan = jobs.withPrompts("generating_music", PromptsJson.valid(), 60, folder.resolve("orphan"));
        UUID working = jobs.withPrompts("generating_music", PromptsJson.valid(), 60, folder.resolve("working"));
        VideoJob orphaned = claim(orphan);
        VideoJob inFlight = claim(working);
        // Claimed a while ago, as when the statement that should have ended the claim failed.
        jdbc.update("UPDATE video_jobs SET claimed_at = now() - interval '1 minute', "
                + "lease_expires_at = now() + interval '20 seconds' WHERE id IN (?, ?)", orphan, working);
        claims.began(inFlight);
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> jobs.row(orphan).get("claimed_by") == null);
            assertThat(jobs.row(orphan).get("claim_token")).isNull();
            assertThat(jobs.status(orphan)).isEqualTo("generating_music");
            assertThat(jobs.row(working).get("claim_token")).isEqualTo(inFlight.claimToken());
            assertThat(jdbc.queryForObject("SELECT lease_expires_at > now() + interval '100 seconds' FROM video_jobs "
                    + "WHERE id = ?", Boolean.class, working)).as("renewed to the full lease").isTrue();
            assertThat(claims.workStopped(inFlight)).isFalse();
        } finally {
            claims.ended(inFlight);
            assertThat(orphaned.claimToken()).isNotEqualTo(inFlight.claimToken());
            park(orphan);
            park(working);
        }
    }

    @Test
    void theRenderAttemptOfAnInstanceThatStoppedIsClosedNamingIt() {
        Jobs jobs = new Jobs(jdbc);
        UUID id = jobs.withPrompts("generating_music", PromptsJson.valid(), 60, folder);
        jdbc.update("UPDATE video_jobs SET claimed_by = 'killed-host/7/deadbeef', claim_token = gen_random_uuid(), "
                + "claimed_at = now() - interval '10 minutes', lease_expires_at = now() - interval '1 second' WHERE id = ?", id);
        UUID attempt = jdbc.queryForObject("INSERT INTO render_tasks (video_job_id, ffmpeg_command, status, rendered_by) "
                + "VALUES (?, 'ffmpeg ...', 'in_progress', 'killed-host/7/deadbeef') RETURNING id", UUID.class, id);

        await().atMost(Duration.ofSeconds(10)).until(() -> "failed".equals(
                jdbc.queryForObject("SELECT CAST(status AS TEXT) FROM render_tasks WHERE id = ?", String.class, attempt)));
        Map<String, Object> closed = jdbc.queryForMap("SELECT * FROM render_tasks WHERE id = ?", attempt);
        assertThat((String) closed.get("error_message"))
                .startsWith("Render attempt abandoned: instance killed-host/7/deadbeef stopped renewing its claim");
        assertThat(closed.get("completed_at")).isNotNull();
        park(id);
    }

    private VideoJob claim(UUID id) {
        jdbc.update("UPDATE video_jobs SET claimed_by = ?, claim_token = gen_random_uuid(), claimed_at = now(), "
                + "lease_expires_at = now() + interval '5 minutes' WHERE id = ?", instance.id(), id);
        Map<String, Object> row = jdbc.queryForMap("SELECT id, channel_id, CAST(status AS TEXT) AS status, niche_label, "
                + "mood_keywords, target_duration_minutes, CAST(prompts_json AS TEXT) AS prompts_json, output_directory, "
                + "claim_token FROM video_jobs WHERE id = ?", id);
        return VideoJob.fromRow(row);
    }

    /** Another instance takes the job over, as after this one's lease ran out. */
    private void takeOver(UUID id) {
        jdbc.update("UPDATE video_jobs SET claimed_by = 'other-host/99/takeover', claim_token = gen_random_uuid(), "
                + "claimed_at = now(), lease_expires_at = now() + interval '5 minutes' WHERE id = ?", id);
    }

    private void park(UUID id) {
        jdbc.update("UPDATE video_jobs SET status = 'failed', claimed_by = NULL, claim_token = NULL WHERE id = ?", id);
    }
}
