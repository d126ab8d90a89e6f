package com.channelstudio.music.mubert;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.jobs.AssetFailure;
import com.channelstudio.music.TrackOrder;
import com.channelstudio.providers.Generation;
import com.channelstudio.providers.GenerationPoll;
import com.channelstudio.providers.GenerationProvider;
import com.channelstudio.providers.Provider;
import com.channelstudio.providers.ProviderRequest;
import com.channelstudio.security.SecretRedactor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.camel.Body;
import org.apache.camel.ExchangeProperty;
import org.springframework.stereotype.Component;

/**
 * Music provider {@code mubert} (Mubert Music API v3): the requests it takes and how its answers read. The
 * customer credentials for the track endpoints are obtained once from the company credentials and kept.
 */
@Component("mubert")
public class MubertTracks implements GenerationProvider<TrackOrder> {

    static final Provider MUBERT = new Provider("Mubert", "studio.providers.mubert");
    /** Mubert names no per-track licence; its terms cover API output (royalty-free, commercial use). */
    public static final String TERMS = "https://mubert.com/legal/terms-of-use";
    static final String CUSTOM_ID = "channel-studio";
    static final int MAX_PROMPT = 200;
    static final int MIN_SECONDS = 5;
    private static final Set<String> DONE = Set.of("done", "completed");

    private final String baseUrl;
    private final String companyId;
    private final String licenseToken;
    private final ObjectMapper json;
    private final SecretRedactor redactor;
    private final AtomicReference<Map<String, String>> customer = new AtomicReference<>();

    public MubertTracks(StudioProperties properties, ObjectMapper json, SecretRedactor redactor) {
        StudioProperties.Mubert settings = properties.providers().mubert();
        this.baseUrl = settings.baseUrl().replaceAll("/+$", "");
        this.companyId = settings.companyId();
        this.licenseToken = settings.licenseToken();
        this.json = json;
        this.redactor = redactor;
    }

    public boolean needsCustomer() {
        return customer.get() == null;
    }

    public ProviderRequest createCustomer(@ExchangeProperty("order") TrackOrder order) {
        return MUBERT.post(order.item(), baseUrl + "/service/customers",
                Map.of("company-id", companyId, "license-token", licenseToken),
                json.createObjectNode().put("custom_id", CUSTOM_ID).toString());
    }

    /** The customer's headers; its token is remembered again at each use, so the redactor never forgets it while in use. */
    private Map<String, String> customerHeaders() {
        Map<String, String> headers = customer.get();
        redactor.remember(headers.get("access-token"));
        return headers;
    }

    /** Mubert's own guidance sends {@code access.id} as customer-id; its spec calls it the token id. */
    public void rememberCustomer(@Body JsonNode answer, @ExchangeProperty("order") TrackOrder order) {
        JsonNode access = answer.path("access");
        String id = access.path("id").asText(access.path("customer_id").asText(""));
        String token = access.path("token").asText("");
        redactor.remember(token);
        if (id.isBlank() || token.isBlank()) {
            throw new AssetFailure(order.item(), "Mubert's customer answer has no access.id and access.token",
                    "Check the Mubert licence behind studio.providers.mubert.company-id");
        }
        customer.set(Map.of("customer-id", id, "access-token", token));
    }

    @Override
    public ProviderRequest create(TrackOrder order) {
        ObjectNode body = json.createObjectNode()
                .put("prompt", shorten(order.prompt()))
                .put("duration", Math.max(MIN_SECONDS, (int) Math.round(order.durationSeconds())))
                .put("format", "mp3")
                .put("intensity", "medium")
                .put("mode", "track");
        return MUBERT.post(order.item(), baseUrl + "/public/tracks", customerHeaders(), body.toString());
    }

    @Override
    public String id(JsonNode answer, TrackOrder order) {
        String id = answer.path("data").path("id").asText("");
        if (id.isBlank()) {
            throw new AssetFailure(order.item(), "Mubert accepted the track but its answer has no data.id",
                    "Retry the job; if it repeats, check Mubert's API version at studio.providers.mubert.base-url");
        }
        return id;
    }

    @Override
    public GenerationPoll poll(TrackOrder order, String trackId) {
        return new GenerationPoll(MUBERT.get(order.item(), baseUrl + "/public/tracks/" + trackId, customerHeaders()),
                this::generation);
    }

    /** Done once any generation is done (or "completed") with a URL; failed once all of them failed. */
    Generation generation(JsonNode answer) {
        JsonNode generations = answer.path("data").path("generations");
        boolean anyFailed = false;
        boolean allFailed = generations.size() > 0;
        for (JsonNode generation : generations) {
            String status = generation.path("status").asText("").toLowerCase(Locale.ROOT);
            String url = generation.path("url").asText("");
            if (DONE.contains(status) && !url.isBlank()) {
                return Generation.done(status, url);
            }
            anyFailed |= status.equals("failed");
            allFailed &= status.equals("failed");
        }
        if (anyFailed && allFailed) {
            return Generation.failed("failed");
        }
        return Generation.pending(generations.isEmpty() ? "no generation yet"
                : generations.get(0).path("status").asText("unknown"));
    }

    private static String shorten(String prompt) {
        String clean = prompt.strip().replaceAll("\\s+", " ");
        return clean.length() <= MAX_PROMPT ? clean : clean.substring(0, MAX_PROMPT - 1).strip();
    }
}
