package com.channelstudio.schedules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.channelstudio.support.HeldPlannedJobs;
import com.channelstudio.support.StudioTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A schedule with {@code selection: learn} plans the mood sets its viewers watch most: driven by analytics rows
 * written by SQL, the better mood set is chosen most often, the others keep their share, a new one is tried first;
 * only each video's first seven days count. Each firing's draws are seeded by its time, so the counts are the same
 * on every run.
 */
@StudioTest
@ExtendWith(HeldPlannedJobs.class)
class MoodsChosenByWhatViewersWatchTest {

    private static final List<String> MOODS = List.of("rainy, warm", "calm, cozy", "bright, upbeat");
    private static final OffsetDateTime FIRST_FIRING = OffsetDateTime.parse("2026-03-01T05:00:00Z");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProducerTemplate camel;

    @Autowired
    TestRestTemplate http;

    @Test
    void theBetterMoodIsChosenMostTheOthersKeepTheirShareAndANewOneIsTriedFirst() {
        UUID channel = channel();
        // three videos each: 'rainy, warm' drew 200 views a day in its first week, 'calm, cozy' 50 (and a viral eighth
        // day that must not count); 'bright, upbeat' has no video yet
        videos(channel, "rainy, warm", 3, 200);
        videos(channel, "calm, cozy", 3, 50);

        List<Map<String, Object>> chosen = new ArrayList<>();
        for (int firing = 0; firing < 40; firing++) {
            Map<String, Object> choice = choose(channel, FIRST_FIRING.plusDays(firing));
            chosen.add(choice);
            // the firing's job, as plan-scheduled-job.sql records it
            jdbc.update("INSERT INTO video_jobs (channel_id, status, niche_label, mood_keywords, target_duration_minutes, "
                    + "output_directory, planning_reason) VALUES (?, 'failed', 'Rain', ?, 60, ?, ?)", channel, choice.get("mood"),
                    "learn/" + UUID.randomUUID(), choice.get("planningReason"));
        }

        assertThat(chosen.get(0).get("mood")).isEqualTo("bright, upbeat");
        assertThat(chosen.get(0).get("planningReason")).isEqualTo("moods 'bright, upbeat': no video yet, tried first");
        List<String> moods = chosen.stream().map(choice -> (String) choice.get("mood")).toList();
        long rainy = moods.stream().filter("rainy, warm"::equals).count();
        long calm = moods.stream().filter("calm, cozy"::equals).count();
        long bright = moods.stream().filter("bright, upbeat"::equals).count();
        assertThat(rainy).as("the mood its viewers watch most, of " + moods).isGreaterThan(calm).isGreaterThan(bright)
                .isGreaterThanOrEqualTo(20);
        assertThat(calm).as("still planned").isGreaterThanOrEqualTo(2);
        assertThat(bright).as("tried beyond its first firing").isGreaterThanOrEqualTo(2);
        List<String> lastTwenty = moods.subList(20, 40);
        assertThat(MOODS).as("each keeps 10 % of the last 20 firings").allSatisfy(mood ->
                assertThat(lastTwenty.stream().filter(mood::equals).count()).as(mood).isGreaterThanOrEqualTo(2));
        assertThat(chosen).extracting(choice -> (String) choice.get("planningReason")).anySatisfy(reason ->
                assertThat(reason).matches("moods 'rainy, warm': 200 views/day over 3 videos; chosen \\d+ % of draws"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> results = camel.requestBodyAndHeader("direct:console-mood-results", null, "channelId", channel,
                List.class);
        assertThat(results).as("the channel page's table: the eighth day does not count")
                .extracting(row -> row.get("mood") + " " + row.get("per_day") + " " + row.get("videos") + " " + row.get("recent_firings"))
                .containsExactly("rainy, warm 200.0 3 " + lastNineteen(moods, "rainy, warm"), "calm, cozy 50.0 3 " + lastNineteen(moods, "calm, cozy"),
                        "bright, upbeat null 0 " + lastNineteen(moods, "bright, upbeat"));
    }

    @Test
    void aLearningSchedulesFiringPlansAJobThatSaysWhyItGotItsMoods() {
        UUID channel = channel();
        videos(channel, "rainy, warm", 2, 120);
        videos(channel, "calm, cozy", 2, 30);
        videos(channel, "bright, upbeat", 1, 60);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String schedule = "{\"cron\": \"* * * * * ?\", \"time_zone\": \"UTC\", \"videos_ahead\": 1, \"mood_keywords\": "
                + "[\"rainy, warm\", \"calm, cozy\", \"bright, upbeat\"], \"target_duration_minutes\": 60, "
                + "\"upload_strategy\": \"none\", \"publish_time\": \"18:00\", \"selection\": \"learn\"}";
        assertThat(http.withBasicAuth("operator", "test-operator-secret").exchange("/api/channels/" + channel + "/schedule",
                HttpMethod.PUT, new HttpEntity<>(schedule, headers), String.class).getStatusCode().value()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM video_jobs "
                + "WHERE channel_id = ? AND status = 'planned'", Integer.class, channel) == 1);

        Map<String, Object> job = jdbc.queryForMap("SELECT mood_keywords, planning_reason FROM video_jobs WHERE channel_id = ? "
                + "AND status = 'planned'", channel);
        assertThat(MOODS).contains((String) job.get("mood_keywords"));
        assertThat((String) job.get("planning_reason")).startsWith("moods '" + job.get("mood_keywords") + "': ")
                .containsPattern("(\\d+ views/day over \\d videos?|kept at least 10 %)");
    }

    private static long lastNineteen(List<String> moods, String mood) {
        return moods.subList(moods.size() - 19, moods.size()).stream().filter(mood::equals).count();
    }

    private Map<String, Object> choose(UUID channel, OffsetDateTime fireTime) {
        Map<String, Object> firing = new LinkedHashMap<>();
        firing.put("channel_id", channel);
        firing.put("moods", "[\"rainy, warm\", \"calm, cozy\", \"bright, upbeat\"]");
        firing.put("fireTime", fireTime);
        @SuppressWarnings("unchecked")
        Map<String, Object> chosen = camel.requestBody("direct:choose-learned-mood", firing, Map.class);
        return chosen;
    }

    private UUID channel() {
        return jdbc.queryForObject("INSERT INTO channels (name, brand_niche) VALUES (?, 'Rain') RETURNING id", UUID.class,
                "Learning " + UUID.randomUUID());
    }

    /** Uploaded videos of the mood set with analytics: {@code viewsPerDay} in each of their first 7 days, then 100,000. */
    private void videos(UUID channel, String mood, int count, int viewsPerDay) {
        for (int video = 0; video < count; video++) {
            UUID job = jdbc.queryForObject("INSERT INTO video_jobs (channel_id, status, niche_label, mood_keywords, "
                    + "target_duration_minutes, output_directory, upload_strategy, youtube_video_id, upload_state, created_at) "
                    + "VALUES (?, 'completed', 'Rain', ?, 60, ?, 'public', ?, 'uploaded', TIMESTAMPTZ '2026-01-01T00:00:00Z') "
                    + "RETURNING id", UUID.class, channel, mood, "learn/" + UUID.randomUUID(), "v" + UUID.randomUUID());
            LocalDate first = LocalDate.of(2026, 1, 10 + video);
            for (int day = 0; day < 8; day++) {
                jdbc.update("INSERT INTO video_analytics (video_job_id, youtube_video_id, views, watch_time_hours, snapshot_date) "
                        + "SELECT id, youtube_video_id, ?, ?, ? FROM video_jobs WHERE id = ?", day < 7 ? viewsPerDay : 100_000,
                        day < 7 ? viewsPerDay / 20.0 : 5000, first.plusDays(day), job);
            }
        }
    }
}
