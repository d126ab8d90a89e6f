package com.channelstudio.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Every operator knob of {@code config/application.yml}, typed and checked at start: a bad value stops the studio
 * with a message naming the key, the value and the rule. Java reads them here; routes read theirs as placeholders,
 * checked here all the same. Each default is the one config/application.yml documents (a test compares them).
 */
@ConfigurationProperties(prefix = "studio", ignoreUnknownFields = false)
@Validated
public record StudioProperties(
        @DefaultValue("output") Path outputDir,
        @DefaultValue Demo demo,
        @DefaultValue @Valid Poll poll,
        @DefaultValue("") @Pattern(regexp = "|https?://[^\\s/?#]+(/[^\\s?#]*)?", message = "must be empty or the studio's "
                + "address as operators reach it, e.g. https://studio.example.com") String publicUrl,
        @DefaultValue @Valid AlertSettings alerts,
        @DefaultValue @Valid Music music,
        @DefaultValue @Valid Image image,
        @DefaultValue @Valid Render render,
        @DefaultValue Ffmpeg ffmpeg,
        @DefaultValue Database database,
        @DefaultValue Lease lease,
        @DefaultValue Shutdown shutdown,
        @DefaultValue Schedules schedules,
        @DefaultValue Security security,
        @DefaultValue Api api,
        @DefaultValue @Valid Console console,
        @DefaultValue Distinct distinct,
        @DefaultValue Secrets secrets,
        @DefaultValue Youtube youtube,
        @DefaultValue @Valid Providers providers,
        @DefaultValue @Valid Llm llm,
        @DefaultValue Testing testing) {

    /** On an empty database, a demo channel and one planned job at start-up. */
    public record Demo(@DefaultValue("true") boolean enabled) {}

    /** How often each stage looks for a job to claim, and the wait before the first look, in milliseconds. */
    public record Poll(
            @DefaultValue("2000") @Positive long planningMs,
            @DefaultValue("2000") @Positive long musicMs,
            @DefaultValue("2000") @Positive long imagesMs,
            @DefaultValue("2000") @Positive long exportMs,
            @DefaultValue("5000") @Positive long uploadMs,
            @DefaultValue("1000") @Min(0) long initialDelayMs) {}

    public record Music(@DefaultValue("dummy") Provider provider, @DefaultValue("2") @Positive int concurrency) {

        public enum Provider implements Named { DUMMY, MUBERT, BEATOVEN }

        /** The route that makes one track with the configured provider. */
        public String endpoint() {
            return "direct:compose-track-" + provider.label();
        }
    }

    public record Image(@DefaultValue("dummy") Provider provider, @DefaultValue("2") @Positive int concurrency) {

        public enum Provider implements Named { DUMMY, LEONARDO, GEMINI }

        /** The route that makes one image with the configured provider. */
        public String endpoint() {
            return "direct:paint-image-" + provider.label();
        }
    }

    /** How a picture of another shape fills the frame. */
    public enum Fill implements Named { CROP, BLUR }

    /** What the LLM planner does when no valid plan comes. */
    public enum OnFailure implements Named { FALL_BACK, FAIL }

    /** A choice written in config/application.yml in lower case with hyphens ({@code fall-back}). */
    public interface Named {

        String name();

        default String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public record Render(
            @DefaultValue("0/5 * * * * ?") String cron,
            @DefaultValue("2") @Positive int workers,
            @DefaultValue("1920") int width,
            @DefaultValue("1080") int height,
            @DefaultValue("30") int fps,
            @DefaultValue("crop") Fill fill,
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
            @DefaultValue("false") boolean keepFailedScratch,
            @DefaultValue("10000") @Positive long progressLogMs,
            @DefaultValue("none") Motion motion,
            @DefaultValue("4") @Min(1) @Max(60) int motionLoopSeconds) {

        public Render {
            requireCron("studio.render.cron", cron);
        }

        public String resolution() {
            return width + "x" + height;
        }

        /** The true peak the studio's limiter holds the program to before the AAC encode: the ceiling less the encoder's room. */
        public double limiterCeilingDb() {
            return truePeakCeilingDb - encodeHeadroomDb;
        }
    }

    /**
     * The gentle motion of every picture (a channel may choose its own): none (a still, the default), a slow
     * breathing zoom, light particles drifting down over the picture, or a soft flicker of its light. A value
     * that is none of these stops the start, naming the key, the value and the allowed ones.
     */
    public enum Motion implements Named {
        NONE, ZOOM, PARTICLES, FLICKER;

        /** Every motion as written in the settings, the API and the database. */
        public static List<String> labels() {
            return Arrays.stream(values()).map(Motion::label).toList();
        }

        /** A channel's {@code render_motion}: one of the values above, or NULL for the studio's {@code studio.render.motion}. */
        public static Motion ofChannel(String value, Motion studioDefault) {
            return value == null ? studioDefault : valueOf(value.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * {@code path} empty: the bundled static binary, extracted to {@code cacheDir}; a bare name: that program on
     * the PATH; otherwise the file at that path. The check of the binary and the looks at media files are killed
     * (with any process they started) after their timeouts.
     */
    public record Ffmpeg(
            @DefaultValue("") String path,
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
    public record Lease(@DefaultValue("300") int seconds, @DefaultValue("30000") long renewMs,
            @DefaultValue("0 * * * * ?") String sweepCron) {

        public Lease {
            if (seconds < 10) {
                throw new IllegalArgumentException("studio.lease.seconds must be at least 10 (was " + seconds + ")");
            }
            if (renewMs < 100 || renewMs * 2 > seconds * 1000L) {
                throw new IllegalArgumentException("studio.lease.renew-ms must be at least 100 and at most half of "
                        + "studio.lease.seconds, so a claim is renewed before it runs out (was " + renewMs + ")");
            }
            requireCron("studio.lease.sweep-cron", sweepCron);
        }

        public int renewSeconds() {
            return (int) Math.max(1, Math.ceil(renewMs / 1000.0));
        }
    }

    /** How often (quartz cron, in the clustered store) the channel schedules are checked for firings. */
    public record Schedules(@DefaultValue("0/10 * * * * ?") String checkCron) {

        public Schedules {
            requireCron("studio.schedules.check-cron", checkCron);
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
    public record Security(@DefaultValue("operator") String username, @DefaultValue("") String password,
            @DefaultValue("data/operator-password") Path passwordFile) {}

    /** What the REST API accepts from a client. */
    public record Api(@DefaultValue("64KB") DataSize maxBody) {

        public Api {
            if (maxBody.toBytes() < 1024) {
                throw new IllegalArgumentException("studio.api.max-body: must be at least 1KB (was " + maxBody + ")");
            }
        }
    }

    /** How often the operator console's pages ask for the progress of the jobs they show. */
    public record Console(@DefaultValue("2000") @Min(250) int progressPollMs) {}

    /**
     * The check before render that a video is no near copy of the channel's last {@code recentVideos} videos:
     * images whose perceptual hashes differ in fewer than {@code imageDistance} of 256 bits, or a repeated music
     * prompt, are made again up to {@code maxRepairs} times.
     */
    public record Distinct(
            @DefaultValue("10") int recentVideos,
            @DefaultValue("24") int imageDistance,
            @DefaultValue("2") int maxRepairs) {

        public Distinct {
            if (recentVideos < 0) {
                throw new IllegalArgumentException("studio.distinct.recent-videos must be 0 (no check) or more (was " + recentVideos + ")");
            }
            if (imageDistance < 0 || imageDistance > 256) {
                throw new IllegalArgumentException("studio.distinct.image-distance must be between 0 and 256 bits (was " + imageDistance + ")");
            }
            if (maxRepairs < 0) {
                throw new IllegalArgumentException("studio.distinct.max-repairs must be 0 or more (was " + maxRepairs + ")");
            }
        }
    }

    /** {@code key}: base64 of the 32 bytes that encrypt stored credentials (YouTube refresh tokens); empty: none stored. */
    public record Secrets(@DefaultValue("") String key) {}

    /**
     * The YouTube Data API: the OAuth client, where the API and the token endpoint are, and how uploads are sent.
     * {@code uploadChunkBytes} must be a multiple of 256 KiB, as the resumable protocol requires.
     */
    public record Youtube(
            @DefaultValue("") String clientId,
            @DefaultValue("") String clientSecret,
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
            @DefaultValue("") String redirectUri,
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
            requireCron("studio.youtube.analytics.cron", cron);
            if (days < 1 || days > 90) {
                throw new IllegalArgumentException("studio.youtube.analytics.days must be between 1 and 90 (was " + days + ")");
            }
        }
    }

    /**
     * The remote providers: where each is and its credentials (empty: the provider fails its item naming the key),
     * and how every call is timed out, retried and, for asynchronous generations, polled.
     */
    public record Providers(
            @DefaultValue Mubert mubert,
            @DefaultValue Beatoven beatoven,
            @DefaultValue Leonardo leonardo,
            @DefaultValue Gemini gemini,
            @DefaultValue @Valid Http http,
            @DefaultValue @Valid Retry retry,
            @DefaultValue @Valid GenerationPoll poll) {}

    public record Mubert(@DefaultValue("https://music-api.mubert.com/api/v3") String baseUrl,
            @DefaultValue("") String companyId, @DefaultValue("") String licenseToken) {}

    public record Beatoven(@DefaultValue("https://public-api.beatoven.ai") String baseUrl, @DefaultValue("") String apiKey) {}

    public record Leonardo(@DefaultValue("https://cloud.leonardo.ai/api/rest/v1") String baseUrl,
            @DefaultValue("") String apiKey, @DefaultValue("de7d3faf-762f-48e0-b3b7-9d0ac3a3fcf3") String modelId) {}

    public record Gemini(@DefaultValue("https://generativelanguage.googleapis.com/v1beta") String baseUrl,
            @DefaultValue("") String apiKey, @DefaultValue("gemini-2.5-flash-image") String model) {}

    public record Http(@DefaultValue("10000") @Positive int connectTimeoutMs, @DefaultValue("120000") @Positive int responseTimeoutMs) {}

    public record Retry(@DefaultValue("5") @Min(0) int maxRetries, @DefaultValue("2000") @Positive long initialDelayMs,
            @DefaultValue("60000") @Positive long maxDelayMs) {}

    public record GenerationPoll(@DefaultValue("5000") @Positive long intervalMs, @DefaultValue("900") @Positive long deadlineSeconds) {}

    /** The LLM planner: an OpenAI-compatible chat-completions URL (empty: the built-in planner), and its model. */
    public record Llm(
            @DefaultValue("") String baseUrl,
            @DefaultValue("") String apiKey,
            @DefaultValue("gpt-4o-mini") @NotBlank String model,
            @DefaultValue("3") @Min(1) @Max(10) int attempts,
            @DefaultValue("fall-back") OnFailure onFailure) {}

    /** Shortens every generated medium by this factor; only tests set it below 1. */
    public record Testing(@DefaultValue("1.0") double mediaTimeScale) {}

    private static void requireCron(String key, String expression) {
        if (!org.quartz.CronExpression.isValidExpression(expression)) {
            throw new IllegalArgumentException(key + " must be a Quartz cron expression, seconds first (was " + expression + ")");
        }
    }

    private static void positive(String key, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(key + " must be a positive number of seconds, not " + value);
        }
    }
}
