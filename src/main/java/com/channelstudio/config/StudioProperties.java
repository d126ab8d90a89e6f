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
        @DefaultValue Database database,
        @DefaultValue Lease lease,
        @DefaultValue Shutdown shutdown,
        @DefaultValue Schedules schedules,
        @DefaultValue Security security,
        @DefaultValue Api api,
        @DefaultValue Secrets secrets,
        @DefaultValue Youtube youtube,
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
            @DefaultValue("20") int timeoutSecondsPerVideoMinute,
            @DefaultValue("false") boolean keepFailedScratch) {

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

    /**
     * The embedded PostgreSQL, started only when no {@code spring.datasource.url} is set; and, whichever server is
     * used, how many times a statement that cannot reach it is tried again (routes/error-handling.camel.yaml).
     */
    public record Database(
            @DefaultValue("data/postgres") Path embeddedDir,
            @DefaultValue("0") int embeddedPort,
            @DefaultValue("true") boolean embeddedDurable,
            @DefaultValue("60") int embeddedStartTimeoutSeconds,
            @DefaultValue("15") int outageRetries) {

        public Database {
            positive("studio.database.embedded-start-timeout-seconds", embeddedStartTimeoutSeconds);
            if (outageRetries < 0) {
                throw new IllegalArgumentException("studio.database.outage-retries must be 0 or more (was " + outageRetries + ")");
            }
        }
    }

    /** A claim lasts {@code seconds} unless renewed; this instance renews the claims it works on every {@code renewMs}. */
    public record Lease(@DefaultValue("300") int seconds, @DefaultValue("30000") long renewMs) {

        public Lease {
            if (seconds < 10) {
                throw new IllegalArgumentException("studio.lease.seconds must be at least 10 (was " + seconds + ")");
            }
            if (renewMs < 100 || renewMs * 2 > seconds * 1000L) {
                throw new IllegalArgumentException("studio.lease.renew-ms must be at least 100 and at most half of "
                        + "studio.lease.seconds, so a claim is renewed before it runs out (was " + renewMs + ")");
            }
        }

        public int renewSeconds() {
            return (int) Math.max(1, Math.ceil(renewMs / 1000.0));
        }
    }

    /** How often (quartz cron, in the clustered store) the channel schedules are checked for firings. */
    public record Schedules(@DefaultValue("0/10 * * * * ?") String checkCron) {

        public Schedules {
            if (!org.quartz.CronExpression.isValidExpression(checkCron)) {
                throw new IllegalArgumentException("studio.schedules.check-cron must be a Quartz cron expression, "
                        + "seconds first (was " + checkCron + ")");
            }
        }
    }

    /** On SIGTERM, provider items in flight may finish within {@code graceSeconds}; then the rest is stopped. */
    public record Shutdown(@DefaultValue("20") int graceSeconds) {

        public Shutdown {
            if (graceSeconds < 0) {
                throw new IllegalArgumentException("studio.shutdown.grace-seconds must be 0 or more (was " + graceSeconds + ")");
            }
        }
    }

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

    /** {@code key}: base64 of the 32 bytes that encrypt stored credentials (YouTube refresh tokens); empty: none stored. */
    public record Secrets(String key) {}

    /**
     * The YouTube Data API: the OAuth client, where the API and the token endpoint are, and how uploads are sent.
     * {@code uploadChunkBytes} must be a multiple of 256 KiB, as the resumable protocol requires.
     */
    public record Youtube(
            String clientId,
            String clientSecret,
            @DefaultValue("https://www.googleapis.com") String apiBaseUrl,
            @DefaultValue("https://oauth2.googleapis.com/token") String oauthTokenUrl,
            @DefaultValue("8388608") int uploadChunkBytes,
            @DefaultValue("30") int backOffFirstSeconds,
            @DefaultValue("3600") int backOffMaxSeconds,
            @DefaultValue("America/Los_Angeles") java.time.ZoneId quotaResetZone,
            @DefaultValue Quota quota,
            @DefaultValue("https://youtubeanalytics.googleapis.com") String analyticsBaseUrl,
            @DefaultValue Analytics analytics,
            @DefaultValue("https://accounts.google.com/o/oauth2/v2/auth") String oauthAuthorizeUrl,
            String redirectUri,
            @DefaultValue("10") int oauthStateMinutes,
            @DefaultValue("2") int maxUploadsPerChannelPerDay) {

        public Youtube {
            if (uploadChunkBytes <= 0 || uploadChunkBytes % (256 * 1024) != 0) {
                throw new IllegalArgumentException("studio.youtube.upload-chunk-bytes must be a positive multiple of 262144 "
                        + "(256 KiB), as YouTube's resumable protocol requires (was " + uploadChunkBytes + ")");
            }
            positive("studio.youtube.back-off-first-seconds", backOffFirstSeconds);
            positive("studio.youtube.back-off-max-seconds", backOffMaxSeconds);
            if (redirectUri != null && !redirectUri.isBlank() && !redirectUri.matches("https?://[^/?#]+/[^?#]*oauth/youtube/callback")) {
                throw new IllegalArgumentException("studio.youtube.redirect-uri must be the studio's address as the browser "
                        + "reaches it, ending in /oauth/youtube/callback (was " + redirectUri + ")");
            }
            if (maxUploadsPerChannelPerDay < 0) {
                throw new IllegalArgumentException("studio.youtube.max-uploads-per-channel-per-day must be 0 (no cap) or more "
                        + "(was " + maxUploadsPerChannelPerDay + ")");
            }
            if (oauthStateMinutes < 1 || oauthStateMinutes > 60) {
                throw new IllegalArgumentException("studio.youtube.oauth-state-minutes must be between 1 and 60 (was "
                        + oauthStateMinutes + ")");
            }
        }
    }

    /**
     * The Google Cloud project's daily YouTube quota and what each call costs (Google has changed the costs twice),
     * so the studio starts no upload that would not fit into what is left today.
     */
    public record Quota(
            @DefaultValue("10000") int unitsPerDay,
            @DefaultValue("100") int videosInsert,
            @DefaultValue("50") int thumbnailsSet,
            @DefaultValue("1") int channelsList,
            @DefaultValue("50") int playlistItemsInsert) {

        public Quota {
            if (unitsPerDay <= 0) {
                throw new IllegalArgumentException("studio.youtube.quota.units-per-day must be a positive number of units (was " + unitsPerDay + ")");
            }
            if (videosInsert < 0 || thumbnailsSet < 0 || channelsList < 0 || playlistItemsInsert < 0) {
                throw new IllegalArgumentException("studio.youtube.quota: call costs must be 0 or more units");
            }
        }
    }

    /**
     * The daily analytics snapshots: when they are taken (quartz cron, in the clustered store) and how many days,
     * up to today, each one reads again (YouTube revises the figures of recent days).
     */
    public record Analytics(@DefaultValue("0 30 9 * * ?") String cron, @DefaultValue("7") int days) {

        public Analytics {
            if (!org.quartz.CronExpression.isValidExpression(cron)) {
                throw new IllegalArgumentException("studio.youtube.analytics.cron must be a Quartz cron expression, "
                        + "seconds first (was " + cron + ")");
            }
            if (days < 1 || days > 90) {
                throw new IllegalArgumentException("studio.youtube.analytics.days must be between 1 and 90 (was " + days + ")");
            }
        }
    }

    /** Shortens every generated medium by this factor; only tests set it below 1. */
    public record Testing(@DefaultValue("1.0") double mediaTimeScale) {}

    private static void positive(String key, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(key + " must be a positive number of seconds, not " + value);
        }
    }
}
