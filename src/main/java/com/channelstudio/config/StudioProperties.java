package com.channelstudio.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** The operator knobs of {@code config/application.yml} that Java reads; routes read theirs as placeholders. */
@ConfigurationProperties("studio")
public record StudioProperties(
        @DefaultValue("output") Path outputDir,
        @DefaultValue Music music,
        @DefaultValue Image image,
        @DefaultValue Render render,
        @DefaultValue Ffmpeg ffmpeg,
        @DefaultValue Lease lease,
        @DefaultValue Security security,
        @DefaultValue Api api,
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
     * the PATH; otherwise the file at that path.
     */
    public record Ffmpeg(String path, @DefaultValue("data/ffmpeg") Path cacheDir) {}

    public record Lease(@DefaultValue("300") int seconds) {}

    /**
     * The operator login. Without a password one is generated on the first start; only its hash is kept, in
     * {@code passwordFile}, so later starts keep it.
     */
    public record Security(@DefaultValue("operator") String username, String password,
            @DefaultValue("data/operator-password") Path passwordFile) {}

    /** What the REST API accepts from a client. */
    public record Api(@DefaultValue("64KB") DataSize maxBody) {

        public Api {
            if (maxBody.toBytes() < 1024) {
                throw new IllegalArgumentException("studio.api.max-body: must be at least 1KB (was " + maxBody + ")");
            }
        }
    }

    /** Shortens every generated medium by this factor; only tests set it below 1. */
    public record Testing(@DefaultValue("1.0") double mediaTimeScale) {}
}
