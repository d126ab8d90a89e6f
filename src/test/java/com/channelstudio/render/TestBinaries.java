package com.channelstudio.render;

import com.channelstudio.media.FfmpegBinary;
import com.channelstudio.media.FfmpegLocator;
import com.channelstudio.support.Commands;
import com.channelstudio.support.OnThePath;
import com.channelstudio.support.StudioSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The FFmpegs the render tests make media with, and how they run one. */
final class TestBinaries {

    private TestBinaries() {}

    /** An FFmpeg for plans of videos without a visualizer (the one use of its showfreqs). */
    static FfmpegBinary of(String executable) {
        return new FfmpegBinary(executable, "as found by the test", "the test's", false);
    }

    /** The bundled FFmpeg, and the one on the PATH if there is one, as the studio finds and checks them. */
    static List<FfmpegBinary> found() {
        List<FfmpegBinary> found = new ArrayList<>(List.of(new FfmpegLocator(StudioSettings.of(Map.of())).binary()));
        OnThePath.find("ffmpeg").ifPresent(onPath -> found.add(
                new FfmpegLocator(StudioSettings.of(Map.of("studio.ffmpeg.path", "ffmpeg"))).binary()));
        return found;
    }

    /** Runs FFmpeg with these arguments, its output on the test's, and fails the test if it fails. */
    static void run(String ffmpeg, List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(ffmpeg));
        command.addAll(arguments);
        Commands.run(command);
    }
}
