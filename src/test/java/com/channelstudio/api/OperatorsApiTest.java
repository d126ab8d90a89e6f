package com.channelstudio.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.support.Jobs;
import com.channelstudio.support.PromptsJson;
import com.channelstudio.support.StudioTest;
import com.channelstudio.support.TestOutput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Operators create, list, show and retry through the API; bad requests name the field and the rule. */
@StudioTest
class OperatorsApiTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void channelThenJobThenShowWithProgressUntilCompleted() throws Exception {
        ResponseEntity<String> channel = post("/api/channels",
                "{\"name\": \"Robert'); DROP TABLE channels;-- ../../etc\", \"brand_niche\": \"Celtic\"}");
        assertThat(channel.getStatusCode().value()).as(channel.getBody()).isEqualTo(201);
        String channelId = json.readTree(channel.getBody()).get("id").asText();
        assertThat(jdbc.queryForObject("SELECT name FROM channels WHERE id = CAST(? AS uuid)", String.class, channelId))
                .isEqualTo("Robert'); DROP TABLE channels;-- ../../etc");

        ResponseEntity<String> created = post("/api/channels/" + channelId + "/jobs",
                "{\"mood_keywords\": \"misty, hopeful\", \"target_duration_minutes\": 75}");
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        JsonNode job = json.readTree(created.getBody());
        assertThat(job.get("niche_label").asText()).isEqualTo("Celtic");
        UUID jobId = UUID.fromString(job.get("id").asText());
        String folder = job.get("output_directory").asText();
        assertThat(folder).startsWith("robert-drop-table-channels-etc/").endsWith("-" + jobId);
        expectError(post("/api/channels/" + channelId + "/jobs", "{\"mood_keywords\": \"calm\", "
                + "\"target_duration_minutes\": 60, \"output_directory\": \"" + folder + "/\"}"),
                409, null, "output_directory " + folder + " is the folder of job " + jobId + "; give this job a folder of its own");

        assertThat(new Jobs(jdbc).awaitFinished(jobId, Duration.ofMinutes(3))).isEqualTo("completed");
        JsonNode shown = json.readTree(get("/api/jobs/" + jobId).getBody());
        assertThat(shown.get("status").asText()).isEqualTo("completed");
        assertThat(shown.get("audio_tracks")).hasSize(20);
        assertThat(shown.get("images").get(19).get("order_index").asInt()).isEqualTo(20);
        assertThat(shown.get("prompts_json").get("music_prompts")).hasSize(20);
        assertThat(shown.get("progress").get("percent").asInt()).isEqualTo(100);
        assertThat(shown.at("/cost/by_provider/dummy/calls").asInt()).as("the built-in providers' calls, free").isEqualTo(40);
        assertThat(shown.at("/cost/total_usd").decimalValue()).isZero();
        assertThat(shown.at("/cost/youtube_quota_units").asInt()).isZero();
        assertThat(shown.at("/audio_tracks/0/cost_usd").decimalValue()).isZero();

        JsonNode channels = json.readTree(get("/api/channels").getBody());
        assertThat(channels.findValues("id").stream().map(JsonNode::asText)).contains(channelId);
        assertThat(json.readTree(get("/api/jobs?status=completed").getBody()).findValuesAsText("id")).contains(jobId.toString());
    }

    @Test
    void badRequestsNameTheFieldAndTheRule() throws Exception {
        String channelId = newChannel("Rain", "Rain and Nature");
        expectError(post("/api/channels/" + channelId + "/jobs", "{\"mood_keywords\": \"calm\", \"target_duration_minutes\": 59}"),
                400, "target_duration_minutes", "between 60 and 90 (was 59)");
        expectError(post("/api/channels/" + channelId + "/jobs", "{\"mood_keywords\": \" \", \"target_duration_minutes\": 60}"),
                400, "mood_keywords", "must not be empty");
        expectError(post("/api/channels/" + channelId + "/jobs",
                "{\"mood_keywords\": \"calm\", \"target_duration_minutes\": 60, \"output_directory\": \"../../etc\"}"),
                400, "output_directory", "without '..'");
        expectError(post("/api/channels", "{\"name\": \"" + "x".repeat(256) + "\", \"brand_niche\": \"Jazz\"}"),
                400, "name", "at most 255 characters");
        expectError(post("/api/channels", "{not json"), 400, "body", "valid JSON");
        expectError(post("/api/channels", "{\"name\": \"Rain\", \"brand_niche\": \"Jazz\", \"render_motion\": \"sparkle\"}"), 400,
                "render_motion", "must be one of none, zoom, particles, flicker, or null to follow studio.render.motion (was sparkle)");
        JsonNode flickering = json.readTree(post("/api/channels",
                "{\"name\": \"Candles\", \"brand_niche\": \"Jazz\", \"render_motion\": \"flicker\"}").getBody());
        assertThat(flickering.get("render_motion").asText()).isEqualTo("flicker");
        expectError(post("/api/channels/not-a-uuid/jobs", "{\"mood_keywords\": \"calm\", \"target_duration_minutes\": 60}"),
                400, "id", "must be a UUID");
        expectError(post("/api/channels/" + UUID.randomUUID() + "/jobs", "{\"mood_keywords\": \"calm\", \"target_duration_minutes\": 60}"),
                404, null, "does not exist");
        expectError(post("/api/jobs/" + UUID.randomUUID() + "/retry", ""), 404, null, "does not exist");
        UUID completed = new Jobs(jdbc).withPrompts("completed", PromptsJson.valid(), 60, TestOutput.newFolder());
        expectError(post("/api/jobs/" + completed + "/retry", ""), 409, null,
                "job " + completed + " is completed; only a failed job can be retried");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM video_jobs WHERE channel_id = CAST(? AS uuid)", Integer.class, channelId))
                .isZero();
    }

    @Test
    void anOutputFolderThatFfmpegWouldReadAsAFilePatternIsRefused() throws Exception {
        String channelId = newChannel("Patterns", "Jazz");
        for (String folder : new String[] {"50%_off", "best*", "why?", "set[1]", "brace{d}"}) {
            expectError(post("/api/channels/" + channelId + "/jobs", "{\"mood_keywords\": \"calm\", \"target_duration_minutes\": 60, "
                    + "\"output_directory\": \"" + folder + "\"}"), 400, "output_directory",
                    "must not contain % * ? [ or { (FFmpeg reads them as a file pattern; was " + folder + ")");
        }
        UUID inserted = new Jobs(jdbc).planned("Jazz", "calm", 60, TestOutput.ROOT.resolve("frames_%03d-" + UUID.randomUUID()));
        assertThat(new Jobs(jdbc).awaitFinished(inserted, Duration.ofSeconds(30))).isEqualTo("failed");
        assertThat((String) new Jobs(jdbc).row(inserted).get("error_message"))
                .contains("output_directory: must not contain % * ? [ or {");
    }

    @Test
    void aChannelIsPausedResumedAndGivenItsOwnMotionByPatchAndABadPatchChangesNothing() throws Exception {
        String channelId = newChannel("Snowfall", "Winter Ambience");
        String channel = "/api/channels/" + channelId;

        ResponseEntity<String> paused = patch(channel, "{\"is_active\": false}");
        assertThat(paused.getStatusCode().value()).as(paused.getBody()).isEqualTo(200);
        assertThat(json.readTree(paused.getBody()).get("is_active").asBoolean()).isFalse();
        assertThat(row(channelId)).isEqualTo("false/null");
        patch(channel, "{\"render_motion\": \"zoom\"}");
        assertThat(row(channelId)).as("is_active, left out, stays").isEqualTo("false/zoom");

        expectError(patch(channel, "{}"), 400, "body",
                "must be a JSON object with one or more of is_active, render_motion, render_visualizer, shorts_per_video, "
                        + "languages, monthly_budget_usd");
        expectError(patch(channel, "{\"name\": \"Blizzard\"}"), 400, "name",
                "cannot be changed; a channel changes is_active, render_motion, render_visualizer, shorts_per_video, "
                        + "languages, monthly_budget_usd");
        expectError(patch(channel, "{\"is_active\": \"yes\"}"), 400, "is_active", "must be true or false (was \"yes\")");
        expectError(patch(channel, "{\"is_active\": true, \"render_motion\": \"sparkle\"}"), 400, "render_motion",
                "must be one of none, zoom, particles, flicker, or null to follow studio.render.motion (was sparkle)");
        ResponseEntity<String> bars = patch(channel, "{\"render_visualizer\": \"bars\"}");
        assertThat(json.readTree(bars.getBody()).get("render_visualizer").asText()).as(bars.getBody()).isEqualTo("bars");
        expectError(patch(channel, "{\"render_visualizer\": \"sparkle\"}"), 400, "render_visualizer",
                "must be one of none, bars, wave, or null to follow studio.render.visualizer (was sparkle)");
        expectError(patch(channel, "{\"render_visualizer\": 2}"), 400, "render_visualizer", "must be a text or null (was 2)");
        assertThat(jdbc.queryForObject("SELECT render_visualizer FROM channels WHERE id = CAST(? AS uuid)", String.class,
                channelId)).as("a refused visualizer changes nothing").isEqualTo("bars");
        expectError(patch(channel, "{not json"), 400, "body", "valid JSON");
        expectError(patch("/api/channels/" + UUID.randomUUID(), "{\"is_active\": true}"), 404, null, "does not exist");
        assertThat(row(channelId)).as("a refused change changes nothing").isEqualTo("false/zoom");

        JsonNode resumed = json.readTree(patch(channel, "{\"is_active\": true, \"render_motion\": null}").getBody());
        assertThat(resumed.get("is_active").asBoolean()).isTrue();
        assertThat(resumed.get("render_motion").isNull()).as("null: the studio's setting again").isTrue();
        assertThat(row(channelId)).isEqualTo("true/null");
    }

    @Test
    void aChannelGetsItsOwnShortsPerVideoAndLanguagesByPatchAndBadOnesAreRefusedNamingTheField() throws Exception {
        String channelId = newChannel("Drizzle", "Rain");
        String channel = "/api/channels/" + channelId;

        ResponseEntity<String> changed = patch(channel, "{\"shorts_per_video\": 3, \"languages\": [\"es\", \"pt-BR\", \"ja\"]}");
        assertThat(changed.getStatusCode().value()).as(changed.getBody()).isEqualTo(200);
        JsonNode answer = json.readTree(changed.getBody());
        assertThat(answer.get("shorts_per_video").asInt()).isEqualTo(3);
        assertThat(answer.get("languages").toString()).isEqualTo("[\"es\",\"pt-BR\",\"ja\"]");
        assertThat(growth(channelId)).isEqualTo("3/{es,pt-BR,ja}");
        JsonNode shown = json.readTree(get(channel).getBody());
        assertThat(shown.get("shorts_per_video").asInt()).as("GET shows what PATCH set").isEqualTo(3);
        assertThat(shown.get("languages").toString()).isEqualTo("[\"es\",\"pt-BR\",\"ja\"]");

        expectError(patch(channel, "{\"shorts_per_video\": 4}"), 400, "shorts_per_video",
                "must be a whole number from 0 to 3, or null to follow studio.shorts.per-video (was 4)");
        expectError(patch(channel, "{\"shorts_per_video\": \"two\"}"), 400, "shorts_per_video", "(was \"two\")");
        expectError(patch(channel, "{\"languages\": [\"es\", \"spanish!\"]}"), 400, "languages[1]",
                "must be a BCP-47 language tag, e.g. es, pt-BR, zh-Hant (was \"spanish!\")");
        expectError(patch(channel, "{\"languages\": \"es\"}"), 400, "languages", "must be a list of BCP-47 language tags");
        expectError(patch(channel, "{\"languages\": [\"en\"]}"), 400, "languages[0]", "every upload's default language");
        assertThat(growth(channelId)).as("a refused change changes nothing").isEqualTo("3/{es,pt-BR,ja}");

        JsonNode studios = json.readTree(patch(channel, "{\"shorts_per_video\": null, \"languages\": null}").getBody());
        assertThat(studios.get("shorts_per_video").isNull()).as("null: the studio's setting again").isTrue();
        assertThat(studios.get("languages").isNull()).isTrue();
        assertThat(json.readTree(patch(channel, "{\"languages\": []}").getBody()).get("languages").toString())
                .as("none: this channel's uploads carry no other language").isEqualTo("[]");
    }

    private String growth(String channelId) {
        return jdbc.queryForObject("SELECT COALESCE(CAST(shorts_per_video AS TEXT), 'null') || '/' || COALESCE(CAST(languages AS TEXT), 'null') "
                + "FROM channels WHERE id = CAST(? AS uuid)", String.class, channelId);
    }

    @Test
    void aChannelsBudgetIsSetByPatchAndItsOwnGetShowsTheMonthsSpend() throws Exception {
        String channelId = newChannel("Budgeted", "Lo-Fi");
        String channel = "/api/channels/" + channelId;
        for (String[] spent : new String[][] {{"mubert", "1.25", "CURRENT_TIMESTAMP"}, {"gemini", "0.5", "CURRENT_TIMESTAMP"},
                {"mubert", "9", "date_trunc('month', CURRENT_TIMESTAMP AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' - INTERVAL '1 second'"}}) {
            jdbc.update("INSERT INTO provider_costs (channel_id, provider, asset, quantity, unit, cost_usd, recorded_at) "
                    + "VALUES (CAST(? AS uuid), ?, 'track', 1, 'per-track', CAST(? AS NUMERIC), " + spent[2] + ")",
                    channelId, spent[0], spent[1]);
        }

        ResponseEntity<String> budgeted = patch(channel, "{\"monthly_budget_usd\": 25.5}");
        assertThat(budgeted.getStatusCode().value()).as(budgeted.getBody()).isEqualTo(200);
        assertThat(json.readTree(budgeted.getBody()).get("monthly_budget_usd").decimalValue()).isEqualByComparingTo("25.50");

        JsonNode shown = json.readTree(get(channel).getBody());
        assertThat(shown.get("name").asText()).isEqualTo("Budgeted");
        assertThat(shown.get("monthly_budget_usd").decimalValue()).isEqualByComparingTo("25.5");
        JsonNode month = shown.get("this_month");
        assertThat(month.get("month").asText()).isEqualTo(java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString());
        assertThat(month.get("spent_usd").decimalValue()).as("this month's, not last month's").isEqualByComparingTo("1.75");
        assertThat(month.at("/by_provider/mubert").decimalValue()).isEqualByComparingTo("1.25");
        assertThat(month.at("/by_provider/gemini").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(month.get("budget_left_usd").decimalValue()).isEqualByComparingTo("23.75");

        expectError(patch(channel, "{\"monthly_budget_usd\": -1}"), 400, "monthly_budget_usd",
                "must be US dollars from 0 to 9999999999.99, or null for no budget (was -1)");
        expectError(patch(channel, "{\"monthly_budget_usd\": \"ten\"}"), 400, "monthly_budget_usd", "(was \"ten\")");
        assertThat(json.readTree(patch(channel, "{\"monthly_budget_usd\": null}").getBody()).get("monthly_budget_usd").isNull())
                .as("null: no budget").isTrue();
        assertThat(json.readTree(get(channel).getBody()).at("/this_month/budget_left_usd").isNull()).isTrue();
        expectError(get("/api/channels/" + UUID.randomUUID()), 404, null, "does not exist");
        expectError(get("/api/channels/not-a-uuid"), 400, "id", "must be a UUID");
    }

    private String row(String channelId) {
        return jdbc.queryForObject("SELECT is_active || '/' || COALESCE(render_motion, 'null') FROM channels WHERE id = CAST(? AS uuid)",
                String.class, channelId);
    }

    private ResponseEntity<String> patch(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return operator().exchange(path, HttpMethod.PATCH, new HttpEntity<>(body, headers), String.class);
    }

    private void expectError(ResponseEntity<String> response, int status, String field, String rule) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.get("error").asText()).contains(rule);
        if (field != null) {
            assertThat(body.get("field").asText()).isEqualTo(field);
        }
    }

    private ResponseEntity<String> post(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return operator().postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    /** A channel registered through the API: its id. */
    private String newChannel(String name, String brandNiche) throws Exception {
        return json.readTree(post("/api/channels", "{\"name\": \"" + name + "\", \"brand_niche\": \"" + brandNiche + "\"}")
                .getBody()).get("id").asText();
    }

    private ResponseEntity<String> get(String path) {
        return operator().getForEntity(path, String.class);
    }

    private TestRestTemplate operator() {
        return http.withBasicAuth("operator", "test-operator-secret");
    }
}
