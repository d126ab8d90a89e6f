package com.channelstudio.music.lyria;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.jobs.AssetFailure;
import com.channelstudio.music.ClipOrder;
import com.channelstudio.music.ClipProvider;
import com.channelstudio.providers.Provider;
import com.channelstudio.providers.ProviderDownloads;
import com.channelstudio.providers.ProviderRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.springframework.stereotype.Component;

/**
 * Music provider {@code lyria} (Google's Lyria 3 through the Gemini API's {@code generateContent}): synchronous, the
 * audio comes back as base64 {@code inlineData} beside the lyrics or song structure as text. The length is asked for
 * in the prompt (the API has no field for it); a clip model always makes 30 s. A 200 without audio (a safety block)
 * ends the track: asking again for the same prompt gives the same answer.
 */
@Component("lyria")
public class LyriaTracks implements ClipProvider {

    static final Provider LYRIA = new Provider("Lyria", "studio.providers.lyria");
    /** Output of the Gemini API is governed by its terms; no per-track licence comes with it. */
    public static final String TERMS = "https://ai.google.dev/gemini-api/terms";

    private final String baseUrl;
    private final String apiKey;
    private final String model;
    private final int maxSeconds;
    private final ObjectMapper json;
    private final ProviderDownloads downloads;

    public LyriaTracks(StudioProperties properties, ObjectMapper json, ProviderDownloads downloads) {
        StudioProperties.Lyria settings = properties.providers().lyria();
        this.baseUrl = settings.baseUrl().replaceAll("/+$", "");
        this.apiKey = properties.providers().lyriaKey();
        this.model = settings.model();
        this.maxSeconds = settings.maxSeconds();
        this.json = json;
        this.downloads = downloads;
    }

    @Override
    public double maxSeconds() {
        return maxSeconds;
    }

    @Override
    public ProviderRequest create(ClipOrder clip) {
        ObjectNode body = json.createObjectNode();
        body.putArray("contents").addObject().put("role", "user").putArray("parts").addObject().put("text", prompt(clip));
        body.putObject("generationConfig").putArray("responseModalities").add("AUDIO").add("TEXT");
        return LYRIA.post(clip.item(), baseUrl + "/models/" + model + ":generateContent", Map.of("x-goog-api-key", apiKey),
                body.toString());
    }

    /** Writes the answer's audio to the clip's file; an answer without audio ends the track, naming Gemini's reason. */
    public void save(@Body JsonNode answer, @ExchangeProperty("order") ClipOrder clip, Exchange exchange) throws IOException {
        JsonNode candidate = answer.path("candidates").path(0);
        for (JsonNode part : candidate.path("content").path("parts")) {
            JsonNode audio = part.path("inlineData");
            if (audio.path("mimeType").asText("").startsWith("audio/") && !audio.path("data").asText("").isBlank()) {
                downloads.saveInline(exchange, audio.path("data").asText());
                return;
            }
        }
        String reason = candidate.path("finishReason").asText(answer.path("promptFeedback").path("blockReason").asText("none given"));
        throw new AssetFailure(clip.item(), "Lyria answered without audio (finish reason " + reason + ")",
                "Reword music prompt " + clip.orderIndex() + " (Lyria declined it), then retry the job");
    }

    /** Gemini names each answer (responseId). */
    @Override
    public String clipId(Exchange answer) {
        JsonNode body = answer.getIn().getBody(JsonNode.class);
        return body == null ? null : body.path("responseId").asText(null);
    }

    /** Lyria takes its length and its vocals from the words: instrumental, this long, and one piece across clips. */
    private static String prompt(ClipOrder clip) {
        String length = String.format(Locale.ROOT, " Instrumental only, no vocals. Length: about %d seconds.",
                Math.max(1, Math.round(clip.askedSeconds())));
        String continuation = clip.continuation() ? " This continues the same piece: keep its key, tempo and instruments." : "";
        return clip.prompt().strip() + length + continuation;
    }
}
