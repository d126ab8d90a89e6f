package com.channelstudio.look;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The gentle motion of every picture (a channel may choose its own): none (a still, the default), a slow
 * breathing zoom, light particles drifting down over the picture, or a soft flicker of its light. A value
 * that is none of these stops the start, naming the key, the value and the allowed ones.
 */
public enum Motion {
    NONE, ZOOM, PARTICLES, FLICKER;

    /** As written in the settings, the API and the database. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every motion as written in the settings, the API and the database. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(Motion::label).toList();
    }

    /** A channel's {@code render_motion}: one of the values above, or NULL for the studio's {@code studio.render.motion}. */
    public static Motion ofChannel(String value, Motion studioDefault) {
        return value == null ? studioDefault : valueOf(value.toUpperCase(Locale.ROOT));
    }
}
