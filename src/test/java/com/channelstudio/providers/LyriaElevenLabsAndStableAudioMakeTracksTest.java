package com.channelstudio.providers;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.channelstudio.jobs.AssetFailure;
import com.channelstudio.jobs.VideoJob;
import com.channelstudio.media.MediaProbe;
import com.channelstudio.music.TrackOrder;
import com.channelstudio.support.Jobs;
import com.channelstudio.support.MusicApiStubs;
import com.channelstudio.support.MusicApiStubs.Api;
import com.channelstudio.support.ProviderJobs;
import com.channelstudio.support.ProviderStubs;
import com.channelstudio.support.ProviderStubsTest;
import com.channelstudio.support.TestOutput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Lyria, ElevenLabs and Stable Audio behind stubs shaped like their references: each provider's route makes one
 * track as the music stage asks it to (its route, a job and a track order), in one call when the track is no longer
 * than one generation and from several clips joined with crossfades when it is; each call is recorded with its cost;
 * a refusal ends the track at once, an answer without usable audio after the retries, each naming the provider and
 * what to do. In this context the providers' generations last 1 s at most (200 s before the tests' time scale).
 */
@ProviderStubsTest
class LyriaElevenLabsAndStableAudioMakeTracksTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ProducerTemplate camel;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MediaProbe probe;

    Path folder = TestOutput.newFolder();

    @Test
    void lyriaIsAskedThroughTheGeminiApiWithTheImageProvidersKeyForAnInstrumentalOfTheTracksLength() throws Exception {
        String marker = marker();
        Made made = make(Api.LYRIA, order(marker, 0.9));

        assertThat(made.failure()).isNull();
        JsonNode request = JSON.readTree(onlyRequest(Api.LYRIA, marker).getBodyAsString());
        assertThat(request.at("/contents/0/parts/0/text").asText()).contains(marker)
                .endsWith("Instrumental only, no vocals. Length: about 1 seconds.");
        assertThat(request.at("/generationConfig/responseModalities").toString()).isEqualTo("[\"AUDIO\",\"TEXT\"]");
        assertThat(made.trackId()).startsWith("lyria-");
        assertThat(made.licence()).isEqualTo("https://ai.google.dev/gemini-api/terms");
        assertThat(seconds(made.order().partial())).isCloseTo(MusicApiStubs.CLIP_SECONDS, within(0.01));
    }

    @Test
    void elevenLabsIsAskedForAnInstrumentalOfExactlyTheTracksLength() throws Exception {
        String marker = marker();
        Made made = make(Api.ELEVENLABS, order(marker, 0.9));

        assertThat(made.failure()).isNull();
        LoggedRequest call = onlyRequest(Api.ELEVENLABS, marker);
        assertThat(call.queryParameter("output_format").firstValue()).isEqualTo("mp3_44100_128");
        JsonNode request = JSON.readTree(call.getBodyAsString());
        assertThat(request.path("music_length_ms").asLong()).isEqualTo(900);
        assertThat(request.path("force_instrumental").asBoolean()).isTrue();
        assertThat(request.path("model_id").asText()).isEqualTo("music_v1");
        assertThat(request.path("prompt").asText()).contains(marker);
        assertThat(made.trackId()).hasSize(20);
        assertThat(made.licence()).isEqualTo("https://elevenlabs.io/music-terms");
    }

    @Test
    void stableAudioIsSentAFormWithTheDurationStepsAndOutputFormat() {
        String marker = marker();
        Made made = make(Api.STABLE_AUDIO, order(marker, 0.9));

        assertThat(made.failure()).isNull();
        LoggedRequest call = onlyRequest(Api.STABLE_AUDIO, marker);
        assertThat(call.getHeader("Accept")).isEqualTo("audio/*");
        assertThat(call.getBodyAsString()).contains(field("duration", "1"), field("steps", "8"), field("output_format", "mp3"),
                field("model", "stable-audio-2.5"), "name=\"prompt\"");
        assertThat(made.trackId()).startsWith("seed-");
        assertThat(made.licence()).isEqualTo("https://platform.stability.ai/docs/terms-of-service");
    }

    /**
     * 2.5 s is three generations of at most 1 s overlapping by the crossfade (2 s, 0.01 s here): each asked for its
     * share, joined into one WAV cut to the length asked for, the clips' files gone, every clip's call costed.
     */
    @ParameterizedTest
    @EnumSource(Api.class)
    void aTrackLongerThanOneGenerationIsJoinedFromClips(Api api) throws Exception {
        String marker = marker();
        Made made = make(api, order(marker, 2.5));

        assertThat(made.failure()).isNull();
        Path track = made.order().partial();
        assertThat(new String(Files.readAllBytes(track), 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(seconds(track)).isCloseTo(2.5, within(0.002));
        assertThat(made.trackId().split("\\+")).hasSize(3);
        try (Stream<Path> files = Files.list(track.getParent())) {
            assertThat(files.map(Path::toString).filter(name -> name.contains(".clip"))).isEmpty();
        }
        List<Map<String, Object>> costs = costs(made.job());
        assertThat(costs).as("one billed call per clip").hasSize(3).allSatisfy(cost -> {
            assertThat(cost.get("provider")).isEqualTo(api.provider());
            assertThat(cost.get("asset")).isEqualTo("track");
            assertThat(cost.get("order_index")).isEqualTo(7);
        });
        BigDecimal spent = costs.stream().map(cost -> (BigDecimal) cost.get("cost_usd")).reduce(BigDecimal.ZERO, BigDecimal::add);
        switch (api) {
            case LYRIA -> assertThat(spent).isEqualByComparingTo("0.24");      // 3 songs at $0.08
            case STABLE_AUDIO -> assertThat(spent).isEqualByComparingTo("0.60"); // 3 generations at $0.20
            // the minutes asked for, 0.84 + 0.84 + 0.52 s (the last only what is missing), at $0.30 a minute
            case ELEVENLABS -> assertThat(spent.doubleValue()).isCloseTo(2.2 / 60 * 0.30, within(0.00005));
        }
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(Api.LYRIA, "bad key", Api.LYRIA.badKey(), new String[] {"Lyria answered HTTP 400",
                        "INVALID_ARGUMENT: API key not valid. Please pass a valid API key"}),
                Arguments.of(Api.LYRIA, "content refused", Api.LYRIA.contentRefused(),
                        new String[] {"Lyria answered without audio (finish reason PROHIBITED_CONTENT)"}),
                Arguments.of(Api.ELEVENLABS, "quota", Api.ELEVENLABS.quotaSpent(), new String[] {"ElevenLabs answered HTTP 401",
                        "quota_exceeded: This request exceeds your quota of 10000"}),
                Arguments.of(Api.ELEVENLABS, "bad key", Api.ELEVENLABS.badKey(),
                        new String[] {"ElevenLabs answered HTTP 401", "invalid_api_key: Invalid API key"}),
                Arguments.of(Api.ELEVENLABS, "content refused", Api.ELEVENLABS.contentRefused(),
                        new String[] {"ElevenLabs answered HTTP 400", "bad_prompt: The prompt references copyrighted material"}),
                Arguments.of(Api.STABLE_AUDIO, "credits", Api.STABLE_AUDIO.quotaSpent(), new String[] {
                        "Stable Audio answered HTTP 402", "payment_required: You lack sufficient credits"}),
                Arguments.of(Api.STABLE_AUDIO, "bad key", Api.STABLE_AUDIO.badKey(),
                        new String[] {"Stable Audio answered HTTP 401", "unauthorized: authorization: invalid or missing API key"}),
                Arguments.of(Api.STABLE_AUDIO, "content refused", Api.STABLE_AUDIO.contentRefused(), new String[] {
                        "Stable Audio answered HTTP 403", "content_moderation: Your request was flagged by our content moderation"}));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("refusals")
    void aRefusalEndsTheTrackAtOnceNamingTheProviderItsCodeAndWhatToDo(Api api, String refusal, ResponseDefinitionBuilder answer,
            String[] expected) {
        String marker = marker();
        MusicApiStubs.answer(api, marker, answer);

        Made made = make(api, order(marker, 0.9));

        assertThat(made.failure()).isInstanceOf(AssetFailure.class).hasMessageContainingAll(expected);
        assertThat(((AssetFailure) made.failure()).item()).isEqualTo("track 7 of 20");
        assertThat(((AssetFailure) made.failure()).remedy()).contains(api == Api.LYRIA && refusal.equals("content refused")
                ? "Reword music prompt 7" : "studio.providers." + api.provider());
        assertThat(ProviderStubs.count(postRequestedFor(urlPathEqualTo(api.path())).withRequestBody(containing(marker))))
                .as("not retried").isEqualTo(1);
        assertThat(costs(made.job())).as("nothing made, nothing billed").isEmpty();
        for (String secret : ProviderStubs.SECRETS) {
            assertThat(made.failure().getMessage()).doesNotContain(secret);
        }
    }

    @Test
    void lyriasQuotaAnswerIsWaitedOutAsItsRetryDelaySays() {
        String marker = marker();
        MusicApiStubs.answer(Api.LYRIA, marker, Api.LYRIA.quotaSpent(), Api.LYRIA.audio(MusicApiStubs.clip()));

        Made made = make(Api.LYRIA, order(marker, 0.9));

        assertThat(made.failure()).isNull();
        assertThat(ProviderStubs.count(postRequestedFor(urlPathEqualTo(Api.LYRIA.path())).withRequestBody(containing(marker))))
                .isEqualTo(2);
        assertThat(costs(made.job())).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Api.class)
    void anAnswerWithoutUsableAudioIsAskedAgainThenFailsTheTrackNamingTheProvider(Api api) {
        String marker = marker();
        MusicApiStubs.answer(api, marker, api.noAudio());

        Made made = make(api, order(marker, 0.9));

        String label = switch (api) {
            case LYRIA -> "Lyria";
            case ELEVENLABS -> "ElevenLabs";
            case STABLE_AUDIO -> "Stable Audio";
        };
        assertThat(made.failure()).isInstanceOf(ProviderUnavailableException.class)
                .hasMessageStartingWith(label + " delivered a file that does not decode: ");
        assertThat(((AssetFailure) made.failure()).remedy()).isEqualTo(label
                + " kept failing after the configured attempts (studio.providers.retry); retry the job later");
        assertThat(ProviderStubs.count(postRequestedFor(urlPathEqualTo(api.path())).withRequestBody(containing(marker))))
                .as("the first call and studio.providers.retry.max-retries more").isEqualTo(4);
        assertThat(made.order().partial()).doesNotExist();
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    /** What a provider's route did with one track order: the exchange's outcome, and what the stage would record. */
    record Made(VideoJob job, TrackOrder order, Exception failure, String trackId, String licence) {}

    private Made make(Api api, TrackOrder order) {
        VideoJob job = job(order.jobId());
        Exchange done = camel.send("direct:compose-track-" + api.provider(), exchange -> {
            exchange.setProperty("job", job);
            exchange.getIn().setBody(order);
        });
        return new Made(job, order, done.getException(), done.getMessage().getHeader("providerTrackId", String.class),
                done.getMessage().getHeader("licenseDocumentUrl", String.class));
    }

    /** Track 7 of a job no stage picks up, its prompt holding the marker, asked for this many seconds. */
    private TrackOrder order(String marker, double seconds) {
        UUID job = new Jobs(jdbc).parked(ProviderJobs.prompts(marker), folder);
        return new TrackOrder(job, 7, "Elegant waltz (" + marker + ") with strings and piano. Tempo: 92 BPM.", seconds,
                folder.resolve("audio").resolve("07.wav"));
    }

    private VideoJob job(UUID id) {
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM video_jobs WHERE id = ?", id);
        return new VideoJob(id, (UUID) row.get("channel_id"), "generating_music", (String) row.get("niche_label"),
                (String) row.get("mood_keywords"), 60, String.valueOf(row.get("prompts_json")), folder.toString(), null);
    }

    private List<Map<String, Object>> costs(VideoJob job) {
        return jdbc.queryForList("SELECT * FROM provider_costs WHERE video_job_id = ? ORDER BY recorded_at", job.id());
    }

    private static LoggedRequest onlyRequest(Api api, String marker) {
        List<LoggedRequest> requests = ProviderStubs.server().findAll(postRequestedFor(urlPathEqualTo(api.path()))
                .withRequestBody(containing(marker)));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    private double seconds(Path audio) {
        return probe.audioSamples(audio) / (double) MediaProbe.SAMPLE_RATE;
    }

    private static String field(String name, String value) {
        return "name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private static String marker() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
