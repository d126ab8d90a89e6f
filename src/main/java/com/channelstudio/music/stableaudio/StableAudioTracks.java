package com.channelstudio.music.stableaudio;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.music.ClipOrder;
import com.channelstudio.music.ClipProvider;
import com.channelstudio.providers.Provider;
import com.channelstudio.providers.ProviderRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * Music provider {@code stableaudio} (Stability's Stable Audio, {@code POST /v2beta/audio/stable-audio-2/text-to-audio}):
 * a multipart form with the prompt, a whole number of seconds (at most studio.providers.stableaudio.duration), the
 * diffusion steps and the output format; the answer ({@code accept: audio/*}) is the audio itself.
 */
@Component("stableaudio")
public class StableAudioTracks implements ClipProvider {

    static final Provider STABLE_AUDIO = new Provider("Stable Audio", "studio.providers.stableaudio");
    /** Stability's terms of service govern what its API makes; no per-track licence comes with it. */
    public static final String TERMS = "https://platform.stability.ai/docs/terms-of-service";

    private final String url;
    private final String apiKey;
    private final String model;
    private final int duration;
    private final int steps;
    private final String outputFormat;

    public StableAudioTracks(StudioProperties properties) {
        StudioProperties.StableAudio settings = properties.providers().stableaudio();
        this.url = settings.baseUrl().replaceAll("/+$", "") + "/v2beta/audio/stable-audio-2/text-to-audio";
        this.apiKey = settings.apiKey();
        this.model = settings.model();
        this.duration = settings.duration();
        this.steps = settings.steps();
        this.outputFormat = settings.outputFormat();
    }

    @Override
    public double maxSeconds() {
        return duration;
    }

    @Override
    public ProviderRequest create(ClipOrder clip) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("prompt", clip.prompt().strip() + " Instrumental."
                + (clip.continuation() ? " Continues the same piece: same key, tempo and instruments." : ""));
        fields.put("duration", String.valueOf((int) Math.max(1, Math.ceil(clip.askedSeconds()))));
        fields.put("steps", String.valueOf(steps));
        fields.put("output_format", outputFormat);
        fields.put("model", model);
        return STABLE_AUDIO.postForm(clip.item(), url, Map.of("Authorization", "Bearer " + apiKey, "Accept", "audio/*"), fields);
    }

    /** Stable Audio names no generation; its seed (a response header) tells one from another. */
    @Override
    public String clipId(Exchange answer) {
        String seed = answer.getIn().getHeader("seed", String.class);
        return seed == null ? null : "seed-" + seed;
    }
}
