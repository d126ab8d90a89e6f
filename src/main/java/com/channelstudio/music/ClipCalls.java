package com.channelstudio.music;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.media.MediaProbe;
import com.channelstudio.providers.ProviderRequest;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/**
 * The calls a clip provider makes for one track (routes/provider-clips.camel.yaml): the clips its longest generation
 * makes of the track, the call for each, and what each delivered (its measured length, the provider's id for it).
 */
@Component("clipCalls")
public class ClipCalls {

    public static final String CLIPS = "clips";

    private final Map<String, ClipProvider> providers;
    private final MediaProbe probe;
    private final double crossfadeSeconds;
    private final double timeScale;

    /** @param providers the clip providers by their names (lyria, elevenlabs, stableaudio) */
    public ClipCalls(Map<String, ClipProvider> providers, MediaProbe probe, StudioProperties properties) {
        this.providers = providers;
        this.probe = probe;
        this.crossfadeSeconds = properties.music().clipCrossfadeSeconds();
        this.timeScale = properties.testing().mediaTimeScale();
    }

    /** Whether the named provider makes tracks clip by clip. */
    public boolean makesClips(String provider) {
        return providers.containsKey(provider);
    }

    /** The clips the named provider's longest generation makes of this track. */
    public TrackClips plan(TrackOrder track, String provider) {
        return TrackClips.of(provider, track, providers.get(provider).maxSeconds() * timeScale, crossfadeSeconds * timeScale);
    }

    /** The provider's call for the clip in property {@code order}. */
    public ProviderRequest request(@ExchangeProperty(CLIPS) TrackClips clips, @ExchangeProperty("order") ClipOrder clip) {
        return providers.get(clips.provider()).create(clip);
    }

    /** Records the clip that arrived (its file decodes) with its measured length and the provider's name for it. */
    public void delivered(@ExchangeProperty(CLIPS) TrackClips clips, @ExchangeProperty("order") ClipOrder clip, Exchange answer) {
        double seconds = (double) probe.audioSamples(clip.partial()) / MediaProbe.SAMPLE_RATE;
        clips.add(clip, seconds, providers.get(clips.provider()).clipId(answer));
    }
}
