package com.channelstudio.music.beatoven;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.jobs.AssetFailure;
import com.channelstudio.music.TrackOrder;
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
 * Music provider {@code beatoven} (Beatoven.ai public API): compose, poll the task, download
 * {@code meta.track_url}. It has no duration field, so the length is asked for in the prompt text and the
 * delivered file is measured.
 */
@Component("beatoven")
public class BeatovenTracks implements GenerationProvider<TrackOrder> {

    static final Provider BEATOVEN = new Provider("Beatoven", "studio.providers.beatoven");
    /** The API returns no licence fields; its Terms of Service govern what it composes. */
    public static final String TERMS = "https://www.beatoven.ai/tos";

    private final String baseUrl;
    private final String apiKey;
    private final ObjectMapper json;

    public BeatovenTracks(StudioProperties properties, ObjectMapper json) {
        StudioProperties.Beatoven settings = properties.providers().beatoven();
        this.baseUrl = settings.baseUrl().replaceAll("/+$", "");
        this.apiKey = settings.apiKey();
        this.json = json;
    }

    @Override
    public ProviderRequest create(TrackOrder order) {
        ObjectNode body = json.createObjectNode();
        body.putObject("prompt").put("text", lengthFirst(order));
        body.put("format", "mp3").put("looping", false);
        return BEATOVEN.post(order.item(), baseUrl + "/api/v1/tracks/compose", auth(), body.toString());
    }

    @Override
    public String id(JsonNode answer, TrackOrder order) {
        String id = answer.path("task_id").asText("");
        if (id.isBlank()) {
            throw new AssetFailure(order.item(), "Beatoven answered without a task_id (status "
                    + answer.path("status").asText("none") + ")", "Check what Beatoven rejects in this prompt, then retry the job");
        }
        return id;
    }

    @Override
    public GenerationPoll poll(TrackOrder order, String taskId) {
        return new GenerationPoll(BEATOVEN.get(order.item(), baseUrl + "/api/v1/tasks/" + taskId, auth()),
                this::generation);
    }

    /** composing and running are waited on (as is anything unknown, until the deadline); failed ends it. */
    Generation generation(JsonNode answer) {
        String status = answer.path("status").asText("unknown").toLowerCase(Locale.ROOT);
        return switch (status) {
            case "composed" -> Generation.done(status, answer.path("meta").path("track_url").asText(""));
            case "failed", "error" -> Generation.failed(status);
            default -> Generation.pending(status);
        };
    }

    private Map<String, String> auth() {
        return Map.of("Authorization", "Bearer " + apiKey);
    }

    private static String lengthFirst(TrackOrder order) {
        long seconds = Math.max(1, Math.round(order.durationSeconds()));
        String length = seconds >= 120 && seconds % 60 == 0 ? seconds / 60 + " minutes" : seconds + " seconds";
        return length + " " + order.prompt().strip();
    }
}
