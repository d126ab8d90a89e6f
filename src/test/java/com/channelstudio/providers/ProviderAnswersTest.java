package com.channelstudio.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.channelstudio.jobs.AssetFailure;
import com.channelstudio.support.StudioSettings;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How provider answers read, without a context: every error shape, retry hints, and the polling deadline. */
class ProviderAnswersTest {

    @Test
    void everyErrorShapeGivesTheProvidersCodeAndMessage() {
        assertThat(ProviderError.read("{\"message\":\"Unauthenticated\",\"description\":null,\"code\":\"Unauthenticated\"}"))
                .hasToString("Unauthenticated: Unauthenticated");
        assertThat(ProviderError.read("{\"error\":\"Authentication hook unauthorized this request\",\"path\":\"$\",\"code\":\"access-denied\"}"))
                .hasToString("access-denied: Authentication hook unauthorized this request");
        assertThat(ProviderError.read("{\"error\":{\"message\":\"Incorrect API key provided.\",\"type\":\"invalid_request_error\","
                + "\"param\":null,\"code\":\"invalid_api_key\"}}")).hasToString("invalid_api_key: Incorrect API key provided");
        assertThat(ProviderError.read("[{\"error\":{\"code\":429,\"message\":\"Resource has been exhausted.\",\"status\":\"RESOURCE_EXHAUSTED\"}}]"))
                .hasToString("RESOURCE_EXHAUSTED: Resource has been exhausted");
        assertThat(ProviderError.read("[{\"message\":\"invalid width\"}]")).hasToString("invalid width");
        assertThat(ProviderError.read("{\"detail\":{\"status\":\"quota_exceeded\",\"message\":\"This request exceeds your quota.\"}}"))
                .hasToString("quota_exceeded: This request exceeds your quota");
        assertThat(ProviderError.read("{\"detail\":[{\"loc\":[\"body\",\"music_length_ms\"],\"msg\":\"Input should be greater "
                + "than or equal to 10000\",\"type\":\"greater_than_equal\"}]}"))
                .hasToString("greater_than_equal: body.music_length_ms: Input should be greater than or equal to 10000");
        assertThat(ProviderError.read("{\"id\":\"a1\",\"name\":\"content_moderation\",\"errors\":[\"Your request was flagged.\","
                + "\"Nothing was charged.\"]}")).hasToString("content_moderation: Your request was flagged.; Nothing was charged");
        assertThat(ProviderError.read("<html>502 Bad Gateway</html>")).hasToString("<html>502 Bad Gateway</html>");
        assertThat(ProviderError.read("")).hasToString("(empty body)");
    }

    @Test
    void geminisRetryDelayAndRetryAfterAreHonoured() {
        assertThat(ProviderError.read("{\"error\":{\"code\":429,\"status\":\"RESOURCE_EXHAUSTED\",\"details\":[{\"@type\":"
                + "\"type.googleapis.com/google.rpc.RetryInfo\",\"retryDelay\":\"2.5s\"}]}}").retryDelay())
                .contains(Duration.ofMillis(2500));
        assertThat(ProviderCalls.retryAfter("7")).contains(Duration.ofSeconds(7));
        assertThat(ProviderCalls.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).contains(Duration.ZERO);
        assertThat(ProviderCalls.retryAfter("soon")).isEmpty();
    }

    @Test
    void aGenerationPastItsDeadlineEndsTheItem() throws Exception {
        Instant started = Instant.parse("2026-12-07T08:00:00Z");
        Generation generation = pollingAt(started).start();
        GenerationPoll poll = new GenerationPoll(new Provider("Leonardo", "studio.providers.leonardo")
                .get("image 7 of 20", "http://x/generations/1", Map.of()), answer -> Generation.pending("PENDING"));

        assertThatThrownBy(() -> pollingAt(started.plusMillis(1001)).next(new ObjectMapper().readTree("{}"), poll, generation))
                .isInstanceOf(AssetFailure.class)
                .hasMessage("Leonardo did not finish the generation within 1 s (last status PENDING)");
    }

    /** Polling with a deadline of 1 s, its clock standing at {@code now}. */
    private static GenerationPolling pollingAt(Instant now) {
        return new GenerationPolling(StudioSettings.of(Map.of("studio.providers.poll.deadline-seconds", "1")),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void requestsNeverPrintTheirHeaders() {
        ProviderRequest request = new Provider("Gemini", "studio.providers.gemini")
                .post("image 3 of 20", "http://x/models/m:generateContent", Map.of("x-goog-api-key", "very-secret"), "{}");
        assertThat(request.toString()).doesNotContain("very-secret").contains("Gemini POST");
    }
}
