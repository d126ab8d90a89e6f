package com.channelstudio.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The music APIs that make a track, or a clip of one, in one call, on the provider stubs' WireMock server, shaped as
 * their references shape them (docs/providers.md): Lyria through the Gemini API (the audio as base64 in the answer of
 * generateContent, beside its lyrics as text), ElevenLabs Music (the answer is the MP3, named by its song-id header)
 * and Stable Audio (a multipart form in, the MP3 out, its seed in a header); each with its documented errors. By
 * default every call answers a 1-second clip; {@link #answer} gives the calls whose request holds a marker their own
 * answers, in turn.
 */
public final class MusicApiStubs {

    public static final String LYRIA_MODEL = "lyria-test-pro";
    public static final String ELEVENLABS_KEY = "elevenlabs-key-SECRET-8888";
    public static final String STABILITY_KEY = "stability-key-SECRET-9999";
    /** What the stubs' clip lasts: 1 s of MP3. */
    public static final double CLIP_SECONDS = 1.0;

    static byte[] clip;

    private MusicApiStubs() {}

    public enum Api {
        LYRIA, ELEVENLABS, STABLE_AUDIO;

        /** The provider's name in the settings and the cost records. */
        public String provider() {
            return switch (this) {
                case LYRIA -> "lyria";
                case ELEVENLABS -> "elevenlabs";
                case STABLE_AUDIO -> "stableaudio";
            };
        }

        public String path() {
            return switch (this) {
                case LYRIA -> "/v1beta/models/" + LYRIA_MODEL + ":generateContent";
                case ELEVENLABS -> "/v1/music";
                case STABLE_AUDIO -> "/v2beta/audio/stable-audio-2/text-to-audio";
            };
        }

        /** The call, with the credentials it must carry (Lyria: the Gemini key, which it shares). */
        MappingBuilder call() {
            return switch (this) {
                case LYRIA -> post(urlEqualTo(path())).withHeader("x-goog-api-key", equalTo(ProviderStubs.GEMINI_KEY));
                case ELEVENLABS -> post(urlPathEqualTo(path())).withHeader("xi-api-key", equalTo(ELEVENLABS_KEY));
                case STABLE_AUDIO -> post(urlEqualTo(path())).withHeader("Authorization", equalTo("Bearer " + STABILITY_KEY))
                        .withHeader("Content-Type", containing("multipart/form-data; boundary="));
            };
        }

        /** A successful answer carrying these audio bytes. */
        public ResponseDefinitionBuilder audio(byte[] mp3) {
            return switch (this) {
                case LYRIA -> okJson("{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"[Intro] soft piano\\n"
                        + "[Theme] strings join\"},{\"inlineData\":{\"mimeType\":\"audio/mpeg\",\"data\":\""
                        + Base64.getEncoder().encodeToString(mp3) + "\"}}]},\"finishReason\":\"STOP\",\"index\":0}],"
                        + "\"usageMetadata\":{\"promptTokenCount\":31,\"totalTokenCount\":31},\"modelVersion\":\"" + LYRIA_MODEL
                        + "\",\"responseId\":\"lyria-resp-1\"}");
                case ELEVENLABS -> aResponse().withHeader("Content-Type", "audio/mpeg")
                        .withHeader("song-id", "{{randomValue length=20 type='ALPHANUMERIC'}}").withBody(mp3)
                        .withTransformers("response-template");
                case STABLE_AUDIO -> aResponse().withHeader("Content-Type", "audio/mpeg").withHeader("finish-reason", "SUCCESS")
                        .withHeader("seed", "{{randomInt lower=0 upper=2000000000}}").withBody(mp3)
                        .withTransformers("response-template");
            };
        }

        /** A 200 whose audio is not audio: a text where the MP3 should be (Lyria, Stable Audio), nothing at all (ElevenLabs). */
        public ResponseDefinitionBuilder noAudio() {
            return switch (this) {
                case LYRIA, STABLE_AUDIO -> audio("{\"note\":\"this is no audio\"}".getBytes(StandardCharsets.UTF_8));
                case ELEVENLABS -> aResponse().withHeader("Content-Type", "audio/mpeg").withHeader("song-id", "empty-song")
                        .withBody(new byte[0]);
            };
        }

        /** The account's quota or credits are spent. */
        public ResponseDefinitionBuilder quotaSpent() {
            return switch (this) {
                case LYRIA -> json(429, "{\"error\":{\"code\":429,\"message\":\"Resource has been exhausted (e.g. check quota).\","
                        + "\"status\":\"RESOURCE_EXHAUSTED\",\"details\":[{\"@type\":\"type.googleapis.com/google.rpc.QuotaFailure\","
                        + "\"violations\":[{\"quotaMetric\":\"generativelanguage.googleapis.com/generate_requests_per_model\","
                        + "\"quotaId\":\"GenerateRequestsPerMinutePerProjectPerModel\"}]},{\"@type\":"
                        + "\"type.googleapis.com/google.rpc.RetryInfo\",\"retryDelay\":\"1s\"}]}}");
                case ELEVENLABS -> json(401, "{\"detail\":{\"status\":\"quota_exceeded\",\"message\":\"This request exceeds your "
                        + "quota of 10000. You have 0 credits remaining, while 1200 credits are required for this request.\"}}");
                case STABLE_AUDIO -> json(402, "{\"id\":\"a040aed83787263e6cecaa631f1275d6\",\"name\":\"payment_required\","
                        + "\"errors\":[\"You lack sufficient credits to make this request. Please purchase more credits at "
                        + "https://platform.stability.ai/account/credits and try again.\"]}");
            };
        }

        /** The key is not one the provider knows. */
        public ResponseDefinitionBuilder badKey() {
            return switch (this) {
                case LYRIA -> json(400, "{\"error\":{\"code\":400,\"message\":\"API key not valid. Please pass a valid API key.\","
                        + "\"status\":\"INVALID_ARGUMENT\",\"details\":[{\"@type\":\"type.googleapis.com/google.rpc.ErrorInfo\","
                        + "\"reason\":\"API_KEY_INVALID\",\"domain\":\"googleapis.com\"}]}}");
                case ELEVENLABS -> json(401, "{\"detail\":{\"status\":\"invalid_api_key\",\"message\":\"Invalid API key\"}}");
                case STABLE_AUDIO -> json(401, "{\"id\":\"9160aa70222f5d8c8b3f2f3e2fd4b7a1\",\"name\":\"unauthorized\","
                        + "\"errors\":[\"authorization: invalid or missing API key\"]}");
            };
        }

        /** The provider will not make music of this prompt. */
        public ResponseDefinitionBuilder contentRefused() {
            return switch (this) {
                case LYRIA -> okJson("{\"promptFeedback\":{\"blockReason\":\"PROHIBITED_CONTENT\"},\"usageMetadata\":"
                        + "{\"promptTokenCount\":31,\"totalTokenCount\":31},\"modelVersion\":\"" + LYRIA_MODEL
                        + "\",\"responseId\":\"lyria-blocked\"}");
                case ELEVENLABS -> json(400, "{\"detail\":{\"status\":\"bad_prompt\",\"message\":\"The prompt references "
                        + "copyrighted material.\",\"data\":{\"prompt_suggestion\":\"An elegant waltz with strings and piano\"}}}");
                case STABLE_AUDIO -> json(403, "{\"id\":\"ed14db44362126aab3cbd25cca51ffe3\",\"name\":\"content_moderation\","
                        + "\"errors\":[\"Your request was flagged by our content moderation system, as a result your request "
                        + "was denied and you were not charged.\"]}");
            };
        }

        private static ResponseDefinitionBuilder json(int status, String body) {
            return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
        }
    }

    static void defaults() {
        for (Api api : Api.values()) {
            ProviderStubs.server().stubFor(api.call().atPriority(ProviderStubs.DEFAULTS).willReturn(api.audio(clip)));
        }
    }

    /** The calls whose request holds {@code marker} are answered these, in turn; the last repeats. */
    public static void answer(Api api, String marker, ResponseDefinitionBuilder... answers) {
        ProviderStubs.sequence(marker + "-" + api, () -> api.call().atPriority(ProviderStubs.MARKED)
                .withRequestBody(containing(marker)), List.of(answers));
    }

    public static byte[] clip() {
        return clip.clone();
    }
}
