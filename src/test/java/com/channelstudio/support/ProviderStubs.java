package com.channelstudio.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.channelstudio.images.painter.Painter;
import com.channelstudio.media.FfmpegLocator;
import com.channelstudio.music.synth.Synthesizer;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One WireMock server for all provider tests, stubbed as each provider's API reference shapes its API: paths, auth
 * headers, bodies and status sequences. The default stubs make every request succeed (asynchronous ones after a
 * pending poll); {@link #async} and {@link #gemini} add stubs for one marker that appears in an order's prompt,
 * so a test can give a single track or image its own fault without disturbing any other.
 */
public final class ProviderStubs implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String MUBERT_COMPANY = "mubert-company-SECRET-1111";
    public static final String MUBERT_LICENSE = "mubert-license-SECRET-2222";
    public static final String MUBERT_ACCESS = "mubert-access-SECRET-3333";
    public static final String BEATOVEN_KEY = "beatoven-key-SECRET-4444";
    public static final String LEONARDO_KEY = "leonardo-key-SECRET-5555";
    public static final String GEMINI_KEY = "gemini-key-SECRET-6666";
    public static final String LLM_KEY = "llm-key-SECRET-7777";
    public static final List<String> SECRETS = List.of(MUBERT_COMPANY, MUBERT_LICENSE, MUBERT_ACCESS, BEATOVEN_KEY,
            LEONARDO_KEY, GEMINI_KEY, LLM_KEY, MusicApiStubs.ELEVENLABS_KEY, MusicApiStubs.STABILITY_KEY);
    public static final String LEONARDO_MODEL = "de7d3faf-762f-48e0-b3b7-9d0ac3a3fcf3";
    public static final String GEMINI_MODEL = "gemini-test-image";
    static final int DEFAULTS = 10;
    static final int MARKED = 1;

    private static WireMockServer server;
    static byte[] track;
    /** 0.5 s of MP3: a track far shorter than any order asks for. */
    static byte[] shortTrack;
    static byte[] picture;
    static byte[] png;

    public static synchronized WireMockServer server() {
        if (server == null) {
            server = new WireMockServer(options().dynamicPort().containerThreads(40));
            server.start();
        }
        return server;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String base = server().baseUrl();
        String llm = context.getEnvironment().getProperty("studio.music.provider", "mubert").equals("mubert")
                ? base + "/v1/chat/completions" : base + "/v1beta/openai/chat/completions";
        TestPropertyValues.of(
                "studio.providers.mubert.base-url=" + base + "/api/v3",
                "studio.providers.beatoven.base-url=" + base,
                "studio.providers.leonardo.base-url=" + base + "/api/rest/v1",
                "studio.providers.gemini.base-url=" + base + "/v1beta",
                "studio.providers.lyria.base-url=" + base + "/v1beta",
                "studio.providers.elevenlabs.base-url=" + base,
                "studio.providers.stableaudio.base-url=" + base,
                "studio.llm.base-url=" + llm).applyTo(context);
    }

    /** Makes the files the stubs serve (short MP3s, a JPEG, a PNG) and the default stubs, once. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Media {
        public Media(Synthesizer synthesizer, Painter painter, FfmpegLocator ffmpeg) throws Exception {
            synchronized (ProviderStubs.class) {
                if (track == null) {
                    Path folder = Files.createDirectories(Path.of("target/provider-stubs"));
                    synthesizer.compose("Calm piano piece. Tempo: 80 BPM.", 0.9, 7, folder.resolve("track.wav"));
                    synthesizer.compose("Calm piano piece. Tempo: 80 BPM.", 1.0, 8, folder.resolve("clip.wav"));
                    synthesizer.compose("Calm piano piece. Tempo: 80 BPM.", 0.5, 9, folder.resolve("short.wav"));
                    painter.paint("16:9 background of a quiet valley", 7, 640, 360, folder.resolve("image.png"));
                    convert(ffmpeg.executable(), folder.resolve("track.wav"), folder.resolve("track.mp3"), "-b:a", "128k");
                    convert(ffmpeg.executable(), folder.resolve("clip.wav"), folder.resolve("clip.mp3"), "-b:a", "128k");
                    convert(ffmpeg.executable(), folder.resolve("short.wav"), folder.resolve("short.mp3"), "-b:a", "128k");
                    convert(ffmpeg.executable(), folder.resolve("image.png"), folder.resolve("image.jpg"), "-q:v", "4");
                    track = Files.readAllBytes(folder.resolve("track.mp3"));
                    shortTrack = Files.readAllBytes(folder.resolve("short.mp3"));
                    MusicApiStubs.clip = Files.readAllBytes(folder.resolve("clip.mp3"));
                    picture = Files.readAllBytes(folder.resolve("image.jpg"));
                    png = Files.readAllBytes(folder.resolve("image.png"));
                    defaults();
                }
            }
        }

        private static void convert(String ffmpeg, Path in, Path out, String... options) throws IOException, InterruptedException {
            List<String> command = new java.util.ArrayList<>(List.of(ffmpeg, "-nostdin", "-v", "error", "-y", "-i", in.toString()));
            command.addAll(List.of(options));
            command.add(out.toString());
            if (new ProcessBuilder(command).inheritIO().start().waitFor() != 0) {
                throw new IOException("FFmpeg could not make " + out);
            }
        }
    }

    // ---- what the APIs answer -------------------------------------------------------------------------------

    /** The three asynchronous APIs, as the steps a test can give a fault: create, poll, download. */
    public enum Api {
        MUBERT, BEATOVEN, LEONARDO;

        MappingBuilder create() {
            return switch (this) {
                case MUBERT -> post(urlEqualTo("/api/v3/public/tracks"))
                        .withHeader("customer-id", equalTo("acc-1")).withHeader("access-token", equalTo(MUBERT_ACCESS));
                case BEATOVEN -> post(urlEqualTo("/api/v1/tracks/compose"))
                        .withHeader("Authorization", equalTo("Bearer " + BEATOVEN_KEY));
                case LEONARDO -> post(urlEqualTo("/api/rest/v1/generations"))
                        .withHeader("Authorization", equalTo("Bearer " + LEONARDO_KEY));
            };
        }

        public String createPath() {
            return switch (this) {
                case MUBERT -> "/api/v3/public/tracks";
                case BEATOVEN -> "/api/v1/tracks/compose";
                case LEONARDO -> "/api/rest/v1/generations";
            };
        }

        public String pollPath(String id) {
            return switch (this) {
                case MUBERT -> "/api/v3/public/tracks/" + id;
                case BEATOVEN -> "/api/v1/tasks/" + id;
                case LEONARDO -> "/api/rest/v1/generations/" + id;
            };
        }

        MappingBuilder poll(String idPattern) {
            return switch (this) {
                case MUBERT -> get(urlPathMatching(pollPath(idPattern)))
                        .withHeader("customer-id", equalTo("acc-1")).withHeader("access-token", equalTo(MUBERT_ACCESS));
                case BEATOVEN -> get(urlPathMatching(pollPath(idPattern)))
                        .withHeader("Authorization", equalTo("Bearer " + BEATOVEN_KEY));
                case LEONARDO -> get(urlPathMatching(pollPath(idPattern)))
                        .withHeader("Authorization", equalTo("Bearer " + LEONARDO_KEY));
            };
        }

        ResponseDefinitionBuilder created(String id) {
            return switch (this) {
                case MUBERT -> okJson("{\"data\":{\"id\":\"" + id + "\",\"session_id\":\"s-" + id + "\",\"playlist_index\":null,"
                        + "\"prompt\":\"...\",\"duration\":5,\"intensity\":\"medium\",\"mode\":\"track\",\"key\":null,\"bpm\":null,"
                        + "\"created_at\":\"2026-11-25T10:00:00Z\"}}");
                case BEATOVEN -> okJson("{\"status\":\"started\",\"task_id\":\"" + id + "\"}");
                case LEONARDO -> okJson("{\"sdGenerationJob\":{\"generationId\":\"" + id + "\",\"apiCreditCost\":8}}");
            };
        }

        List<ResponseDefinitionBuilder> pending() {
            return switch (this) {
                case MUBERT -> List.of(okJson("{\"data\":{\"id\":\"x\",\"generations\":[{\"session_id\":\"s\",\"format\":\"mp3\","
                        + "\"bitrate\":128,\"status\":\"processing\",\"url\":null}]}}"));
                case BEATOVEN -> List.of(okJson("{\"status\":\"composing\"}"), okJson("{\"status\":\"running\"}"));
                case LEONARDO -> List.of(okJson("{\"generations_by_pk\":{\"id\":\"x\",\"status\":\"PENDING\",\"generated_images\":[]}}"));
            };
        }

        ResponseDefinitionBuilder done(String fileUrl) {
            return switch (this) {
                case MUBERT -> okJson("{\"data\":{\"id\":\"x\",\"generations\":[{\"session_id\":\"s\",\"format\":\"mp3\","
                        + "\"bitrate\":128,\"status\":\"done\",\"url\":\"" + fileUrl + "\",\"expired_at\":\"2026-11-26T10:00:00Z\"}]}}");
                case BEATOVEN -> okJson("{\"status\":\"composed\",\"meta\":{\"project_id\":\"p-1\",\"track_id\":\"bt-track\","
                        + "\"prompt\":{\"text\":\"...\"},\"version\":1,\"track_url\":\"" + fileUrl + "\",\"stems_url\":{}}}");
                case LEONARDO -> okJson("{\"generations_by_pk\":{\"id\":\"x\",\"status\":\"COMPLETE\",\"modelId\":\"" + LEONARDO_MODEL
                        + "\",\"generated_images\":[{\"id\":\"leo-image\",\"url\":\"" + fileUrl + "\",\"nsfw\":false}]}}");
            };
        }

        ResponseDefinitionBuilder failed() {
            return switch (this) {
                case MUBERT -> okJson("{\"data\":{\"id\":\"x\",\"generations\":[{\"session_id\":\"s\",\"status\":\"failed\",\"url\":null}]}}");
                case BEATOVEN -> okJson("{\"status\":\"failed\"}");
                case LEONARDO -> okJson("{\"generations_by_pk\":{\"id\":\"x\",\"status\":\"FAILED\",\"generated_images\":[]}}");
            };
        }

        /**
         * What each answers when the account may not do this; Mubert's quota is a 403 with a code. Mubert's and
         * Leonardo's echo a credential: the one the studio was given, and the token it obtained while running.
         */
        ResponseDefinitionBuilder refusal() {
            return switch (this) {
                case MUBERT -> aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":\"LicenseLimitTracksCount\",\"message\":\"Daily tracks limit reached (customer token "
                                + MUBERT_ACCESS + ")\",\"description\":null,\"type\":\"daily\",\"tracks_count\":10,\"tracks_count_limit\":10}");
                case BEATOVEN -> aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"detail\":\"Invalid api key, access denied\"}");
                case LEONARDO -> aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"Authentication hook unauthorized this request (key " + LEONARDO_KEY + ")\","
                                + "\"path\":\"$\",\"code\":\"access-denied\"}");
            };
        }

        public String fileExtension() {
            return this == LEONARDO ? "jpg" : "mp3";
        }

        byte[] file() {
            return this == LEONARDO ? picture : track;
        }
    }

    /** The fault matrix of the issue, for one order of one provider. */
    public enum Fault {
        NONE(true), TOO_MANY_REQUESTS(true), SERVER_ERROR(true), HANG(true), MALFORMED_JSON(true),
        TRUNCATED_DOWNLOAD(true), FAILED_STATUS(false), REFUSED(false);

        public final boolean recovers;

        Fault(boolean recovers) {
            this.recovers = recovers;
        }
    }

    private static void defaults() {
        WireMockServer wm = server();
        String base = wm.baseUrl();
        wm.stubFor(post(urlEqualTo("/api/v3/service/customers")).atPriority(DEFAULTS)
                .withHeader("company-id", equalTo(MUBERT_COMPANY)).withHeader("license-token", equalTo(MUBERT_LICENSE))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.custom_id"))
                .willReturn(okJson("{\"id\":\"cust-1\",\"company_id\":\"company\",\"custom_id\":\"channel-studio\","
                        + "\"status\":\"active\",\"access\":{\"id\":\"acc-1\",\"customer_id\":\"cust-1\",\"license_id\":\"lic-1\","
                        + "\"token\":\"" + MUBERT_ACCESS + "\",\"expired_at\":\"2027-11-25T00:00:00Z\"}}")));
        for (Api api : Api.values()) {
            String ext = api.fileExtension();
            wm.stubFor(api.create().atPriority(DEFAULTS).willReturn(api.created("{{randomValue type='UUID'}}" + (api == Api.BEATOVEN ? "_1" : ""))
                    .withTransformers("response-template")));
            // Done at the first poll: a scenario shared by concurrent polls of different orders raced (a 404 now and
            // then); the pending answers are exercised by each marked order's own sequence.
            wm.stubFor(api.poll("[^/]+").atPriority(DEFAULTS).willReturn(api.done(base + "/files/default." + ext)));
            wm.stubFor(get(urlEqualTo("/files/default." + ext)).atPriority(DEFAULTS)
                    .willReturn(aResponse().withHeader("Content-Type", ext.equals("jpg") ? "image/jpeg" : "audio/mpeg")
                            .withBody(api.file())));
        }
        wm.stubFor(geminiCall().atPriority(DEFAULTS).willReturn(geminiImage(png)));
        MusicApiStubs.defaults();
    }

    // ---- a marker's own stubs --------------------------------------------------------------------------------

    /** Mubert for the track whose prompt holds {@code marker}: done at once, its file far shorter than any order asks. */
    public static void shortMubertTrack(String marker) {
        Api api = Api.MUBERT;
        String path = "/files/" + marker + ".mp3";
        server().stubFor(api.create().atPriority(MARKED).withRequestBody(containing(marker)).willReturn(api.created(marker)));
        server().stubFor(api.poll(marker).atPriority(MARKED).willReturn(api.done(server().baseUrl() + path)));
        server().stubFor(get(urlEqualTo(path)).atPriority(MARKED).willReturn(aResponse().withBody(shortTrack)));
    }

    /** Stubs for the order whose prompt holds {@code marker}: its id is the marker, its file /files/marker. */
    public static void async(Api api, String marker, Fault fault) {
        String base = server().baseUrl();
        String fileUrl = base + "/files/" + marker + "." + api.fileExtension();
        ResponseDefinitionBuilder created = api.created(marker);
        List<ResponseDefinitionBuilder> create = switch (fault) {
            case TOO_MANY_REQUESTS -> List.of(aResponse().withStatus(429).withHeader("Retry-After", "1")
                    .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Too Many Requests\"}"), created);
            case SERVER_ERROR -> List.of(aResponse().withStatus(500).withBody("upstream broke"), created);
            case HANG -> List.of(api.created(marker).withFixedDelay(3000), created);
            case REFUSED -> List.of(api.refusal());
            default -> List.of(created);
        };
        List<ResponseDefinitionBuilder> poll = new java.util.ArrayList<>();
        if (fault == Fault.MALFORMED_JSON) {
            poll.add(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"data\": {\"gener"));
        }
        poll.addAll(api.pending());
        poll.add(fault == Fault.FAILED_STATUS ? api.failed() : api.done(fileUrl));
        ResponseDefinitionBuilder file = aResponse().withBody(api.file());
        List<ResponseDefinitionBuilder> download = fault == Fault.TRUNCATED_DOWNLOAD
                ? List.of(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.MALFORMED_RESPONSE_CHUNK), file)
                : List.of(file);
        sequence(marker + "-create", () -> api.create().atPriority(MARKED).withRequestBody(containing(marker)), create);
        sequence(marker + "-poll", () -> api.poll(marker).atPriority(MARKED), poll);
        sequence(marker + "-file", () -> get(urlEqualTo("/files/" + marker + "." + api.fileExtension())).atPriority(MARKED), download);
    }

    /**
     * Leonardo for the image whose prompt holds {@code marker}: its generation's poll is answered {@code poll} (null: done
     * at once) and its file is served as {@code file}.
     */
    public static void leonardo(String marker, ResponseDefinitionBuilder poll, ResponseDefinitionBuilder file) {
        Api api = Api.LEONARDO;
        String path = "/files/" + marker + "." + api.fileExtension();
        server().stubFor(api.create().atPriority(MARKED).withRequestBody(containing(marker)).willReturn(api.created(marker)));
        server().stubFor(api.poll(marker).atPriority(MARKED).willReturn(poll != null ? poll : api.done(server().baseUrl() + path)));
        server().stubFor(get(urlEqualTo(path)).atPriority(MARKED).willReturn(file));
    }

    /** Gemini for the image whose prompt holds {@code marker}. */
    public static void gemini(String marker, Fault fault) {
        ResponseDefinitionBuilder ok = geminiImage(png);
        List<ResponseDefinitionBuilder> answers = switch (fault) {
            case TOO_MANY_REQUESTS -> List.of(aResponse().withStatus(429).withHeader("Content-Type", "application/json").withBody(
                    "{\"error\":{\"code\":429,\"message\":\"Resource has been exhausted (e.g. check quota).\",\"status\":"
                            + "\"RESOURCE_EXHAUSTED\",\"details\":[{\"@type\":\"type.googleapis.com/google.rpc.RetryInfo\","
                            + "\"retryDelay\":\"1s\"}]}}"), ok);
            case SERVER_ERROR -> List.of(aResponse().withStatus(503).withHeader("Content-Type", "application/json").withBody(
                    "{\"error\":{\"code\":503,\"message\":\"The model is overloaded.\",\"status\":\"UNAVAILABLE\"}}"), ok);
            case HANG -> List.of(geminiImage(png).withFixedDelay(3000), ok);
            case MALFORMED_JSON -> List.of(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody("{\"candidates\": [{\"content\": "), ok);
            case TRUNCATED_DOWNLOAD -> List.of(geminiImage(java.util.Arrays.copyOf(png, png.length / 3)), ok);
            case FAILED_STATUS -> List.of(okJson("{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"I can't make that.\"}]},"
                    + "\"finishReason\":\"IMAGE_SAFETY\"}],\"modelVersion\":\"" + GEMINI_MODEL + "\"}"));
            case REFUSED -> List.of(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody(
                    "{\"error\":{\"code\":400,\"message\":\"API key not valid. Please pass a valid API key.\",\"status\":"
                            + "\"INVALID_ARGUMENT\"}}"));
            case NONE -> List.of(ok);
        };
        sequence(marker + "-gemini", () -> geminiCall().atPriority(MARKED).withRequestBody(containing(marker)), answers);
    }

    /** A job whose visual prompts hold this marker stops at the image stage (the provider refuses), cheaply. */
    public static void refuseImages(String marker) {
        server().stubFor(Api.LEONARDO.create().atPriority(MARKED).withRequestBody(containing(marker))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"stopped here by the test\",\"path\":\"$\",\"code\":\"test-stop\"}")));
        server().stubFor(geminiCall().atPriority(MARKED).withRequestBody(containing(marker))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"code\":400,\"message\":\"stopped here by the test\",\"status\":\"INVALID_ARGUMENT\"}}")));
    }

    /** A job whose music prompts hold this marker stops at the music stage (the provider refuses), cheaply. */
    public static void refuseMusic(String marker) {
        for (Api api : List.of(Api.MUBERT, Api.BEATOVEN)) {
            server().stubFor(api.create().atPriority(MARKED).withRequestBody(containing(marker))
                    .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                            .withBody("{\"code\":\"Forbidden\",\"message\":\"stopped here by the test\"}")));
        }
    }

    /** The chat completion answers, in turn, for requests whose text holds the marker. */
    public static void llm(String marker, List<ResponseDefinitionBuilder> answers) {
        sequence(marker + "-llm", () -> post(urlPathMatching("/v1(beta/openai)?/chat/completions")).atPriority(MARKED)
                .withHeader("Authorization", equalTo("Bearer " + LLM_KEY)).withRequestBody(containing(marker)), answers);
    }

    public static ResponseDefinitionBuilder llmAnswer(String content) {
        String escaped = content.replace("\\", "\\\\").replace("\"", "\\\"");
        return okJson("{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1764064800,\"model\":\"test-planner\","
                + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"" + escaped + "\"},"
                + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":300,\"completion_tokens\":2000,\"total_tokens\":2300}}");
    }

    public static int count(RequestPatternBuilder pattern) {
        return server().countRequestsMatching(pattern.build()).getCount();
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static MappingBuilder geminiCall() {
        return post(urlEqualTo("/v1beta/models/" + GEMINI_MODEL + ":generateContent"))
                .withHeader("x-goog-api-key", equalTo(GEMINI_KEY));
    }

    private static ResponseDefinitionBuilder geminiImage(byte[] image) {
        return okJson("{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"inlineData\":{\"mimeType\":\"image/png\","
                + "\"data\":\"" + Base64.getEncoder().encodeToString(image) + "\"}}]},\"finishReason\":\"STOP\"}],"
                + "\"usageMetadata\":{\"candidatesTokenCount\":1290},\"modelVersion\":\"" + GEMINI_MODEL + "\",\"responseId\":\"gem-resp-1\"}");
    }

    /** Answers in turn; the last one repeats. */
    static void sequence(String scenario, Supplier<MappingBuilder> request, List<ResponseDefinitionBuilder> answers) {
        Function<Integer, String> state = i -> i == 0 ? Scenario.STARTED : "step " + i;
        for (int i = 0; i < answers.size(); i++) {
            ScenarioMappingBuilder mapping = request.get().inScenario(scenario).whenScenarioStateIs(state.apply(i));
            if (i + 1 < answers.size()) {
                mapping = mapping.willSetStateTo(state.apply(i + 1));
            }
            server().stubFor(mapping.willReturn(answers.get(i)));
        }
    }
}
