package com.channelstudio.images.gemini;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.images.ImageOrder;
import com.channelstudio.jobs.AssetFailure;
import com.channelstudio.providers.Provider;
import com.channelstudio.providers.ProviderDownloads;
import com.channelstudio.providers.ProviderRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.springframework.stereotype.Component;

/**
 * Image provider {@code gemini} (Gemini image models via {@code generateContent}): synchronous, the picture comes
 * back as base64 {@code inlineData}. A 200 without a picture (a safety block) ends the item: asking again for the
 * same prompt gives the same answer.
 */
@Component("gemini")
public class GeminiImages {

    static final Provider GEMINI = new Provider("Gemini", "studio.providers.gemini");

    private final String baseUrl;
    private final String apiKey;
    private final String model;
    private final ObjectMapper json;
    private final ProviderDownloads downloads;

    public GeminiImages(StudioProperties properties, ObjectMapper json, ProviderDownloads downloads) {
        StudioProperties.Gemini settings = properties.providers().gemini();
        this.baseUrl = settings.baseUrl().replaceAll("/+$", "");
        this.apiKey = settings.apiKey();
        this.model = settings.model();
        this.json = json;
        this.downloads = downloads;
    }

    public ProviderRequest generate(@ExchangeProperty("order") ImageOrder order) {
        ObjectNode body = json.createObjectNode();
        body.putArray("contents").addObject().put("role", "user").putArray("parts").addObject().put("text", order.prompt());
        ObjectNode config = body.putObject("generationConfig");
        config.putArray("responseModalities").add("IMAGE");
        config.putObject("imageConfig").put("aspectRatio", "16:9").put("imageSize", "1K");
        return GEMINI.post(order.item(), baseUrl + "/models/" + model + ":generateContent",
                Map.of("x-goog-api-key", apiKey), body.toString());
    }

    /** Writes the first inline picture to the order's partial file; returns Gemini's id for the answer. */
    public String save(@Body JsonNode answer, @ExchangeProperty("order") ImageOrder order, Exchange exchange) throws IOException {
        JsonNode candidate = answer.path("candidates").path(0);
        for (JsonNode part : candidate.path("content").path("parts")) {
            String data = part.path("inlineData").path("data").asText("");
            if (!data.isBlank()) {
                downloads.saveInline(exchange, data);
                return answer.path("responseId").asText(model);
            }
        }
        String reason = candidate.path("finishReason").asText(answer.path("promptFeedback").path("blockReason").asText("none given"));
        throw new AssetFailure(order.item(), "Gemini answered without an image (finish reason " + reason + ")",
                "Reword visual prompt " + order.orderIndex() + " (Gemini declined it), then retry the job");
    }
}
