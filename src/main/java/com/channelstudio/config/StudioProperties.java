package com.channelstudio.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The operator knobs of {@code config/application.yml} that Java reads; routes read theirs as placeholders. */
@ConfigurationProperties("studio")
public record StudioProperties(
        @DefaultValue("output") Path outputDir,
        @DefaultValue Music music,
        @DefaultValue Image image,
        @DefaultValue Render render,
        @DefaultValue Ffmpeg ffmpeg,
        @DefaultValue Database database,
        @DefaultValue Lease lease,
        @DefaultValue Testing testing) {

    public record Music(@DefaultValue("dummy") String provider) {}

    public record Image(@DefaultValue("dummy") String provider) {}

    public record Render(
            @DefaultValue("1920") int width,
            @DefaultValue("1080") int height,
            @DefaultValue("30") int fps,
            @DefaultValue("crop") String fill,
            @DefaultValue("ultrafast") String preset,
            @DefaultValue("20") int crf,
            @DefaultValue("10") int keyframeIntervalSeconds,
            @DefaultValue("256k") String audioBitrate,
            @DefaultValue("2") double fadeInSeconds,
            @DefaultValue("4") double fadeOutSeconds,
            @DefaultValue("3") double crossfadeSeconds,
            @DefaultValue("-14") double loudnessTargetLufs,
            @DefaultValue("-1") double truePeakCeilingDb,
            @DefaultValue("2") double encodeHeadroomDb,
            @DefaultValue("20") int timeoutSecondsPerVideoMinute) {

        public String resolution() {
            return width + "x" + height;
        }

        /** The true peak the studio's limiter holds the program to before the AAC encode: the ceiling less the encoder's room. */
        public double limiterCeilingDb() {
            return truePeakCeilingDb - encodeHeadroomDb;
        }
    }

    /**
     * {@code path} empty: the bundled static binary, extracted to {@code cacheDir}; a bare name: that program on
     * the PATH; otherwise the file at that path. The check of the binary and the looks at media files are killed
     * (with any process they started) after their timeouts.
     */
    public record Ffmpeg(
            String path,
            @DefaultValue("data/ffmpeg") Path cacheDir,
            @DefaultValue("30") int checkTimeoutSeconds,
            @DefaultValue("300") int probeTimeoutSeconds) {

        public Ffmpeg {
            positive("studio.ffmpeg.check-timeout-seconds", checkTimeoutSeconds);
            positive("studio.ffmpeg.probe-timeout-seconds", probeTimeoutSeconds);
        }
    }

    /** The embedded PostgreSQL, started only when no {@code spring.datasource.url} is set. */
    public record Database(
            @DefaultValue("data/postgres") Path embeddedDir,
            @DefaultValue("0") int embeddedPort,
            @DefaultValue("true") boolean embeddedDurable,
            @DefaultValue("60") int embeddedStartTimeoutSeconds) {

        public Database {
            positive("studio.database.embedded-start-timeout-seconds", embeddedStartTimeoutSeconds);
        }
    }

    public record Lease(@DefaultValue("300") int seconds) {}

    /** Shortens every generated medium by this factor; only tests set it below 1. */
    public record Testing(@DefaultValue("1.0") double mediaTimeScale) {}

    private static void positive(String key, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(key + " must be a positive number of seconds, not " + value);
        }
    }
}
