package com.channelstudio.music;

import com.channelstudio.media.MediaProbe;
import com.channelstudio.providers.AssetOrder;

/** An order for audio (a track, or one clip of it): downloaded within the audio limit, and checked to decode as audio. */
public interface MusicOrder extends AssetOrder {

    @Override
    default String kind() {
        return "track";
    }

    @Override
    default String downloadLimit() {
        return "audio";
    }

    @Override
    default void checkDelivery(MediaProbe probe) {
        probe.audioSamples(partial());
    }
}
