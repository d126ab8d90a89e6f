package com.channelstudio.support;

import com.channelstudio.config.StudioProperties;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The studio's typed settings bound from a few keys, every other at its default, as the application binds them. */
public final class StudioSettings {

    private StudioSettings() {}

    public static StudioProperties of(Map<String, String> keys) {
        return new Binder(new MapConfigurationPropertySource(keys)).bindOrCreate("studio", StudioProperties.class);
    }
}
