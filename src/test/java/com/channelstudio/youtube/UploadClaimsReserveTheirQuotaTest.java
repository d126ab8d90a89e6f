package com.channelstudio.youtube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.channelstudio.support.FakeYoutube;
import com.channelstudio.support.UploadPackages;
import com.channelstudio.support.YoutubeStubsTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Instances that claim uploads at the same moment checked the quota and the channel's daily cap against what was
 * committed, so both passed (3 uploads of 2). A claim now reserves the units of its calls and the channel's upload of
 * the day in its own statement, and YouTube's charge for a call that fails stays counted.
 */
@YoutubeStubsTest
class UploadClaimsReserveTheirQuotaTest {

    private static final int VIDEO_BYTES = 300_000;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestRestTemplate http;

    @Autowired
    CamelContext camel;

    @Autowired
    ProducerTemplate producer;

    @Autowired
    YoutubeQuota quota;

    private final String marker = "q" + UUID.randomUUID().toString().substring(0, 8);

    /** Channels of other test classes sharing this context, paused while this class counts what claims reserve. */
    private List<UUID> parked = List.of();

    @BeforeEach
    void otherChannelsAreParked() {
        parked = jdbc.queryForList("UPDATE channels SET youtube_paused_reason = 'parked by a test' "
                + "WHERE youtube_paused_reason IS NULL RETURNING id", UUID.class);
    }

    @AfterEach
    void quotaIsResetForTheNextTest() throws Exception {
        camel.getRouteController().startRoute("stage-upload");
        jdbc.update("DELETE FROM youtube_quota_waits");
        jdbc.update("DELETE FROM youtube_quota_spent");
        parked.forEach(channel -> jdbc.update("UPDATE channels SET youtube_paused_reason = NULL WHERE id = ?", channel));
    }

    @Test
    void instancesClaimingAtOnceNeverPassTheChannelsDailyCapAndReserveTheirUnits() throws Exception {
        UUID channel = connectedChannel("1//0gSECRET-concurrent-" + UUID.randomUUID());
        camel.getRouteController().stopRoute("stage-upload");
        UploadPackages jobs = new UploadPackages(jdbc);
        for (int i = 0; i < 6; i++) {
            jobs.completedJob(channel, "public", null, UploadPackages.metadata("Lo-Fi Study Beats " + marker + " " + i), VIDEO_BYTES);
        }
        int spentBefore = unitsSpentToday();

        // Six instances claim at one moment.
        ExecutorService instances = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> claims = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            claims.add(instances.submit(() -> {
                start.await();
                return producer.requestBody("sql:classpath:sql/claim-upload.sql?outputType=SelectOne", (Object) null);
            }));
        }
        start.countDown();
        for (Future<Object> claim : claims) {
            claim.get();
        }
        instances.shutdown();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM video_jobs WHERE channel_id = ? AND claimed_by IS NOT NULL",
                Integer.class, channel)).as("claimed of six, with a cap of two a day").isEqualTo(2);
        assertThat(unitsSpentToday() - spentBefore).as("reserved by the claims, before any call: 2 x (insert 100 + thumbnail 50)")
                .isEqualTo(300);
        assertThat(jdbc.queryForList("SELECT youtube_quota_units FROM video_jobs WHERE channel_id = ? ORDER BY youtube_quota_units",
                Integer.class, channel)).as("each job counts what its claim reserved").containsExactly(0, 0, 0, 0, 150, 150);
        jdbc.update("DELETE FROM video_jobs WHERE channel_id = ?", channel);
    }

    @Test
    void anInsertYouTubeRefusesStillCountsItsUnits() throws Exception {
        UUID channel = connectedChannel("1//0gSECRET-refused-insert-" + UUID.randomUUID());
        FakeYoutube.script(marker, FakeYoutube.Trouble.UPLOAD_LIMIT_EXCEEDED);
        int spentBefore = unitsSpentToday();
        UUID job = new UploadPackages(jdbc).completedJob(channel, "public", null,
                UploadPackages.metadata("Lo-Fi Study Beats " + marker), VIDEO_BYTES);

        await().atMost(Duration.ofSeconds(30)).until(() -> FakeYoutube.inserts(marker) == 1
                && jdbc.queryForObject("SELECT claimed_by IS NULL FROM video_jobs WHERE id = ?", Boolean.class, job));
        assertThat(unitsSpentToday() - spentBefore).as("the refused insert and the thumbnail it was to get").isEqualTo(150);
        assertThat(jdbc.queryForObject("SELECT youtube_quota_units FROM video_jobs WHERE id = ?", Integer.class, job))
                .as("the job's own count: YouTube charged the refused insert").isEqualTo(150);
        FakeYoutube.unscript(marker);
        jdbc.update("DELETE FROM video_jobs WHERE id = ?", job);
        jdbc.update("UPDATE channels SET youtube_waits_until = NULL WHERE id = ?", channel);
    }

    private UUID connectedChannel(String token) {
        UUID channel = new UploadPackages(jdbc).channel();
        assertThat(YoutubeApi.connect(http, channel, token).getStatusCode().value()).isEqualTo(200);
        return channel;
    }

    private int unitsSpentToday() {
        LocalDate day = quota.day();
        return jdbc.queryForList("SELECT units FROM youtube_quota_spent WHERE quota_day = ?", Integer.class, day).stream()
                .findFirst().orElse(0);
    }
}
