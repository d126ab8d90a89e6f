package com.channelstudio.look;

import java.util.List;

/**
 * The music seen moving along the bottom of the picture (a channel may choose its own): none (the default), a
 * spectrum of bars, or the waveform. A value that is none of these stops the start, naming the key, the value and
 * the allowed ones.
 */
public enum Visualizer implements Look {
    NONE, BARS, WAVE;

    /** Every visualizer as written in the settings, the API and the database. */
    public static List<String> labels() {
        return Look.labels(Visualizer.class);
    }

    /** A channel's {@code render_visualizer}: one of the values above, or NULL for the studio's {@code studio.render.visualizer}. */
    public static Visualizer ofChannel(String value, Visualizer studioDefault) {
        return Look.ofChannel(Visualizer.class, value, studioDefault);
    }
}
