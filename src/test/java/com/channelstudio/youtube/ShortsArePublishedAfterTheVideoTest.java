package com.channelstudio.youtube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.channelstudio.support.FakeYoutube;
import com.channelstudio.support.UploadPackages;
import com.channelstudio.support.YoutubeQuota;
import com.channelstudio.support.YoutubeStubsTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A video's Shorts are uploaded after it by the same resumable, fenced, quota-aware upload: each once, linking the
 * video, with the job's privacy and, scheduled, a day apart after it; counted in the quota and in the channel's own
 * daily cap of Shorts; a Short whose id never reached the database is found by its reference, not uploaded again.
 */
@YoutubeStubsTest
class ShortsArePublishedAfterTheVideoTest {

    static final int VIDEO_BYTES = 2 * 262144 + 100_000;
    static final int SHORT_BYTES = 262144 + 50_000;
    static final Duration UPLOADED = Duration.ofSeconds(30);

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();
    private final String marker = "m" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void quotaIsResetForTheNextTest() {
        YoutubeQuota.reset(jdbc);
    }

    @Test
    void aScheduledVideosShortsFollowItOnceEachLinkingItAndPublishedADayApart() throws Exception {
        OffsetDateTime publishAt = OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).truncatedTo(ChronoUnit.HOURS);
        int spentBefore = YoutubeQuota.unitsSpentToday(jdbc);
        UUID channel = channel("1//0gSECRET-shorts-" + UUID.randomUUID());
        UUID job = jobWithShorts(channel, "scheduled", publishAt, 2);

        JsonNode view = awaitUploaded(job);

        assertThat(FakeYoutube.inserts(marker)).as("the video and two Shorts, one insert each").isEqualTo(3);
        FakeYoutube.Upload video = upload("Lo-Fi Study Beats " + marker);
        assertThat(OffsetDateTime.parse(video.metadata.path("status").path("publishAt").asText()).toInstant())
                .isEqualTo(publishAt.toInstant());
        JsonNode shorts = view.get("shorts");
        assertThat(shorts).hasSize(2);
        for (int index = 1; index <= 2; index++) {
            FakeYoutube.Upload sent = upload("Rain " + index + " · ");
            assertThat(sent.received.toByteArray()).as("Short %d arrived whole", index)
                    .isEqualTo(Files.readAllBytes(new UploadPackages(jdbc).video(job).resolveSibling("shorts/0" + index + ".mp4")));
            JsonNode snippet = sent.metadata.get("snippet");
            assertThat(snippet.get("title").asText()).endsWith(" #Shorts");
            assertThat(snippet.get("description").asText()).as("links the video, and names the job and the Short")
                    .contains("The full mix: https://youtu.be/" + video.videoId)
                    .endsWith("\n\nref: " + job + " short " + index);
            JsonNode status = sent.metadata.get("status");
            assertThat(status.get("privacyStatus").asText()).isEqualTo("private");
            OffsetDateTime shortAt = publishAt.plusHours(24L * index);
            assertThat(OffsetDateTime.parse(status.get("publishAt").asText()).toInstant()).isEqualTo(shortAt.toInstant());
            JsonNode row = shorts.get(index - 1);
            assertThat(row.get("index").asInt()).isEqualTo(index);
            assertThat(row.get("upload_state").asText()).isEqualTo("uploaded");
            assertThat(row.get("youtube_video_id").asText()).isEqualTo(sent.videoId);
            assertThat(OffsetDateTime.parse(row.get("publish_at").asText()).toInstant()).isEqualTo(shortAt.toInstant());
        }
        assertThat(YoutubeQuota.unitsSpentToday(jdbc) - spentBefore).as("channels.list 1 (connecting) + 3 x videos.insert 100 + thumbnails.set 50")
                .isEqualTo(351);
        assertThat(jdbc.queryForObject("SELECT youtube_quota_units FROM video_jobs WHERE id = ?", Integer.class, job))
                .as("the job's own count, its Shorts' uploads included: 3 x videos.insert 100 + thumbnails.set 50").isEqualTo(350);
        assertThat(jdbc.queryForObject("SELECT CAST(shorts_by_channel ->> ? AS INTEGER) FROM youtube_quota_spent", Integer.class,
                channel.toString())).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT CAST(uploads_by_channel ->> ? AS INTEGER) FROM youtube_quota_spent", Integer.class,
                channel.toString())).as("Shorts are not counted among the channel's videos of the day").isEqualTo(1);
    }

    @Test
    void aChannelUploadsAtMostThreeShortsADayAndTheRestWaitForTheNextDay() throws Exception {
        UUID channel = channel("1//0gSECRET-shorts-cap-" + UUID.randomUUID());
        // two of the channel's three Shorts of today are taken already
        jdbc.update("INSERT INTO youtube_quota_spent (quota_day, units, shorts_by_channel) VALUES (?, 200, "
                + "jsonb_build_object(CAST(? AS TEXT), 2)) ON CONFLICT (quota_day) DO UPDATE SET shorts_by_channel = "
                + "EXCLUDED.shorts_by_channel", YoutubeQuota.today(), channel.toString());
        UUID job = jobWithShorts(channel, "public", null, 3);

        await().atMost(UPLOADED).until(() -> jdbc.queryForObject("SELECT upload_state = 'shorts' AND claimed_by IS NULL "
                + "AND COALESCE(upload_not_before > CURRENT_TIMESTAMP, false) FROM video_jobs WHERE id = ?", Boolean.class, job));

        assertThat(FakeYoutube.inserts(marker)).as("the video and one Short").isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT youtube_video_id IS NOT NULL AS up FROM job_shorts WHERE video_job_id = ? "
                + "ORDER BY short_index", Boolean.class, job)).containsExactly(true, false, false);
        JsonNode upload = view(job).get("upload");
        assertThat(upload.get("state").asText()).isEqualTo("shorts");
        assertThat(upload.get("waits_for").asText()).isEqualTo("Short 2 waits for the next quota day (midnight Pacific time): "
                + "the channel's Shorts of the day (studio.youtube.max-shorts-per-channel-per-day) or the studio's quota budget "
                + "(studio.youtube.quota.units-per-day) are taken");

        // the next quota day
        jdbc.update("DELETE FROM youtube_quota_spent");
        jdbc.update("UPDATE video_jobs SET upload_not_before = NULL WHERE id = ?", job);

        awaitUploaded(job);
        assertThat(FakeYoutube.inserts(marker)).isEqualTo(4);
    }

    @Test
    void aShortWhoseIdWasNeverStoredIsFoundAmongTheChannelsUploadsAndNotUploadedAgain() throws Exception {
        UUID channel = channel("1//0gSECRET-short-lost-id-" + UUID.randomUUID());
        // YouTube has the whole Short, then the write of its id fails (an outage that outlasted the retries).
        jdbc.execute("CREATE FUNCTION lose_short_id() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "RAISE EXCEPTION 'the database went away'; END $$; CREATE TRIGGER lose_short_id BEFORE UPDATE OF youtube_video_id "
                + "ON job_shorts FOR EACH ROW WHEN (NEW.youtube_video_id IS NOT NULL) EXECUTE FUNCTION lose_short_id()");
        UUID job;
        try {
            job = jobWithShorts(channel, "public", null, 1);
            await().atMost(UPLOADED).until(() -> FakeYoutube.inserts(marker) == 2 && jdbc.queryForObject("SELECT upload_message "
                    + "IS NOT NULL AND claimed_by IS NULL FROM video_jobs WHERE id = ?", Boolean.class, job));
        } finally {
            jdbc.execute("DROP TRIGGER IF EXISTS lose_short_id ON job_shorts; DROP FUNCTION IF EXISTS lose_short_id()");
        }
        FakeYoutube.Upload first = upload("Rain 1 · ");
        assertThat(first.videoId).as("YouTube has it").isNotNull();

        // A week later the upload sessions are gone.
        FakeYoutube.forgetSessions(marker);
        if ("failed".equals(view(job).path("upload").path("state").asText())) {
            assertThat(YoutubeApi.send(http, HttpMethod.POST, "/api/jobs/" + job + "/retry", "").getStatusCode().value()).isEqualTo(200);
        } else {
            jdbc.update("UPDATE video_jobs SET upload_not_before = NULL WHERE id = ?", job);
        }

        JsonNode view = awaitUploaded(job);
        assertThat(view.get("shorts").get(0).get("youtube_video_id").asText()).as("adopted").isEqualTo(first.videoId);
        assertThat(FakeYoutube.inserts(marker)).as("no second videos.insert of the Short").isEqualTo(2);
    }

    // ---------------------------------------------------------------------------------------------------------------

    private UUID channel(String token) throws Exception {
        UUID channel = new UploadPackages(jdbc).channel();
        assertThat(YoutubeApi.connect(http, channel, token).getStatusCode().value()).isEqualTo(200);
        return channel;
    }

    private UUID jobWithShorts(UUID channel, String strategy, OffsetDateTime scheduledTime, int shorts) throws Exception {
        UploadPackages layout = new UploadPackages(jdbc);
        // laid out while the job is not yet completed, so the upload stage sees it whole
        UUID job = layout.job(channel, strategy, scheduledTime, UploadPackages.metadata("Lo-Fi Study Beats " + marker),
                VIDEO_BYTES, "ready_for_export");
        layout.shorts(job, shorts, SHORT_BYTES, marker);
        jdbc.update("UPDATE video_jobs SET status = 'completed' WHERE id = ?", job);
        return job;
    }

    private FakeYoutube.Upload upload(String titlePart) {
        List<FakeYoutube.Upload> uploads = FakeYoutube.uploads(marker).stream().filter(u -> u.title.startsWith(titlePart)).toList();
        assertThat(uploads).as(titlePart).hasSize(1);
        return uploads.get(0);
    }

    private JsonNode awaitUploaded(UUID job) throws java.io.IOException {
        await().atMost(UPLOADED).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonNode upload = view(job).get("upload");
            assertThat(upload.path("state").asText()).as(upload.toString()).isNotEqualTo("failed");
            return "uploaded".equals(upload.path("state").asText());
        });
        return view(job);
    }

    private JsonNode view(UUID job) throws java.io.IOException {
        return json.readTree(YoutubeApi.operator(http).getForEntity("/api/jobs/" + job, String.class).getBody());
    }
}
