package com.channelstudio.render;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Reads what running FFmpeg processes report with {@code -progress} and logs it with the job id and percent. */
@Component("ffmpegProgress")
public class FfmpegProgress {

    private static final Logger log = LoggerFactory.getLogger(FfmpegProgress.class);
    private static final String OUT_TIME = "out_time_us=";

    private final Map<FfmpegCommand, UUID> running = new ConcurrentHashMap<>();

    public void started(FfmpegCommand command, RenderPlan plan) {
        running.put(command, plan.jobId());
    }

    public void stopped(FfmpegCommand command) throws IOException {
        running.remove(command);
        Files.deleteIfExists(command.progressFile());
    }

    /** One line per running FFmpeg process that has reported progress. */
    public void report() {
        running.forEach((command, job) -> {
            double seconds = outputSeconds(command);
            if (seconds > 0 && command.expectedSeconds() > 0) {
                log.info("Job {} rendering: {} at {} of {} ({}%)", job, command.purpose(), clock(seconds),
                        clock(command.expectedSeconds()), Math.min(100, Math.round(100 * seconds / command.expectedSeconds())));
            }
        });
    }

    private static double outputSeconds(FfmpegCommand command) {
        try {
            List<String> lines = Files.readAllLines(command.progressFile());
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (lines.get(i).startsWith(OUT_TIME)) {
                    return Long.parseLong(lines.get(i).substring(OUT_TIME.length()).strip()) / 1e6;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not written yet, or caught mid-line: the next report reads it
        }
        return 0;
    }

    private static String clock(double seconds) {
        long whole = (long) seconds;
        return String.format(Locale.ROOT, "%d:%02d", whole / 60, whole % 60);
    }
}
