package com.channelstudio.music.elevenlabs;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.music.ClipOrder;
import com.channelstudio.music.ClipProvider;
import com.channelstudio.providers.Provider;
import com.channelstudio.providers.ProviderRequest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * Music provider {@code elevenlabs} (the ElevenLabs Music API, {@code POST /v1/music}): instrumental only
 * ({@code force_instrumental}), the length asked for in {@code music_length_ms}; the answer is the audio itself, and
 * its {@code song-id} header names it.
 */
@Component("elevenlabs")
public class ElevenLabsTracks implements ClipProvider {

    static final Provider ELEVENLABS = new Provider("ElevenLabs", "studio.providers.elevenlabs");
    /** ElevenLabs' music terms say which plans may use generated music commercially. */
    public static final String TERMS = "https://elevenlabs.io/music-terms";
    static final int MAX_PROMPT = 2000;

    private final String baseUrl;
    private final String apiKey;
    private final String model;
    private final int maxSeconds;
    private final String outputFormat;
    private final ObjectMapper json;

    public ElevenLabsTracks(StudioProperties properties, ObjectMapper json) {
        StudioProperties.ElevenLabs settings = properties.providers().elevenlabs();
        this.baseUrl = settings.baseUrl().replaceAll("/+$", "");
        this.apiKey = settings.apiKey();
        this.model = settings.model();
        this.maxSeconds = settings.maxSeconds();
        this.outputFormat = settings.outputFormat();
        this.json = json;
    }

    @Override
    public double maxSeconds() {
        return maxSeconds;
    }

    @Override
    public ProviderRequest create(ClipOrder clip) {
        String prompt = clip.prompt().strip() + (clip.continuation() ? " Continues the same piece: same key, tempo and instruments." : "");
        ObjectNode body = json.createObjectNode()
                .put("prompt", prompt.length() <= MAX_PROMPT ? prompt : prompt.substring(0, MAX_PROMPT))
                .put("music_length_ms", Math.round(clip.askedSeconds() * 1000))
                .put("model_id", model)
                .put("force_instrumental", true);
        return ELEVENLABS.post(clip.item(), baseUrl + "/v1/music?output_format=" + outputFormat, Map.of("xi-api-key", apiKey),
                body.toString());
    }

    @Override
    public String clipId(Exchange answer) {
        return answer.getIn().getHeader("song-id", String.class);
    }
}
