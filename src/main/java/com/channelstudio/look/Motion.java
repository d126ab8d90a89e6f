package com.channelstudio.look;

import java.util.List;

/**
 * The gentle motion of every picture (a channel may choose its own): none (a still, the default), a slow
 * breathing zoom, light particles drifting down over the picture, or a soft flicker of its light. A value
 * that is none of these stops the start, naming the key, the value and the allowed ones.
 */
public enum Motion implements Look {
    NONE, ZOOM, PARTICLES, FLICKER;

    /** Every motion as written in the settings, the API and the database. */
    public static List<String> labels() {
        return Look.labels(Motion.class);
    }

    /** A channel's {@code render_motion}: one of the values above, or NULL for the studio's {@code studio.render.motion}. */
    public static Motion ofChannel(String value, Motion studioDefault) {
        return Look.ofChannel(Motion.class, value, studioDefault);
    }
}
