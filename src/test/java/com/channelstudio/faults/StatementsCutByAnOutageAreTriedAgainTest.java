package com.channelstudio.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.support.Jobs;
import com.channelstudio.support.StudioTest;
import com.channelstudio.support.TestOutput;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A statement PostgreSQL ends because it is shutting down (SQLSTATE 57P01, "terminating connection due to
 * administrator command", what the studio's statements get when the server stops under them) is tried again once
 * the database answers, wherever in a stage it comes: the job is not failed for it. The cut is made by a trigger
 * that raises that error for the first write of the drill's job (or channel) only.
 */
@StudioTest
@Tag("slow")
class StatementsCutByAnOutageAreTriedAgainTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestRestTemplate http;

    @AfterEach
    void endTheDrill() {
        jdbc.execute("DROP TRIGGER IF EXISTS outage_drill ON render_tasks");
        jdbc.execute("DROP TRIGGER IF EXISTS outage_drill ON channels");
        jdbc.execute("DROP TRIGGER IF EXISTS outage_drill ON video_jobs");
        jdbc.execute("DROP FUNCTION IF EXISTS outage_drill()");
        jdbc.execute("DROP TABLE IF EXISTS outage_drill_jobs");
        jdbc.execute("DROP SEQUENCE IF EXISTS outage_drill_cuts");
    }

    @Test
    void theRenderRecordedAsCompletedDuringAnOutageCompletesItsJobWithoutRenderingAgain() {
        Jobs jobs = new Jobs(jdbc);
        UUID job = jobs.planned("Lo-Fi Study Beats", "calm, rainy", 60, TestOutput.newFolder());
        cutTheFirstStatementThatCompletesTheRenderOf(job);

        assertThat(jobs.awaitFinished(job, Duration.ofMinutes(3)))
                .as("%s", jobs.row(job).get("error_message")).isEqualTo("completed");
        assertThat(jdbc.queryForObject("SELECT last_value FROM outage_drill_cuts", Long.class))
                .as("the statement was cut once, then tried again").isEqualTo(2);
        Map<String, Object> render = jdbc.queryForMap(
                "SELECT COUNT(*) AS attempts, MIN(CAST(status AS TEXT)) AS status FROM render_tasks WHERE video_job_id = ?", job);
        assertThat(render).containsEntry("attempts", 1L).containsEntry("status", "completed");
    }

    /**
     * The monthly budgets' check runs in a transaction under a lock (costs.camel.yaml): cut there, the whole check is
     * tried again, and the job goes on.
     */
    @Test
    void theBudgetCheckCutByAnOutageIsTriedAgainAndItsJobCompletes() {
        Jobs jobs = new Jobs(jdbc);
        UUID job = jobs.planned("Lo-Fi Study Beats", "calm, rainy", 60, TestOutput.newFolder());
        jdbc.execute("CREATE TABLE outage_drill_jobs (job_id UUID PRIMARY KEY)");
        jdbc.update("INSERT INTO outage_drill_jobs (job_id) VALUES (?)", job);
        cutTheFirstWrite("BEFORE UPDATE ON video_jobs", "NEW.budget_committed_at IS DISTINCT FROM OLD.budget_committed_at "
                + "AND NEW.id IN (SELECT job_id FROM outage_drill_jobs)");

        assertThat(jobs.awaitFinished(job, Duration.ofMinutes(3)))
                .as("%s", jobs.row(job).get("error_message")).isEqualTo("completed");
        assertThat(jdbc.queryForObject("SELECT last_value FROM outage_drill_cuts", Long.class))
                .as("the check was cut once, then tried again").isGreaterThanOrEqualTo(2);
    }

    /** An API request waits a short outage out too, and the statement tried again makes one row, not two. */
    @Test
    void anApiRequestCutByAnOutageIsAnsweredOnceTheDatabaseIsBackAndMakesOneChannel() {
        cutTheFirstWrite("BEFORE INSERT ON channels", "NEW.name LIKE 'Outage Drill FM %'");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String name = "Outage Drill FM " + UUID.randomUUID();
        HttpEntity<String> channel = new HttpEntity<>("{\"name\": \"" + name + "\", \"brand_niche\": \"Jazz\"}", headers);

        ResponseEntity<String> created = http.withBasicAuth("operator", "test-operator-secret")
                .postForEntity("/api/channels", channel, String.class);

        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT last_value FROM outage_drill_cuts", Long.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM channels WHERE name = ?", Integer.class, name)).isOne();
    }

    private void cutTheFirstStatementThatCompletesTheRenderOf(UUID job) {
        jdbc.execute("CREATE TABLE outage_drill_jobs (job_id UUID PRIMARY KEY)");
        jdbc.update("INSERT INTO outage_drill_jobs (job_id) VALUES (?)", job);
        cutTheFirstWrite("BEFORE UPDATE ON render_tasks",
                "NEW.status = 'completed' AND NEW.video_job_id IN (SELECT job_id FROM outage_drill_jobs)");
    }

    /** The first row written {@code when} (a trigger's timing and table) that meets {@code condition} fails with 57P01. */
    private void cutTheFirstWrite(String when, String condition) {
        jdbc.execute("CREATE SEQUENCE outage_drill_cuts");
        // A sequence, unlike a row, keeps its count when the statement that advanced it is rolled back.
        jdbc.execute("""
                CREATE FUNCTION outage_drill() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF %s AND nextval('outage_drill_cuts') = 1 THEN
                        RAISE EXCEPTION 'terminating connection due to administrator command' USING ERRCODE = '57P01';
                    END IF;
                    RETURN NEW;
                END $$""".formatted(condition));
        jdbc.execute("CREATE TRIGGER outage_drill " + when + " FOR EACH ROW EXECUTE FUNCTION outage_drill()");
    }
}
