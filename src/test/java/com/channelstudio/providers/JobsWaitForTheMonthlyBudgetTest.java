package com.channelstudio.providers;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.channelstudio.support.Jobs;
import com.channelstudio.support.ProviderJobs;
import com.channelstudio.support.ProviderStubs;
import com.channelstudio.support.ProviderStubs.Api;
import com.channelstudio.support.ProviderStubsTest;
import com.channelstudio.support.TestOutput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A job whose next provider calls would take its channel past the month's budget waits instead of failing: it says
 * so (its row, the API's progress, the log), an alert opens, and it goes on once the budget is raised. Spend of an
 * earlier month does not count. Mubert costs $0.05 a track in this context.
 */
@ProviderStubsTest
@ExtendWith(OutputCaptureExtension.class)
class JobsWaitForTheMonthlyBudgetTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestRestTemplate http;

    Path folder = TestOutput.newFolder();

    @Test
    void aJobWaitsForItsChannelsBudgetSayingSoAndGoesOnWhenItIsRaised(CapturedOutput log) throws Exception {
        String marker = "budget-" + UUID.randomUUID().toString().substring(0, 8);
        ProviderJobs jobs = new ProviderJobs(jdbc);
        UUID job = jobs.missingTrackHeld(marker, 7, folder);
        // $0.02 spent this month and $100 last month; $0.02 + the missing track's $0.05 would pass $0.06.
        UUID channel = channelOf(job, "0.06", "0.02");
        spent(channel, "100", "date_trunc('month', CURRENT_TIMESTAMP AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' - INTERVAL '1 second'");
        jobs.release(job, "generating_music");

        await().atMost(Duration.ofSeconds(30)).until(() -> row(job).get("budget_wait") != null);
        String wait = (String) row(job).get("budget_wait");
        assertThat(wait).startsWith("waits for the monthly budget of channel Royal Court Ambience channel ")
                .contains("it has spent $0.02 of its $0.06 this month (UTC), and the 1 track still to make with mubert costs "
                        + "about $0.05; it goes on when the month turns or channels.monthly_budget_usd is raised");
        JsonNode shown = JSON.readTree(operator().getForEntity("/api/jobs/" + job, String.class).getBody());
        assertThat(shown.at("/progress/waits_for").asText()).startsWith("the monthly budget of channel ");
        assertThat(shown.at("/progress/stage").asText()).isEqualTo("generating_music");
        await().atMost(Duration.ofSeconds(30)).until(() -> openAlerts(job) == 1);
        assertThat(jdbc.queryForObject("SELECT title FROM alerts WHERE kind = 'budget_waiting' AND job_id = ?", String.class, job))
                .startsWith("Waiting for the budget: Royal Court Ambience channel ");
        assertThat(log.getAll()).contains("Job " + job + " waits for the monthly budget of channel");
        // it waits: looked at again every second, claimed for a moment, never failed, nothing asked of Mubert
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> "generating_music".equals(new Jobs(jdbc).status(job)));
        assertThat(ProviderStubs.count(postRequestedFor(urlEqualTo(Api.MUBERT.createPath())).withRequestBody(containing(marker))))
                .isZero();

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(operator().exchange("/api/channels/" + channel, HttpMethod.PATCH,
                new HttpEntity<>("{\"monthly_budget_usd\": 1}", headers), String.class).getStatusCode().value()).isEqualTo(200);

        // the track is made; the render then stops at the other tracks' missing files, as this test's jobs do
        assertThat(new Jobs(jdbc).awaitFinished(job, Duration.ofSeconds(60))).isEqualTo("failed");
        assertThat(String.valueOf(row(job).get("failed_stage"))).as("%s", row(job).get("error_message")).isEqualTo("rendering");
        assertThat(row(job).get("budget_wait")).isNull();
        assertThat(jdbc.queryForObject("SELECT cost_usd FROM provider_costs WHERE video_job_id = ? AND provider = 'mubert' "
                + "AND order_index = 7", java.math.BigDecimal.class, job)).isEqualByComparingTo("0.05");
        await().atMost(Duration.ofSeconds(30)).until(() -> openAlerts(job) == 0);

        JsonNode month = JSON.readTree(operator().getForEntity("/api/channels/" + channel, String.class).getBody()).path("this_month");
        assertThat(month.path("spent_usd").decimalValue()).isEqualByComparingTo("0.07");
        assertThat(month.path("budget_left_usd").decimalValue()).isEqualByComparingTo("0.93");
        assertThat(month.at("/by_provider/mubert").decimalValue()).isEqualByComparingTo("0.07");
    }

    /**
     * Two stages checking at once must not both spend the same money: a job of the same channel whose stage the
     * budgets let through counts with the estimate it committed while its claim lasts, less what it has recorded.
     */
    @Test
    void theCallsOfAnotherJobUnderWayCountUntilItsStageEnds() throws Exception {
        String marker = "under-way-" + UUID.randomUUID().toString().substring(0, 8);
        ProviderJobs jobs = new ProviderJobs(jdbc);
        UUID job = jobs.missingTrackHeld(marker, 7, folder);
        UUID channel = channelOf(job, "0.10", "0.02");
        // another job of the channel, in its image stage on another instance: let through for $0.06, $0.01 recorded
        UUID other = jobs.missingTrackHeld(marker + "-other", 3, folder);
        jdbc.update("UPDATE video_jobs SET channel_id = ?, status = 'generating_image', claimed_by = 'another-instance', "
                + "claim_token = gen_random_uuid(), claimed_at = CURRENT_TIMESTAMP - INTERVAL '1 minute', "
                + "lease_expires_at = CURRENT_TIMESTAMP + INTERVAL '10 minutes', budget_committed_usd = 0.06, "
                + "budget_committed_at = CURRENT_TIMESTAMP - INTERVAL '30 seconds' WHERE id = ?", channel, other);
        jdbc.update("INSERT INTO provider_costs (video_job_id, channel_id, provider, asset, order_index, quantity, unit, cost_usd) "
                + "VALUES (?, ?, 'gemini', 'image', 1, 0.3, 'per-1k-tokens', 0.01)", other, channel);
        jobs.release(job, "generating_music");

        // $0.03 spent, $0.05 still to come from the other job, and this job's $0.05 would pass $0.10
        await().atMost(Duration.ofSeconds(30)).until(() -> row(job).get("budget_wait") != null);
        assertThat((String) row(job).get("budget_wait")).contains("it has spent $0.03 of its $0.10 this month (UTC), other "
                + "jobs' calls under way will cost about $0.05 more, and the 1 track still to make with mubert costs about $0.05");
        assertThat(ProviderStubs.count(postRequestedFor(urlEqualTo(Api.MUBERT.createPath())).withRequestBody(containing(marker))))
                .isZero();

        // the other job's stage ends: what it did not spend is free again, and this job goes on
        jdbc.update("UPDATE video_jobs SET status = 'failed', claimed_by = NULL, claim_token = NULL, claimed_at = NULL, "
                + "lease_expires_at = NULL WHERE id = ?", other);
        assertThat(new Jobs(jdbc).awaitFinished(job, Duration.ofSeconds(60))).isEqualTo("failed");
        assertThat(String.valueOf(row(job).get("failed_stage"))).as("%s", row(job).get("error_message")).isEqualTo("rendering");
        assertThat((java.math.BigDecimal) row(job).get("budget_committed_usd")).as("what its check let through")
                .isEqualByComparingTo("0.05");
        assertThat(jdbc.queryForObject("SELECT sum(cost_usd) FROM provider_costs WHERE channel_id = ?", java.math.BigDecimal.class,
                channel)).isEqualByComparingTo("0.08");
    }

    /** The job's channel, with this monthly budget and this much spent this month. */
    private UUID channelOf(UUID job, String budget, String spentThisMonth) {
        UUID channel = jdbc.queryForObject("SELECT channel_id FROM video_jobs WHERE id = ?", UUID.class, job);
        jdbc.update("UPDATE channels SET monthly_budget_usd = CAST(? AS NUMERIC) WHERE id = ?", budget, channel);
        spent(channel, spentThisMonth, "CURRENT_TIMESTAMP");
        return channel;
    }

    private void spent(UUID channel, String usd, String when) {
        jdbc.update("INSERT INTO provider_costs (channel_id, provider, asset, order_index, quantity, unit, cost_usd, recorded_at) "
                + "VALUES (?, 'mubert', 'track', 1, 1, 'per-track', CAST(? AS NUMERIC), " + when + ")", channel, usd);
    }

    private Map<String, Object> row(UUID job) {
        return new Jobs(jdbc).row(job);
    }

    private int openAlerts(UUID job) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM alerts WHERE kind = 'budget_waiting' AND job_id = ? AND state = 'open'",
                Integer.class, job);
    }

    private TestRestTemplate operator() {
        return http.withBasicAuth("operator", "test-operator-secret");
    }
}
