package com.channelstudio.music;

import com.channelstudio.providers.ProviderRequest;
import org.apache.camel.Exchange;

/**
 * A music provider whose one generation may be shorter than a track: it makes a track clip by clip, each clip one
 * call, and the studio joins them. The route template {@code clip-provider} (routes/provider-clips.camel.yaml) does
 * the rest the same way for every such provider: the calls, the retries, the join, the cost of each clip.
 */
public interface ClipProvider {

    /** The longest clip one call makes, in seconds, as the provider documents it. */
    double maxSeconds();

    /** The call that makes this clip. */
    ProviderRequest create(ClipOrder clip);

    /** What the provider calls the clip it made, from its answer (the message after the call). */
    String clipId(Exchange answer);
}
