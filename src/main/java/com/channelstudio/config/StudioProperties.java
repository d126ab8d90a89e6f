package com.channelstudio.config;

import com.channelstudio.look.Fill;
import com.channelstudio.look.Motion;
import com.channelstudio.look.Visualizer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.nio.file.Path;
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
        @DefaultValue @Valid Demo demo,
        @DefaultValue @Valid Poll poll,
        @DefaultValue("") @Pattern(regexp = "|https?://[^\\s/?#]+(/[^\\s?#]*)?", message = "must be empty or the studio's "
                + "address as operators reach it, e.g. https://studio.example.com") String publicUrl,
        @DefaultValue @Valid AlertSettings alerts,
        @DefaultValue @Valid Music music,
        @DefaultValue @Valid Image image,
        @DefaultValue @Valid Images images,
        @DefaultValue @Valid Render render,
        @DefaultValue @Valid Shorts shorts,
        @DefaultValue @Valid Ffmpeg ffmpeg,
        @DefaultValue @Valid Database database,
        @DefaultValue @Valid Lease lease,
        @DefaultValue @Valid Shutdown shutdown,
        @DefaultValue @Valid Schedules schedules,
        @DefaultValue @Valid Security security,
        @DefaultValue @Valid Api api,
        @DefaultValue @Valid Console console,
        @DefaultValue @Valid Routes routes,
        @DefaultValue @Valid Distinct distinct,
        @DefaultValue @Valid Secrets secrets,
        @DefaultValue @Valid Youtube youtube,
        @DefaultValue @Valid Providers providers,
        @DefaultValue @Valid Llm llm,
        @DefaultValue @Valid Testing testing) {

    // Here, not in the records: the rule is between two keys (the chosen provider, its credentials), and its values are secrets.
    public StudioProperties {
        providers.requireCredentialsOf(music.provider(), image.provider());
    }

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

    /**
     * The music provider. {@code clipCrossfadeSeconds}: where a provider makes a track longer than one generation may
     * last (Lyria, ElevenLabs, Stable Audio), the overlap of the clips the studio joins it from.
     */
    public record Music(@DefaultValue("dummy") Provider provider, @DefaultValue("2") @Positive int concurrency,
            @DefaultValue("2") @PositiveOrZero @Max(10) double clipCrossfadeSeconds) {

        public enum Provider implements Named {
            DUMMY, MUBERT, BEATOVEN, LYRIA, ELEVENLABS, STABLEAUDIO;

            /** Whether the provider is asked for a track's length (Beatoven only reads it in the prompt's words). */
            public boolean asksLength() {
                return this != BEATOVEN;
            }
        }

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

    /** What the LLM planner does when no valid plan comes. */
    public enum OnFailure implements Named { FALL_BACK, FAIL }

    /** A choice written in config/application.yml in lower case with hyphens ({@code fall-back}). */
    public interface Named {

        String name();

        default String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * The render and export stages. {@code minFreeGb}: the free space they need to start, in GB, or {@code auto} (the
     * default): three times the expected size of a 90-minute video at this picture size and motion (DiskRoom).
     */
    public record Render(
            @DefaultValue("0/5 * * * * ?") @QuartzCron String cron,
            @DefaultValue("2") @Positive int workers,
            @DefaultValue("1920") @Min(320) @Max(7680) int width,
            @DefaultValue("1080") @Min(180) @Max(4320) int height,
            @DefaultValue("30") @Min(24) @Max(60) int fps,
            @DefaultValue("crop") Fill fill,
            @DefaultValue("ultrafast") String preset,
            @DefaultValue("20") @Min(0) @Max(51) int crf,
            @DefaultValue("10") @Positive int keyframeIntervalSeconds,
            @DefaultValue("256k") String audioBitrate,
            @DefaultValue("2") @Min(1) @Max(16) int audioEncoders,
            @DefaultValue("2") double fadeInSeconds,
            @DefaultValue("4") double fadeOutSeconds,
            @DefaultValue("3") double crossfadeSeconds,
            @DefaultValue("-14") double loudnessTargetLufs,
            @DefaultValue("-1") double truePeakCeilingDb,
            @DefaultValue("2") double encodeHeadroomDb,
            @DefaultValue("20") @Positive int timeoutSecondsPerVideoMinute,
            @DefaultValue("false") boolean keepFailedScratch,
            @DefaultValue("10000") @Positive long progressLogMs,
            @DefaultValue("none") Motion motion,
            @DefaultValue("4") @Min(1) @Max(60) int motionLoopSeconds,
            @DefaultValue("none") Visualizer visualizer,
            @DefaultValue("ffffff") @Pattern(regexp = "[0-9a-fA-F]{6}", message = "must be a colour as six hex digits, "
                    + "RRGGBB") String visualizerColour,
            @DefaultValue("12") @Min(4) @Max(40) int visualizerHeightPercent,
            @DefaultValue("12") @Min(10) @Max(60) int visualizerFps,
            @DefaultValue(AUTO) @Pattern(regexp = "auto|(?=.*[1-9])\\d+(\\.\\d+)?", message = "must be auto or a positive "
                    + "number of GB") String minFreeGb) {

        /** {@code min-free-gb}'s default: derived from the expected size of a video. */
        public static final String AUTO = "auto";

        /** The free space renders and exports need, in GB, if the operator set one; empty for auto. */
        public java.util.OptionalDouble fixedMinFreeGb() {
            return AUTO.equals(minFreeGb) ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(Double.parseDouble(minFreeGb));
        }

        /**
         * The frame rate of a video with this visualizer: fps for none, where the pictures' frames are copies;
         * visualizer-fps where every frame is encoded.
         */
        public int fps(Visualizer visualizer) {
            return visualizer == Visualizer.NONE ? fps : visualizerFps;
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
     * {@code path} empty: the bundled static binary, extracted to {@code cacheDir}; a bare name: that program on
     * the PATH; otherwise the file at that path. The check of the binary and the looks at media files are killed
     * (with any process they started) after their timeouts.
     */
    public record Ffmpeg(
            @DefaultValue("") String path,
            @DefaultValue("data/ffmpeg") Path cacheDir,
            @DefaultValue("30") @Positive int checkTimeoutSeconds,
            @DefaultValue("300") @Positive int probeTimeoutSeconds) {}

    /**
     * The embedded PostgreSQL, started only when no {@code spring.datasource.url} is set; and, whichever server is
     * used, how many times a statement that cannot reach it is tried again (routes/error-handling.camel.yaml).
     */
    public record Database(
            @DefaultValue("data/postgres") Path embeddedDir,
            @DefaultValue("0") int embeddedPort,
            @DefaultValue("true") boolean embeddedDurable,
            @DefaultValue("60") @Positive int embeddedStartTimeoutSeconds,
            @DefaultValue("15") @PositiveOrZero int outageRetries) {}

    /** A claim lasts {@code seconds} unless renewed; this instance renews the claims it works on every {@code renewMs}. */
    public record Lease(@DefaultValue("300") @Min(10) int seconds, @DefaultValue("30000") @Min(100) long renewMs,
            @DefaultValue("0 * * * * ?") @QuartzCron String sweepCron) {

        public Lease {
            if (renewMs * 2 > seconds * 1000L) {
                throw new IllegalArgumentException("studio.lease.renew-ms must be at most half of studio.lease.seconds, "
                        + "so a claim is renewed before it runs out (was " + renewMs + " ms for a lease of " + seconds + " s)");
            }
        }

        public int renewSeconds() {
            return (int) Math.max(1, Math.ceil(renewMs / 1000.0));
        }
    }

    /**
     * Vertical Shorts cut from every video at export ({@code perVideo}, 0: none; a channel may choose its own), each
     * the liveliest {@code seconds} of one of its tracks, published {@code publishOffsetHours} apart after a scheduled
     * video.
     */
    public record Shorts(
            @DefaultValue("0") @Min(0) @Max(3) int perVideo,
            @DefaultValue("30") @Min(15) @Max(60) int seconds,
            @DefaultValue("24") @Min(1) @Max(720) int publishOffsetHours) {}

    /**
     * How often (quartz cron, in the clustered store) the channel schedules are checked for firings, and how a
     * schedule with {@code selection: learn} reads its moods' analytics: the first {@code learnDays} days of each
     * video, by {@code learnMetric}, every mood keeping at least {@code learnMinShare} percent of the firings.
     */
    public record Schedules(
            @DefaultValue("0/10 * * * * ?") @QuartzCron String checkCron,
            @DefaultValue("7") @Min(1) @Max(90) int learnDays,
            @DefaultValue("views") LearnMetric learnMetric,
            @DefaultValue("10") @Min(0) @Max(50) int learnMinShare) {}

    /** What a learning schedule counts per day of a video: its views, or its hours watched. */
    public enum LearnMetric implements Named {
        VIEWS, WATCH_HOURS;

        /** As the page and the planning reason say it: "views/day", "watch hours/day". */
        public String perDay() {
            return this == VIEWS ? "views/day" : "watch hours/day";
        }
    }

    /** On SIGTERM, provider items in flight may finish within {@code graceSeconds}; then the rest is stopped. */
    public record Shutdown(@DefaultValue("20") @PositiveOrZero int graceSeconds) {}

    /**
     * The operator login. Without a password one is generated on the first start; only its hash is kept, in
     * {@code passwordFile}, so later starts keep it. A password bcrypt accepted is remembered (as a keyed hash, in
     * memory) for {@code rememberAcceptedPasswordSeconds}, 0 for never.
     */
    public record Security(@DefaultValue("operator") String username, @DefaultValue("") String password,
            @DefaultValue("data/operator-password") Path passwordFile, @DefaultValue @Valid LoginThrottle loginThrottle,
            @DefaultValue("300") @Min(0) @Max(3600) int rememberAcceptedPasswordSeconds) {

        public static final int MIN_PASSWORD_LENGTH = 12;

        // In code, not as a constraint: the start's report of a broken constraint would print the password.
        public Security {
            if (password != null && !password.isEmpty() && password.length() < MIN_PASSWORD_LENGTH) {
                throw new IllegalArgumentException("studio.security.password must be at least " + MIN_PASSWORD_LENGTH
                        + " characters (was " + password.length() + "); leave it empty to have one generated");
            }
        }
    }

    /**
     * Wrong logins cost a password hash each (bcrypt, about 0.1 s of a core): an address that fails
     * {@code addressFailuresPerMinute} times within a minute, or any address while the whole studio saw
     * {@code totalFailuresPerMinute} failures in the last minute (addresses that logged in lately excepted), is answered
     * 429 before any hash is computed, for {@code firstWaitSeconds}, doubling with each new block up to {@code maxWaitSeconds}.
     */
    public record LoginThrottle(
            @DefaultValue("10") @Positive int addressFailuresPerMinute,
            @DefaultValue("60") @Positive int totalFailuresPerMinute,
            @DefaultValue("60") @Positive int firstWaitSeconds,
            @DefaultValue("3600") @Positive int maxWaitSeconds) {

        public LoginThrottle {
            if (maxWaitSeconds < firstWaitSeconds) {
                throw new IllegalArgumentException("studio.security.login-throttle.max-wait-seconds must be at least "
                        + "first-wait-seconds (was " + maxWaitSeconds + ")");
            }
        }
    }

    /** What the REST API accepts from a client. */
    public record Api(@DefaultValue("64KB") @MinDataSize("1KB") DataSize maxBody) {}

    /**
     * How often the operator console's pages ask for the progress of the jobs they show, and where the small pictures
     * of its image grids are kept once made.
     */
    public record Console(@DefaultValue("2000") @Min(250) int progressPollMs,
            @DefaultValue("data/console-thumbnails") Path thumbnailDir) {}

    /**
     * The operator's route reload: how long it waits for the work in flight in the routes it replaces. Callers of a
     * direct: route wait 30 s for it to come back, so the wait stays under that.
     */
    public record Routes(@DefaultValue("20") @Min(1) @Max(25) int reloadWaitSeconds) {}

    /**
     * The check before render that a video is no near copy of the channel's last {@code recentVideos} videos:
     * images whose perceptual hashes differ in fewer than {@code imageDistance} of 256 bits, or a repeated music
     * prompt, are made again up to {@code maxRepairs} times.
     */
    public record Distinct(
            @DefaultValue("10") @PositiveOrZero int recentVideos,
            @DefaultValue("24") @Min(0) @Max(256) int imageDistance,
            @DefaultValue("2") @PositiveOrZero int maxRepairs) {}

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
            @DefaultValue("8388608") @MultipleOf(RESUMABLE_CHUNK_UNIT) int uploadChunkBytes,
            @DefaultValue("30") @Positive int backOffFirstSeconds,
            @DefaultValue("3600") @Positive int backOffMaxSeconds,
            @DefaultValue("America/Los_Angeles") java.time.ZoneId quotaResetZone,
            @DefaultValue @Valid Quota quota,
            @DefaultValue("https://youtubeanalytics.googleapis.com") String analyticsBaseUrl,
            @DefaultValue @Valid Analytics analytics,
            @DefaultValue("https://accounts.google.com/o/oauth2/v2/auth") String oauthAuthorizeUrl,
            @DefaultValue("") @Pattern(regexp = "|https?://[^/?#]+/[^?#]*oauth/youtube/callback", message = "must be the "
                    + "studio's address as the browser reaches it, ending in /oauth/youtube/callback") String redirectUri,
            @DefaultValue("10") @Min(1) @Max(60) int oauthStateMinutes,
            @DefaultValue("2") @PositiveOrZero int maxUploadsPerChannelPerDay,
            @DefaultValue("3") @PositiveOrZero int maxShortsPerChannelPerDay,
            @DefaultValue List<@Pattern(regexp = LanguageTags.PATTERN, message = LanguageTags.RULE) String> languages) {

        /** 256 KiB: YouTube's resumable protocol takes chunks of whole multiples of it. */
        static final long RESUMABLE_CHUNK_UNIT = 256 * 1024;
    }

    /**
     * The Google Cloud project's daily YouTube quota and what each call costs (Google has changed the costs twice),
     * so the studio starts no upload that would not fit into what is left today.
     */
    public record Quota(
            @DefaultValue("10000") @Positive int unitsPerDay,
            @DefaultValue("100") @PositiveOrZero int videosInsert,
            @DefaultValue("50") @PositiveOrZero int thumbnailsSet,
            @DefaultValue("1") @PositiveOrZero int channelsList,
            @DefaultValue("50") @PositiveOrZero int playlistItemsInsert,
            @DefaultValue("1") @PositiveOrZero int playlistItemsList) {}

    /**
     * The daily analytics snapshots: when they are taken (quartz cron, in the clustered store) and how many days,
     * up to today, each one reads again (YouTube revises the figures of recent days).
     */
    public record Analytics(@DefaultValue("0 30 9 * * ?") @QuartzCron String cron, @DefaultValue("7") @Min(1) @Max(90) int days) {}

    /**
     * The remote providers: where each is, its credentials (the chosen providers' must be set) and its price, and how
     * every call is timed out, retried and, for asynchronous generations, polled. {@code monthlyBudgetUsd}: what all
     * channels together may spend on provider calls in a calendar month (UTC), empty for no limit; a job whose next
     * calls would pass it (or its channel's channels.monthly_budget_usd) waits, and its stage looks again every
     * {@code budgetCheckSeconds}.
     */
    public record Providers(
            @DefaultValue @Valid Mubert mubert,
            @DefaultValue @Valid Beatoven beatoven,
            @DefaultValue @Valid Lyria lyria,
            @DefaultValue @Valid ElevenLabs elevenlabs,
            @DefaultValue @Valid StableAudio stableaudio,
            @DefaultValue @Valid Leonardo leonardo,
            @DefaultValue @Valid Gemini gemini,
            @DefaultValue("") @Pattern(regexp = "|\\d+(\\.\\d+)?", message = "must be empty (no budget) or US dollars, "
                    + "e.g. 250") String monthlyBudgetUsd,
            @DefaultValue("60") @Positive int budgetCheckSeconds,
            @DefaultValue @Valid Http http,
            @DefaultValue @Valid Retry retry,
            @DefaultValue @Valid GenerationPoll poll,
            @DefaultValue("32MB") @MinDataSize("1KB") DataSize maxAnswerBytes,
            @DefaultValue @Valid MaxDownloadBytes maxDownloadBytes,
            @DefaultValue("600") @Positive int callTimeoutSeconds) {

        /** The studio's monthly budget in US dollars, if it has one. */
        public java.util.Optional<java.math.BigDecimal> studioBudgetUsd() {
            return monthlyBudgetUsd.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new java.math.BigDecimal(monthlyBudgetUsd));
        }

        /** Lyria speaks the Gemini API: without a key of its own it uses the image provider's. */
        public String lyriaKey() {
            return lyria.apiKey().isBlank() ? gemini.apiKey() : lyria.apiKey();
        }

        void requireCredentialsOf(Music.Provider music, Image.Provider image) {
            String chosen = "studio.music.provider is " + music.label() + " but ";
            switch (music) {
                case MUBERT -> require(!mubert.companyId().isBlank() && !mubert.licenseToken().isBlank(), chosen
                        + "studio.providers.mubert.company-id or license-token is empty (MUBERT_COMPANY_ID, MUBERT_LICENSE_TOKEN)");
                case BEATOVEN -> require(!beatoven.apiKey().isBlank(), chosen
                        + "studio.providers.beatoven.api-key is empty (BEATOVEN_API_KEY)");
                case LYRIA -> require(!lyriaKey().isBlank(), chosen + "studio.providers.lyria.api-key is empty (LYRIA_API_KEY), and "
                        + "so is studio.providers.gemini.api-key (GEMINI_API_KEY), which Lyria uses without a key of its own");
                case ELEVENLABS -> require(!elevenlabs.apiKey().isBlank(), chosen
                        + "studio.providers.elevenlabs.api-key is empty (ELEVENLABS_API_KEY)");
                case STABLEAUDIO -> require(!stableaudio.apiKey().isBlank(), chosen
                        + "studio.providers.stableaudio.api-key is empty (STABILITY_API_KEY)");
                case DUMMY -> { }
            }
            chosen = "studio.image.provider is " + image.label() + " but ";
            switch (image) {
                case LEONARDO -> require(!leonardo.apiKey().isBlank(), chosen
                        + "studio.providers.leonardo.api-key is empty (LEONARDO_API_KEY)");
                case GEMINI -> require(!gemini.apiKey().isBlank(), chosen + "studio.providers.gemini.api-key is empty (GEMINI_API_KEY)");
                case DUMMY -> { }
            }
        }

        private static void require(boolean set, String refusal) {
            if (!set) {
                throw new IllegalArgumentException(refusal);
            }
        }
    }

    /** The largest file a provider may deliver, per kind (studio.providers.max-download-bytes.audio, .images). */
    public record MaxDownloadBytes(@DefaultValue("2GB") @MinDataSize("1KB") DataSize audio,
            @DefaultValue("64MB") @MinDataSize("1KB") DataSize images) {

        /** @param kind {@code audio} or {@code images} */
        public DataSize of(String kind) {
            return "audio".equals(kind) ? audio : images;
        }
    }

    /** Pictures larger than this are refused from their header, before anything decodes them. */
    public record Images(@DefaultValue("50000000") @Positive long maxPixels) {}

    public record Mubert(@DefaultValue("https://music-api.mubert.com/api/v3") String baseUrl,
            @DefaultValue("") String companyId, @DefaultValue("") String licenseToken,
            @DefaultValue("0 per-track") @Pattern(regexp = Price.MUSIC, message = Price.MUSIC_RULE) String price) {}

    public record Beatoven(@DefaultValue("https://public-api.beatoven.ai") String baseUrl, @DefaultValue("") String apiKey,
            @DefaultValue("0 per-track") @Pattern(regexp = Price.MUSIC, message = Price.MUSIC_RULE) String price) {}

    /**
     * Google's Lyria through the Gemini API. {@code maxSeconds}: the longest clip the model makes; a longer track is
     * joined from clips (studio.music.clip-crossfade-seconds).
     */
    public record Lyria(@DefaultValue("https://generativelanguage.googleapis.com/v1beta") String baseUrl,
            @DefaultValue("") String apiKey, @DefaultValue("lyria-3-pro-preview") @NotBlank String model,
            @DefaultValue("120") @Min(10) @Max(600) int maxSeconds,
            @DefaultValue("0.08 per-track") @Pattern(regexp = Price.MUSIC, message = Price.MUSIC_RULE) String price) {}

    /** The ElevenLabs Music API; instrumental only. {@code maxSeconds}: the longest track one call makes. */
    public record ElevenLabs(@DefaultValue("https://api.elevenlabs.io") String baseUrl, @DefaultValue("") String apiKey,
            @DefaultValue("music_v1") @NotBlank String model, @DefaultValue("300") @Min(10) @Max(600) int maxSeconds,
            @DefaultValue("mp3_44100_128") @Pattern(regexp = "mp3_\\d+_\\d+|pcm_\\d+|opus_\\d+_\\d+", message = "must be "
                    + "one of ElevenLabs' output formats, codec_samplerate_bitrate, e.g. mp3_44100_128") String outputFormat,
            @DefaultValue("0.30 per-minute") @Pattern(regexp = Price.MUSIC, message = Price.MUSIC_RULE) String price) {}

    /**
     * Stability's Stable Audio. {@code duration}: the longest clip one call makes, in seconds (Stable Audio 2.5: up
     * to 190); {@code steps}: diffusion steps (2.5: 4 to 8); {@code outputFormat}: mp3 or wav.
     */
    public record StableAudio(@DefaultValue("https://api.stability.ai") String baseUrl, @DefaultValue("") String apiKey,
            @DefaultValue("stable-audio-2.5") @NotBlank String model, @DefaultValue("190") @Min(10) @Max(190) int duration,
            @DefaultValue("8") @Min(4) @Max(100) int steps,
            @DefaultValue("mp3") @Pattern(regexp = "mp3|wav", message = "must be mp3 or wav") String outputFormat,
            @DefaultValue("0.20 per-track") @Pattern(regexp = Price.MUSIC, message = Price.MUSIC_RULE) String price) {}

    public record Leonardo(@DefaultValue("https://cloud.leonardo.ai/api/rest/v1") String baseUrl,
            @DefaultValue("") String apiKey, @DefaultValue("de7d3faf-762f-48e0-b3b7-9d0ac3a3fcf3") String modelId,
            @DefaultValue("0 per-api-credit") @Pattern(regexp = Price.LEONARDO, message = Price.LEONARDO_RULE) String price) {}

    public record Gemini(@DefaultValue("https://generativelanguage.googleapis.com/v1beta") String baseUrl,
            @DefaultValue("") String apiKey, @DefaultValue("gemini-2.5-flash-image") String model,
            @DefaultValue("0.03 per-1k-tokens") @Pattern(regexp = Price.GEMINI, message = Price.GEMINI_RULE) String price) {}

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
            @DefaultValue("fall-back") OnFailure onFailure,
            @DefaultValue("0.0006 per-1k-tokens") @Pattern(regexp = Price.PER_1K_TOKENS, message = Price.PER_1K_TOKENS_RULE) String price) {

        /** Whether the LLM planner writes the prompts: a URL is set. */
        public boolean configured() {
            return !baseUrl.isBlank();
        }
    }

    /** Shortens every generated medium by this factor; only tests set it below 1. */
    public record Testing(@DefaultValue("1.0") double mediaTimeScale) {}
}
