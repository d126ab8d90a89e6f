package com.channelstudio.youtube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.channelstudio.support.FakeYoutube;
import com.channelstudio.support.FakeYoutube.Trouble;
import com.channelstudio.support.UploadPackages;
import com.channelstudio.support.YoutubeStubs;
import com.channelstudio.support.YoutubeQuota;
import com.channelstudio.support.YoutubeStubsTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Completed jobs that ask for YouTube are uploaded to their connected channel: whole, once, with their metadata and
 * thumbnail; interrupted uploads resume where YouTube's session stands; quota errors wait for the reset.
 */
@YoutubeStubsTest
@ExtendWith(OutputCaptureExtension.class)
class PublishingToYoutubeTest {

    /** Two full 256 KiB chunks and a part: three requests of a fresh upload. */
    static final int VIDEO_BYTES = 2 * 262144 + 100_000;
    static final Duration UPLOADED = Duration.ofSeconds(30);

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();
    private UploadPackages packages;
    private final String marker = "m" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void quotaIsResetForTheNextTest() {
        YoutubeQuota.reset(jdbc);
    }

    @Test
    void aPublicVideoArrivesWholeAndOnceWithItsMetadataAndThumbnail(CapturedOutput log) throws Exception {
        String token = "1//0gSECRET-public-" + UUID.randomUUID();
        int spentBefore = YoutubeQuota.unitsSpentToday(jdbc);
        UUID job = job(token, "public", null);

        JsonNode upload = awaitUploaded(job);

        FakeYoutube.Upload received = receivedWholeByOneInsert(job);
        assertThat(received.contentRanges).containsExactly("bytes 0-262143/" + VIDEO_BYTES, "bytes 262144-524287/" + VIDEO_BYTES,
                "bytes 524288-" + (VIDEO_BYTES - 1) + "/" + VIDEO_BYTES);
        JsonNode snippet = received.metadata.get("snippet");
        assertThat(snippet.get("title").asText()).isEqualTo("Lo-Fi Study Beats " + marker);
        assertThat(snippet.get("categoryId").asText()).isEqualTo("10");
        assertThat(snippet.get("description").asText()).startsWith("Lo-Fi Study Beats: 20 tracks").contains("0:00 01. Rain");
        assertThat(json.convertValue(snippet.get("tags"), List.class)).containsExactly("lo-fi study beats", "calm", "rainy", "background music");
        JsonNode status = received.metadata.get("status");
        assertThat(status.get("privacyStatus").asText()).isEqualTo("public");
        assertThat(status.get("selfDeclaredMadeForKids").asBoolean()).isFalse();
        assertThat(status.get("containsSyntheticMedia").asBoolean()).isTrue();
        assertThat(status.has("publishAt")).isFalse();
        assertThat(received.thumbnail).isEqualTo(Files.readAllBytes(packages.thumbnailOf(job)));
        assertThat(received.thumbnails.get()).isEqualTo(1);
        assertThat(upload.get("youtube_video_id").asText()).isEqualTo(received.videoId);
        assertThat(jdbc.queryForObject("SELECT youtube_video_id FROM video_jobs WHERE id = ?", String.class, job)).isEqualTo(received.videoId);
        assertThat(YoutubeQuota.unitsSpentToday(jdbc) - spentBefore).as("channels.list 1 (connecting) + videos.insert 100 + thumbnails.set 50")
                .isEqualTo(151);
        assertThat(log.getAll()).contains("published on YouTube as " + received.videoId)
                .doesNotContain(token).doesNotContain(FakeYoutube.accessTokenFor(token)).doesNotContain(FakeYoutube.CLIENT_SECRET)
                .doesNotContain(YoutubeStubsTest.SECRETS_KEY);
    }

    @Test
    void aScheduledVideoIsUploadedPrivateAndPublishedAtItsScheduledTime() throws Exception {
        OffsetDateTime publishAt = OffsetDateTime.parse("2027-01-15T18:00:00+01:00");
        UUID job = job("1//0gSECRET-scheduled-" + UUID.randomUUID(), "scheduled", publishAt);

        awaitUploaded(job);

        JsonNode status = only(FakeYoutube.uploads(marker)).metadata.get("status");
        assertThat(status.get("privacyStatus").asText()).isEqualTo("private");
        assertThat(OffsetDateTime.parse(status.get("publishAt").asText()).toInstant()).isEqualTo(publishAt.toInstant());
    }

    @Test
    void aVideoIsUploadedInEnglishWithItsTitleAndDescriptionInTheChannelsOtherLanguages() throws Exception {
        packages = new UploadPackages(jdbc);
        UUID channel = packages.channel();
        assertThat(YoutubeApi.connect(http, channel, "1//0gSECRET-languages-" + UUID.randomUUID()).getStatusCode().value())
                .isEqualTo(200);
        java.util.Map<String, Object> metadata = UploadPackages.metadata("Lo-Fi Study Beats " + marker);
        metadata.put("localizations", java.util.Map.of(
                "es", java.util.Map.of("title", "Lo-Fi Study Beats — Música Calm (60 min)",
                        "description", "Lo-Fi Study Beats: 20 pistas de música calm.\n\nLista de pistas\n0:00 01. Rain\n"),
                "ja", java.util.Map.of("title", "Lo-Fi Study Beats — Calm の音楽（60分）", "description", "曲目リスト\n0:00 01. Rain\n")));
        UUID job = packages.completedJob(channel, "public", null, metadata, VIDEO_BYTES);

        awaitUploaded(job);

        JsonNode sent = only(FakeYoutube.uploads(marker)).metadata;
        assertThat(sent.path("snippet").path("defaultLanguage").asText()).isEqualTo("en");
        assertThat(sent.path("localizations").path("es").path("title").asText()).isEqualTo("Lo-Fi Study Beats — Música Calm (60 min)");
        assertThat(sent.path("localizations").path("es").path("description").asText()).contains("Lista de pistas\n0:00 01. Rain");
        assertThat(sent.path("localizations").path("ja").path("title").asText()).isEqualTo("Lo-Fi Study Beats — Calm の音楽（60分）");
    }

    @Test
    void aPublishingTimeThatPassedWhileTheUploadWaitedMovesToTheChannelsNextFreeSlot() throws Exception {
        OffsetDateTime passed = OffsetDateTime.now().minusHours(3);
        UUID job = job("1//0gSECRET-late-slot-" + UUID.randomUUID(), "scheduled", passed, channel -> assertThat(YoutubeApi.send(http,
                HttpMethod.PUT, "/api/channels/" + channel + "/schedule", "{\"cron\": \"0 0 5 1 1 ?\", \"time_zone\": \"Europe/Berlin\", "
                        + "\"videos_ahead\": 1, \"mood_keywords\": [\"calm\"], \"target_duration_minutes\": 60, "
                        + "\"upload_strategy\": \"scheduled\", \"publish_time\": \"18:00\", \"enabled\": false}")
                .getStatusCode().value()).isEqualTo(200));

        JsonNode upload = awaitUploaded(job);

        OffsetDateTime slot = OffsetDateTime.parse(only(FakeYoutube.uploads(marker)).metadata.get("status").get("publishAt").asText());
        assertThat(slot.toInstant()).isAfter(java.time.Instant.now());
        assertThat(slot.atZoneSameInstant(java.time.ZoneId.of("Europe/Berlin")).toLocalTime()).isEqualTo(java.time.LocalTime.of(18, 0));
        assertThat(OffsetDateTime.parse(upload.get("scheduled_time").asText()).toInstant()).isEqualTo(slot.toInstant());
        assertThat(upload.get("note").asText()).contains("passed while the upload waited; moved to the channel's next free "
                + "publishing slot");
    }

    @Test
    void aPublishingTimeThatPassedOnAChannelWithoutScheduleIsPublishedAtOnce() throws Exception {
        UUID job = job("1//0gSECRET-late-" + UUID.randomUUID(), "scheduled", OffsetDateTime.now().minusMinutes(30));

        JsonNode upload = awaitUploaded(job);

        JsonNode status = only(FakeYoutube.uploads(marker)).metadata.get("status");
        assertThat(status.get("privacyStatus").asText()).isEqualTo("public");
        assertThat(status.has("publishAt")).isFalse();
        assertThat(upload.get("strategy").asText()).isEqualTo("public");
        assertThat(upload.get("note").asText()).contains("passed while the upload waited; published at once (the channel has "
                + "no schedule)");
    }

    @Test
    void anUploadCutHalfWayIsResumedFromWhatArrivedAndSendsOnlyTheRest() throws Exception {
        FakeYoutube.script(marker, Trouble.CUT_SECOND_CHUNK);
        UUID job = job("1//0gSECRET-cut-" + UUID.randomUUID(), "unlisted", null);

        awaitUploaded(job);

        FakeYoutube.Upload received = receivedWholeByOneInsert(job);
        // half of the second chunk arrived: the session is asked, and only the bytes after those follow
        assertThat(received.contentRanges).containsExactly("bytes 0-262143/" + VIDEO_BYTES, "bytes 262144-524287/" + VIDEO_BYTES,
                "bytes */" + VIDEO_BYTES, "bytes 393216-" + (VIDEO_BYTES - 1) + "/" + VIDEO_BYTES);
    }

    @Test
    void aServerErrorMidUploadBacksOffThenAsksTheSessionAndResumes() throws Exception {
        FakeYoutube.script(marker, Trouble.UNAVAILABLE_SECOND_CHUNK);
        UUID job = job("1//0gSECRET-503-" + UUID.randomUUID(), "private", null);

        awaitUploaded(job);

        FakeYoutube.Upload received = receivedWholeByOneInsert(job);
        assertThat(received.contentRanges).containsExactly("bytes 0-262143/" + VIDEO_BYTES, "bytes 262144-524287/" + VIDEO_BYTES,
                "bytes */" + VIDEO_BYTES, "bytes 262144-524287/" + VIDEO_BYTES, "bytes 524288-" + (VIDEO_BYTES - 1) + "/" + VIDEO_BYTES);
    }

    @Test
    void aThumbnailFailureIsRetriedAloneWithoutUploadingTheVideoAgain() throws Exception {
        FakeYoutube.script(marker, Trouble.THUMBNAIL_FAILS_ONCE);
        UUID job = job("1//0gSECRET-thumb-" + UUID.randomUUID(), "public", null);

        awaitUploaded(job);

        FakeYoutube.Upload received = only(FakeYoutube.uploads(marker));
        assertThat(received.thumbnails.get()).isEqualTo(2);
        assertThat(FakeYoutube.inserts(marker)).isEqualTo(1);
        assertThat(received.contentRanges).hasSize(3);
    }

    @Test
    void aChannelsOptionsAreSentAndEachVideoIsAddedToItsPlaylistAfterTheThumbnail() throws Exception {
        int spentBefore = YoutubeQuota.unitsSpentToday(jdbc);
        UUID job = job("1//0gSECRET-options-" + UUID.randomUUID(), "public", null, channel -> {
            ResponseEntity<String> refused = YoutubeApi.send(http, HttpMethod.PUT, "/api/channels/" + channel + "/youtube/options",
                    "{\"playlist_id\": \"not a playlist\"}");
            assertThat(refused.getStatusCode().value()).isEqualTo(400);
            assertThat(refused.getBody()).contains("\"field\":\"playlist_id\"");
            ResponseEntity<String> set = YoutubeApi.send(http, HttpMethod.PUT, "/api/channels/" + channel + "/youtube/options",
                    "{\"self_declared_made_for_kids\": true, \"contains_synthetic_media\": false, \"playlist_id\": \"PLstudio-" + marker + "\"}");
            assertThat(set.getStatusCode().value()).as(set.getBody()).isEqualTo(200);
            assertThat(set.getBody()).contains("\"self_declared_made_for_kids\":true", "\"contains_synthetic_media\":false",
                    "\"playlist_id\":\"PLstudio-" + marker + "\"");
        });

        awaitUploaded(job);

        FakeYoutube.Upload received = receivedWholeByOneInsert(job);
        assertThat(received.metadata.get("status").get("selfDeclaredMadeForKids").asBoolean()).isTrue();
        assertThat(received.metadata.get("status").get("containsSyntheticMedia").asBoolean()).isFalse();
        assertThat(received.playlists).containsExactly("PLstudio-" + marker);
        assertThat(received.thumbnails.get()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT youtube_playlist_item_id FROM video_jobs WHERE id = ?", String.class, job)).startsWith("UExp-");
        assertThat(YoutubeQuota.unitsSpentToday(jdbc) - spentBefore).as("videos.insert 100 + thumbnails.set 50 + playlistItems.insert 50 + channels.list 1")
                .isEqualTo(201);
    }

    @Test
    void aPlaylistFailureIsRetriedAloneWithoutUploadingOrSettingTheThumbnailAgain() throws Exception {
        FakeYoutube.script(marker, Trouble.PLAYLIST_FAILS_ONCE);
        UUID job = job("1//0gSECRET-playlist-" + UUID.randomUUID(), "public", null,
                channel -> jdbc.update("UPDATE channels SET youtube_playlist_id = ? WHERE id = ?", "PLbysql-" + marker, channel));

        awaitUploaded(job);

        FakeYoutube.Upload received = only(FakeYoutube.uploads(marker));
        assertThat(received.playlistInserts.get()).isEqualTo(2);
        assertThat(received.playlists).containsExactly("PLbysql-" + marker);
        assertThat(received.thumbnails.get()).isEqualTo(1);
        assertThat(FakeYoutube.inserts(marker)).isEqualTo(1);
        assertThat(received.contentRanges).hasSize(3);
    }

    @Test
    void aPlaylistYoutubeDoesNotKnowFailsTheUploadNamingItAndARetryAddsTheVideoAloneOnceMended() throws Exception {
        UUID job = job("1//0gSECRET-noplaylist-" + UUID.randomUUID(), "public", null,
                channel -> jdbc.update("UPDATE channels SET youtube_playlist_id = 'XX-gone' WHERE id = ?", channel));

        await().atMost(UPLOADED).until(() -> "failed".equals(upload(job).path("state").asText()));

        FakeYoutube.Upload received = only(FakeYoutube.uploads(marker));
        assertThat(upload(job).get("error").asText()).isEqualTo("video " + received.videoId + " is up, its entry in playlist "
                + "XX-gone is not: YouTube refused the upload: 404 playlistNotFound: The playlist identified with the request's "
                + "playlistId parameter cannot be found.");
        assertThat(upload(job).get("youtube_video_id").asText()).isEqualTo(received.videoId);
        assertThat(received.thumbnails.get()).isEqualTo(1);

        UUID channel = jdbc.queryForObject("SELECT channel_id FROM video_jobs WHERE id = ?", UUID.class, job);
        YoutubeApi.send(http, HttpMethod.PUT, "/api/channels/" + channel + "/youtube/options", "{\"playlist_id\": \"PLfound-" + marker + "\"}");
        JsonNode retried = retry(job);
        assertThat(retried.get("status").asText()).isEqualTo("completed");
        assertThat(retried.get("resumes_at").asText()).isEqualTo("upload");
        awaitUploaded(job);
        assertThat(received.playlists).containsExactly("PLfound-" + marker);
        assertThat(received.thumbnails.get()).isEqualTo(1);
        assertThat(FakeYoutube.inserts(marker)).isEqualTo(1);
        assertThat(YoutubeApi.send(http, HttpMethod.POST, "/api/jobs/" + job + "/retry", "").getStatusCode().value())
                .as("an uploaded job has nothing to retry").isEqualTo(409);
    }

    @Test
    void quotaExceededWaitsForTheResetWithNoCallMeanwhile() throws Exception {
        FakeYoutube.script(marker, Trouble.QUOTA_EXCEEDED);
        UUID job = job("1//0gSECRET-quota-" + UUID.randomUUID(), "public", null);
        String reset = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").format(OffsetDateTime.now(ZoneId.of("America/Los_Angeles"))
                .toLocalDate().plusDays(1).atStartOfDay(ZoneId.of("America/Los_Angeles")).withZoneSameInstant(ZoneOffset.UTC));

        await().atMost(UPLOADED).until(() -> "waiting".equals(upload(job).path("state").asText())
                && upload(job).path("waits_for").asText().startsWith("upload waits"));
        int requestsAtTheWait = YoutubeStubs.server().getAllServeEvents().size();

        JsonNode waiting = upload(job);
        assertThat(waiting.get("waits_for").asText()).isEqualTo("upload waits for the YouTube quota reset at " + reset
                + ": the Google Cloud project's daily YouTube quota is spent (quotaExceeded)");
        assertThat(jdbc.queryForObject("SELECT CAST(status AS TEXT) FROM video_jobs WHERE id = ?", String.class, job)).isEqualTo("completed");
        // for a dozen polls of the upload stage, nothing is sent to Google at all
        await().during(Duration.ofMillis(2500)).atMost(Duration.ofSeconds(8))
                .until(() -> YoutubeStubs.server().getAllServeEvents().size() == requestsAtTheWait);
        assertThat(FakeYoutube.inserts(marker)).isEqualTo(1);

        FakeYoutube.unscript(marker);
        jdbc.update("UPDATE youtube_quota_waits SET waits_until = CURRENT_TIMESTAMP");
        jdbc.update("UPDATE video_jobs SET upload_not_before = CURRENT_TIMESTAMP WHERE id = ?", job);
        awaitUploaded(job);
        assertThat(FakeYoutube.inserts(marker)).isEqualTo(2);
        assertThat(only(FakeYoutube.uploads(marker)).received.size()).isEqualTo(VIDEO_BYTES);
    }

    @Test
    void anUploadThatWouldNotFitIntoTodaysBudgetIsNotStarted() throws Exception {
        jdbc.update("INSERT INTO youtube_quota_spent (quota_day, units) VALUES (?, 9900)", YoutubeQuota.today());
        UUID job = job("1//0gSECRET-budget-" + UUID.randomUUID(), "public", null);

        await().atMost(UPLOADED).until(() -> upload(job).path("waits_for").asText().startsWith("the studio's YouTube quota budget"));
        // 9900, and the channels.list of connecting the channel
        assertThat(upload(job).get("waits_for").asText()).isEqualTo("the studio's YouTube quota budget: 9901 of 10000 units "
                + "spent today (studio.youtube.quota.units-per-day), the upload needs 150; it starts after midnight Pacific time");
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> FakeYoutube.inserts(marker) == 0);

        jdbc.update("UPDATE youtube_quota_spent SET units = 9850 WHERE quota_day = ?", YoutubeQuota.today());
        awaitUploaded(job);
        assertThat(YoutubeQuota.unitsSpentToday(jdbc)).isEqualTo(10000);
    }

    @Test
    void aChannelUploadsAtMostTwoVideosADayAndTheThirdWaitsForTheNextDay() throws Exception {
        UUID first = job("1//0gSECRET-cadence-" + UUID.randomUUID(), "public", null);
        UUID channel = jdbc.queryForObject("SELECT channel_id FROM video_jobs WHERE id = ?", UUID.class, first);
        UUID second = packages.completedJob(channel, "public", null, UploadPackages.metadata("Lo-Fi Study Beats " + marker + " 2"), VIDEO_BYTES);
        UUID third = packages.completedJob(channel, "public", null, UploadPackages.metadata("Lo-Fi Study Beats " + marker + " 3"), VIDEO_BYTES);

        awaitUploaded(first);
        awaitUploaded(second);
        await().atMost(UPLOADED).until(() -> upload(third).path("waits_for").asText().startsWith("the channel's daily upload cap"));
        assertThat(upload(third).get("waits_for").asText()).isEqualTo("the channel's daily upload cap: 2 of 2 uploads started "
                + "today (studio.youtube.max-uploads-per-channel-per-day); the next starts after midnight Pacific time");
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5)).until(() -> FakeYoutube.inserts(marker) == 2);

        // the next quota day: today's reservations become yesterday's
        jdbc.update("UPDATE youtube_quota_spent SET quota_day = quota_day - 1");
        jdbc.update("UPDATE video_jobs SET youtube_slot_day = youtube_slot_day - 1 WHERE channel_id = ?", channel);
        awaitUploaded(third);
        assertThat(FakeYoutube.inserts(marker)).isEqualTo(3);
    }

    @Test
    void aRevokedTokenPausesOnlyThatChannelNamingTheRemedy() throws Exception {
        String token = "1//0gSECRET-revoked-later-" + UUID.randomUUID();
        UUID job = job(token, "public", null, channel -> FakeYoutube.revoke(token));

        await().atMost(UPLOADED).until(() -> upload(job).path("waits_for").asText().contains("invalid_grant"));

        assertThat(upload(job).get("waits_for").asText()).contains("publish the OAuth app to production")
                .contains("connect the channel again");
        UUID channel = jdbc.queryForObject("SELECT channel_id FROM video_jobs WHERE id = ?", UUID.class, job);
        String shown = YoutubeApi.operator(http).getForEntity("/api/channels/" + channel + "/youtube", String.class).getBody();
        assertThat(json.readTree(shown).get("uploads_paused").asText()).contains("invalid_grant").doesNotContain(token);
        assertThat(FakeYoutube.inserts(marker)).isZero();
    }

    @Test
    void aVideoWhoseIdWasNeverStoredIsFoundAmongTheChannelsUploadsAndNotUploadedAgain() throws Exception {
        String token = "1//0gSECRET-lost-id-" + UUID.randomUUID();
        // YouTube has the whole video, then the write of its id fails (an outage that outlasted the retries).
        UUID job = job(token, "public", null, channel -> jdbc.execute("CREATE FUNCTION lose_video_id() RETURNS trigger "
                + "LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the database went away'; END $$; "
                + "CREATE TRIGGER lose_video_id BEFORE UPDATE OF youtube_video_id ON video_jobs FOR EACH ROW "
                + "WHEN (NEW.youtube_video_id IS NOT NULL AND NEW.channel_id = '" + channel + "') EXECUTE FUNCTION lose_video_id()"));
        try {
            await().atMost(UPLOADED).until(() -> jdbc.queryForObject("SELECT upload_message IS NOT NULL AND claimed_by IS NULL "
                    + "FROM video_jobs WHERE id = ?", Boolean.class, job));
        } finally {
            jdbc.execute("DROP TRIGGER IF EXISTS lose_video_id ON video_jobs; DROP FUNCTION IF EXISTS lose_video_id()");
        }
        FakeYoutube.Upload first = only(FakeYoutube.uploads(marker));
        assertThat(first.videoId).as("YouTube has it").isNotNull();
        assertThat(jdbc.queryForObject("SELECT youtube_video_id FROM video_jobs WHERE id = ?", String.class, job)).isNull();

        // A week later (a paused channel, a quota wait, a late retry) the upload session is gone.
        FakeYoutube.forgetSessions(marker);
        int listings = FakeYoutube.uploadListings();
        if ("failed".equals(upload(job).path("state").asText())) {
            retry(job);
        } else {
            jdbc.update("UPDATE video_jobs SET upload_not_before = NULL WHERE id = ?", job);
        }

        JsonNode uploaded = awaitUploaded(job);
        assertThat(uploaded.get("youtube_video_id").asText()).as("adopted").isEqualTo(first.videoId);
        assertThat(FakeYoutube.inserts(marker)).as("no second videos.insert").isEqualTo(1);
        assertThat(FakeYoutube.uploadListings()).as("the channel's uploads were read").isGreaterThan(listings);
        assertThat(first.metadata.path("snippet").path("description").asText()).endsWith("\n\nref: " + job);
        assertThat(jdbc.queryForObject("SELECT youtube_quota_units FROM video_jobs WHERE id = ?", Integer.class, job)).as("the two claims' insert 100 and thumbnails 2 x 50, and "
                + "the reading of the channel's uploads no claim foresaw").isGreaterThan(200);
    }

    @Test
    void aTokenRefusedJustAsTheOperatorReconnectsLeavesTheMendedChannelGoing() throws Exception {
        String revoked = "1//0gSECRET-revoked-then-mended-" + UUID.randomUUID();
        String mended = FakeYoutube.anotherTokenOf(revoked);
        UUID job = job(revoked, "public", null, channel -> {
            FakeYoutube.revoke(revoked);
            // The operator reconnects the channel while Google's refusal of the old token is on its way.
            FakeYoutube.whenRefused(revoked, () -> assertThat(YoutubeApi.connect(http, channel, mended).getStatusCode().value())
                    .isEqualTo(200));
        });

        awaitUploaded(job);
        UUID channel = jdbc.queryForObject("SELECT channel_id FROM video_jobs WHERE id = ?", UUID.class, job);
        assertThat(jdbc.queryForObject("SELECT youtube_paused_reason FROM channels WHERE id = ?", String.class, channel))
                .as("the refusal was of a token no longer stored").isNull();
    }

    @Test
    void aPackageBreakingYoutubesRulesFailsNamingTheFieldBeforeAnyCallAndIsRetriedFromTheApiOnceMended() throws Exception {
        packages = new UploadPackages(jdbc);
        UUID channel = packages.channel();
        YoutubeApi.connect(http, channel, "1//0gSECRET-rules-" + UUID.randomUUID());
        Map<String, Object> metadata = UploadPackages.metadata("Lo-Fi <Study> Beats " + marker);
        UUID job = packages.completedJob(channel, "public", null, metadata, VIDEO_BYTES);

        await().atMost(UPLOADED).until(() -> "failed".equals(upload(job).path("state").asText()));

        assertThat(upload(job).get("error").asText())
                .isEqualTo("the upload package breaks YouTube's rules, nothing was sent: title: must not contain < or >");
        assertThat(FakeYoutube.inserts(marker)).isZero();

        // the operator mends the package and retries the upload from the API
        packages.rewriteMetadata(job, UploadPackages.metadata("Lo-Fi Study Beats " + marker));
        assertThat(retry(job).get("resumes_at").asText()).isEqualTo("upload");
        awaitUploaded(job);
        assertThat(receivedWholeByOneInsert(job).metadata.get("snippet").get("title").asText()).isEqualTo("Lo-Fi Study Beats " + marker);
    }

    @Test
    void retryingAJobThatFailedInAStageStillResumesThatStageAndLeavesItsUploadAlone() throws Exception {
        UUID job = new UploadPackages(jdbc).completedJob(new UploadPackages(jdbc).channel(), "public", null,
                UploadPackages.metadata("Lo-Fi Study Beats " + marker), 1000);
        // no render runs in this context: the job stays where the retry puts it
        jdbc.update("UPDATE video_jobs SET status = 'failed', failed_stage = 'rendering', error_message = 'render: boom' WHERE id = ?", job);

        JsonNode retried = retry(job);

        assertThat(retried.get("status").asText()).isEqualTo("rendering");
        assertThat(retried.get("resumes_at").asText()).isEqualTo("rendering");
        Map<String, Object> row = jdbc.queryForMap("SELECT error_message, failed_stage, upload_state FROM video_jobs WHERE id = ?", job);
        assertThat(row.get("error_message")).isNull();
        assertThat(row.get("failed_stage")).isNull();
        assertThat(row.get("upload_state")).isEqualTo("waiting");
    }

    // ---------------------------------------------------------------------------------------------------------------

    private UUID job(String token, String strategy, OffsetDateTime scheduledTime) throws Exception {
        return job(token, strategy, scheduledTime, channel -> {});
    }

    /** A channel connected with this token, then {@code meanwhile}, then a completed job of it laid out. */
    private UUID job(String token, String strategy, OffsetDateTime scheduledTime, java.util.function.Consumer<UUID> meanwhile)
            throws Exception {
        packages = new UploadPackages(jdbc);
        UUID channel = packages.channel();
        assertThat(YoutubeApi.connect(http, channel, token).getStatusCode().value()).isEqualTo(200);
        meanwhile.accept(channel);
        return packages.completedJob(channel, strategy, scheduledTime, UploadPackages.metadata("Lo-Fi Study Beats " + marker), VIDEO_BYTES);
    }

    private JsonNode retry(UUID job) throws java.io.IOException {
        ResponseEntity<String> retried = YoutubeApi.send(http, HttpMethod.POST, "/api/jobs/" + job + "/retry", "");
        assertThat(retried.getStatusCode().value()).as(retried.getBody()).isEqualTo(200);
        return json.readTree(retried.getBody());
    }

    private JsonNode awaitUploaded(UUID job) throws java.io.IOException {
        await().atMost(UPLOADED).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonNode upload = upload(job);
            assertThat(upload.path("state").asText()).as(upload.toString()).isNotEqualTo("failed");
            return "uploaded".equals(upload.path("state").asText());
        });
        return upload(job);
    }

    private JsonNode upload(UUID job) throws java.io.IOException {
        return json.readTree(YoutubeApi.operator(http).getForEntity("/api/jobs/" + job, String.class).getBody()).get("upload");
    }

    /** YouTube holds exactly the file's bytes, from one insert (one session). */
    private FakeYoutube.Upload receivedWholeByOneInsert(UUID job) throws java.io.IOException {
        FakeYoutube.Upload received = only(FakeYoutube.uploads(marker));
        assertThat(received.received.toByteArray()).isEqualTo(Files.readAllBytes(packages.video(job)));
        assertThat(FakeYoutube.inserts(marker)).isEqualTo(1);
        return received;
    }


    private static FakeYoutube.Upload only(List<FakeYoutube.Upload> uploads) {
        assertThat(uploads).hasSize(1);
        return uploads.get(0);
    }
}
