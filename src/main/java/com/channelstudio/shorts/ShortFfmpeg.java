package com.channelstudio.shorts;

import com.channelstudio.jobs.AssetFailure;
import com.channelstudio.media.TimedProcess;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

/** The FFmpeg runs of a Short, each to its end within a time limit, a failure naming what was being made. */
final class ShortFfmpeg {

    private final String executable;
    private final Duration limit;

    ShortFfmpeg(String executable, Duration limit) {
        this.executable = executable;
        this.limit = limit;
    }

    /** Runs FFmpeg to its end within the limit; what it printed to stderr. */
    String run(String purpose, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(executable);
        command.addAll(args);
        try {
            TimedProcess.Finished<byte[]> finished = TimedProcess.run(command, limit, stream -> stream.readAllBytes());
            if (finished.exitCode() != 0) {
                List<String> lines = finished.stderr().strip().lines().toList();
                throw new AssetFailure(purpose, "FFmpeg exited with code " + finished.exitCode() + ": "
                        + String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size())),
                        "Check the input file and the FFmpeg settings in config/application.yml");
            }
            return finished.stderr();
        } catch (TimeoutException e) {
            throw new AssetFailure(purpose, e.getMessage(), "Check that the machine is not overloaded");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while making " + purpose, e);
        }
    }

}
