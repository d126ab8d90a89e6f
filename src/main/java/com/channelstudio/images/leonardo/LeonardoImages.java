package com.channelstudio.images.leonardo;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.images.ImageOrder;
import com.channelstudio.jobs.AssetFailure;
import com.channelstudio.providers.Generation;
import com.channelstudio.providers.GenerationPoll;
import com.channelstudio.providers.GenerationProvider;
import com.channelstudio.providers.Provider;
import com.channelstudio.providers.ProviderRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Image provider {@code leonardo} (Leonardo.ai REST v1): create a private generation at 16:9, poll it until
 * COMPLETE, download the first image.
 */
@Component("leonardo")
public class LeonardoImages implements GenerationProvider<ImageOrder> {

    static final Provider LEONARDO = new Provider("Leonardo", "studio.providers.leonardo");
    /** 16:9 within v1's rules (32–1536, multiples of 8); the renderer scales it to the frame. */
    static final int WIDTH = 1536;
    static final int HEIGHT = 864;

    private final String baseUrl;
    private final String apiKey;
    private final String modelId;
    private final ObjectMapper json;

    public LeonardoImages(StudioProperties properties, ObjectMapper json) {
        StudioProperties.Leonardo settings = properties.providers().leonardo();
        this.baseUrl = settings.baseUrl().replaceAll("/+$", "");
        this.apiKey = settings.apiKey();
        this.modelId = settings.modelId();
        this.json = json;
    }

    @Override
    public ProviderRequest create(ImageOrder order) {
        ObjectNode body = json.createObjectNode()
                .put("prompt", order.prompt())
                .put("modelId", modelId)
                .put("width", WIDTH)
                .put("height", HEIGHT)
                .put("num_images", 1)
                .put("public", false);
        return LEONARDO.post(order.item(), baseUrl + "/generations", auth(), body.toString());
    }

    @Override
    public String id(JsonNode answer, ImageOrder order) {
        String id = answer.path("sdGenerationJob").path("generationId").asText("");
        if (id.isBlank()) {
            throw new AssetFailure(order.item(), "Leonardo answered without sdGenerationJob.generationId",
                    "Check studio.providers.leonardo.model-id and base-url, then retry the job");
        }
        return id;
    }

    @Override
    public GenerationPoll poll(ImageOrder order, String generationId) {
        return new GenerationPoll(LEONARDO.get(order.item(), baseUrl + "/generations/" + generationId, auth()),
                this::generation);
    }

    Generation generation(JsonNode answer) {
        JsonNode generation = answer.path("generations_by_pk");
        String status = generation.path("status").asText("unknown").toUpperCase(Locale.ROOT);
        return switch (status) {
            case "COMPLETE" -> Generation.done(status, generation.path("generated_images").path(0).path("url").asText(""));
            case "FAILED" -> Generation.failed(status);
            default -> Generation.pending(status);
        };
    }

    private Map<String, String> auth() {
        return Map.of("Authorization", "Bearer " + apiKey, "Accept", "application/json");
    }
}
