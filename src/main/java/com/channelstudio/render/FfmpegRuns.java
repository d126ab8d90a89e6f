package com.channelstudio.render;

import com.channelstudio.jobs.AssetFailure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.camel.component.exec.ExecResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Reads the outcome of an FFmpeg run made by camel-exec: success or a clear failure, and the render's progress. */
@Component("ffmpegRuns")
public class FfmpegRuns {

    private static final Logger log = LoggerFactory.getLogger(FfmpegRuns.class);

    /** @return what FFmpeg wrote to stderr (the loudness measurement reads it) */
    public String finished(FfmpegCommand command, ExecResult result, RenderRun run) throws IOException {
        String stderr = read(result.getStderr());
        if (result.getExitValue() != 0) {
            throw exited(command, result.getExitValue(), stderr);
        }
        log.info("Job {} rendering: {} done, {}", run.jobId(), command.purpose(), run.stepDone(command));
        return stderr;
    }

    /** The failure of an FFmpeg run that exited with an error: its code and the last lines it printed. */
    static AssetFailure exited(FfmpegCommand command, int exitCode, String stderr) {
        String detail = stderr.isBlank() ? "no message" : lastLines(stderr);
        return new AssetFailure(command.purpose(), "FFmpeg exited with code " + exitCode
                + (exitCode == 143 || exitCode < 0 ? " (stopped at its timeout)" : "")
                + ": " + detail, "Check the input file and the FFmpeg settings in config/application.yml");
    }

    private static String read(InputStream stream) throws IOException {
        if (stream == null) {
            return "";
        }
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String lastLines(String text) {
        List<String> lines = text.strip().lines().toList();
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    }
}
