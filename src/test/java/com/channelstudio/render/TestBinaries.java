package com.channelstudio.render;

import com.channelstudio.media.FfmpegBinary;

/** An FFmpeg a test renders with, for plans of videos without a visualizer (the one use of its showfreqs). */
final class TestBinaries {

    private TestBinaries() {}

    static FfmpegBinary of(String executable) {
        return new FfmpegBinary(executable, "as found by the test", "the test's", false);
    }
}
