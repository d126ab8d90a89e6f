package com.channelstudio.youtube;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.support.FakeYoutube;
import com.channelstudio.support.UploadPackages;
import com.channelstudio.support.YoutubeStubs;
import com.channelstudio.support.YoutubeStubsTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The daily analytics snapshot reads every uploaded video of every connected channel from the YouTube Analytics
 * API into video_analytics, one row per video and day, revenue only where the channel is monetised.
 */
@YoutubeStubsTest
@ExtendWith(OutputCaptureExtension.class)
class AnalyticsSnapshotsTest {

    /** studio.youtube.analytics.days */
    static final int DAYS = 7;

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProducerTemplate camel;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyUploadedVideoGetsOneRowADayWithRevenueOnlyWhereTheChannelIsMonetised(CapturedOutput log) {
        String monetisedToken = "1//0gSECRET-monetised-" + UUID.randomUUID();
        FakeYoutube.monetise(monetisedToken);
        UUID monetisedChannel = connectedChannel(monetisedToken);
        String paid = videoId();
        UUID paidJob = uploads().uploadedJob(monetisedChannel, paid);
        String plainToken = "1//0gSECRET-plain-" + UUID.randomUUID();
        UUID plainChannel = connectedChannel(plainToken);
        String unpaid = videoId();
        UUID unpaidJob = uploads().uploadedJob(plainChannel, unpaid);
        // a paused channel makes no new videos, but its videos are still watched
        jdbc.update("UPDATE channels SET is_active = FALSE WHERE id = ?", plainChannel);

        snapshot();

        List<Map<String, Object>> paidRows = rows(paidJob);
        assertThat(paidRows).extracting(row -> row.get("snapshot_date").toString()).containsExactlyElementsOf(lastDays());
        for (Map<String, Object> row : paidRows) {
            LocalDate day = LocalDate.parse(row.get("snapshot_date").toString());
            assertThat(row.get("youtube_video_id")).isEqualTo(paid);
            assertThat(row.get("views")).isEqualTo(FakeYoutube.views(paid, day));
            assertThat((BigDecimal) row.get("watch_time_hours")).isEqualByComparingTo(hours(FakeYoutube.minutesWatched(paid, day)));
            assertThat((BigDecimal) row.get("revenue_usd")).isEqualByComparingTo(
                    BigDecimal.valueOf(FakeYoutube.revenue(paid, day)).setScale(2, RoundingMode.HALF_UP));
        }
        List<Map<String, Object>> unpaidRows = rows(unpaidJob);
        assertThat(unpaidRows).hasSize(DAYS);
        assertThat(unpaidRows).allSatisfy(row -> assertThat(row.get("revenue_usd")).isNull());
        assertThat(unpaidRows).extracting(row -> row.get("views"))
                .containsExactlyElementsOf(lastDays().stream().map(day -> FakeYoutube.views(unpaid, LocalDate.parse(day))).toList());

        List<LoggedRequest> reports = YoutubeStubs.server().getAllServeEvents().stream().map(event -> event.getRequest())
                .filter(request -> request.getUrl().startsWith("/v2/reports") && request.getUrl().contains(unpaid)).toList();
        // asked with revenue, refused 403, asked again without
        assertThat(reports).hasSize(2);
        assertThat(reports).allSatisfy(request -> {
            assertThat(request.queryParameter("ids").firstValue()).isEqualTo("channel==MINE");
            assertThat(request.queryParameter("startDate").firstValue()).isEqualTo(lastDays().get(0));
            assertThat(request.queryParameter("endDate").firstValue()).isEqualTo(lastDays().get(DAYS - 1));
            assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + FakeYoutube.accessTokenFor(plainToken));
        });
        assertThat(log.getAll()).contains("Video " + paid + ": analytics of " + DAYS + " days read")
                .doesNotContain(monetisedToken).doesNotContain(plainToken)
                .doesNotContain(FakeYoutube.accessTokenFor(monetisedToken)).doesNotContain(FakeYoutube.accessTokenFor(plainToken));
    }

    @Test
    void aSecondSnapshotReplacesTheDaysItReadsAgain() {
        UUID channel = connectedChannel("1//0gSECRET-again-" + UUID.randomUUID());
        String video = videoId();
        UUID job = uploads().uploadedJob(channel, video);
        snapshot();
        FakeYoutube.watchMore(video, 1000);

        snapshot();

        List<Map<String, Object>> rows = rows(job);
        assertThat(rows).hasSize(DAYS);
        assertThat(rows).allSatisfy(row -> assertThat(row.get("views"))
                .isEqualTo(FakeYoutube.views(video, LocalDate.parse(row.get("snapshot_date").toString()))));
        assertThat(rows).allSatisfy(row -> assertThat((Integer) row.get("views")).isGreaterThan(1000));
    }

    @Test
    void aChannelWhoseTokenIsRefusedIsSkippedAndTheOthersAreRead(CapturedOutput log) {
        String revoked = "1//0gSECRET-gone-" + UUID.randomUUID();
        UUID refused = connectedChannel(revoked);
        UUID refusedJob = uploads().uploadedJob(refused, videoId());
        FakeYoutube.revoke(revoked);
        UUID fine = connectedChannel("1//0gSECRET-fine-" + UUID.randomUUID());
        UUID fineJob = uploads().uploadedJob(fine, videoId());

        snapshot();

        assertThat(rows(refusedJob)).isEmpty();
        assertThat(rows(fineJob)).hasSize(DAYS);
        assertThat(log.getAll()).contains("Channel " + refused + ": analytics not read").doesNotContain(revoked);
    }

    @Test
    void theApiAnswersAChannelsSnapshotsNewestFirstAnd404ForAnUnknownChannel() throws Exception {
        UUID channel = connectedChannel("1//0gSECRET-api-" + UUID.randomUUID());
        String video = videoId();
        UUID job = uploads().uploadedJob(channel, video);
        snapshot();

        ResponseEntity<String> answer = YoutubeApi.operator(http).getForEntity("/api/channels/" + channel + "/analytics", String.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        JsonNode rows = json.readTree(answer.getBody());
        assertThat(rows).hasSize(DAYS);
        JsonNode newest = rows.get(0);
        assertThat(newest.get("snapshot_date").asText()).isEqualTo(lastDays().get(DAYS - 1));
        assertThat(newest.get("video_job_id").asText()).isEqualTo(job.toString());
        assertThat(newest.get("youtube_video_id").asText()).isEqualTo(video);
        assertThat(newest.get("views").asInt()).isEqualTo(FakeYoutube.views(video, LocalDate.parse(lastDays().get(DAYS - 1))));
        assertThat(newest.get("revenue_usd").isNull()).isTrue();

        ResponseEntity<String> unknown = YoutubeApi.operator(http).getForEntity("/api/channels/" + UUID.randomUUID() + "/analytics", String.class);
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(json.readTree(unknown.getBody()).get("error").asText()).endsWith("does not exist");
    }

    // ---------------------------------------------------------------------------------------------------------------

    private void snapshot() {
        camel.requestBody("direct:analytics-snapshots", (Object) null);
    }

    private UUID connectedChannel(String token) {
        UUID channel = uploads().channel();
        assertThat(YoutubeApi.connect(http, channel, token).getStatusCode().value()).isEqualTo(200);
        return channel;
    }

    private UploadPackages uploads() {
        return new UploadPackages(jdbc);
    }

    private List<Map<String, Object>> rows(UUID job) {
        return jdbc.queryForList("SELECT youtube_video_id, snapshot_date, views, watch_time_hours, revenue_usd FROM video_analytics "
                + "WHERE video_job_id = ? ORDER BY snapshot_date", job);
    }

    /** The days each snapshot reads, oldest first: YouTube's days are Pacific time. */
    private static List<String> lastDays() {
        LocalDate today = LocalDate.now(ZoneId.of("America/Los_Angeles"));
        return java.util.stream.IntStream.range(0, DAYS).mapToObj(i -> today.minusDays(DAYS - 1 - i).toString()).toList();
    }

    private static BigDecimal hours(int minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    private static String videoId() {
        return UUID.randomUUID().toString().substring(0, 11);
    }
}
