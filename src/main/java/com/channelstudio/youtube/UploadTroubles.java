package com.channelstudio.youtube;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.jobs.Causes;
import com.channelstudio.jobs.InvalidInputException;
import com.channelstudio.security.SecretRedactor;
import com.google.api.client.googleapis.json.GoogleJsonError;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.HttpResponseException;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/**
 * What an upload failure means for the job: YouTube's quota errors are a wait until its daily reset (midnight
 * Pacific time), not a failure; 5xx answers, rate limits and cut connections are tried again after a growing,
 * jittered back-off; an {@code invalid_grant} pauses the channel; any other refusal fails the upload naming it.
 */
@Component("uploadTroubles")
public class UploadTroubles {

    private static final DateTimeFormatter UTC_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");
    private static final DateTimeFormatter UTC_SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    private final StudioProperties.Youtube config;
    private final YoutubeQuota quota;
    private final SecretRedactor redactor;

    public UploadTroubles(StudioProperties properties, YoutubeQuota quota, SecretRedactor redactor) {
        this.config = properties.youtube();
        this.quota = quota;
        this.redactor = redactor;
    }

    /** @param finishing what of the video's follow-up was being done when it failed ({@code its thumbnail}, …) */
    public UploadTrouble describe(Exchange exchange, @Header("uploadAttempts") Integer attempts,
            @Header("youtubeVideoId") String videoId, @Header("finishing") String finishing) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        UploadTrouble trouble = describe(failure, attempts == null ? 0 : attempts);
        return videoId == null ? trouble : new UploadTrouble(trouble.scope(), trouble.state(), trouble.notBefore(),
                "video " + videoId + " is up, " + (finishing == null ? "what follows it" : finishing) + " is not: " + trouble.message());
    }

    UploadTrouble describe(Throwable failure, int attempts) {
        if (Causes.find(failure, RefreshTokenRefusedException.class) != null) {
            return new UploadTrouble(UploadTrouble.Scope.CHANNEL_TOKEN, "waiting", null, RefreshTokenRefusedException.REMEDY);
        }
        if (Causes.find(failure, YoutubeNotConfiguredException.class) != null) {
            OffsetDateTime retry = quota.now().plusSeconds(config.backOffMaxSeconds());
            return new UploadTrouble(UploadTrouble.Scope.JOB, "waiting", retry,
                    "upload tries again at " + UTC_SECOND.format(retry) + ": " + YoutubeNotConfiguredException.MESSAGE);
        }
        InvalidInputException invalid = Causes.find(failure, InvalidInputException.class);
        if (invalid != null) {
            return failed("the upload package breaks YouTube's rules, nothing was sent: " + invalid.getMessage());
        }
        GoogleJsonResponseException refusal = Causes.find(failure, GoogleJsonResponseException.class);
        String reason = reason(refusal);
        if (reason.equals("quotaExceeded") || reason.equals("dailyLimitExceeded")) {
            return quotaWait(UploadTrouble.Scope.PROJECT_QUOTA, "the Google Cloud project's daily YouTube quota is spent (" + reason + ")");
        }
        if (reason.equals("uploadLimitExceeded")) {
            return quotaWait(UploadTrouble.Scope.CHANNEL_QUOTA, "the channel reached YouTube's upload limit (uploadLimitExceeded)");
        }
        HttpResponseException http = Causes.find(failure, HttpResponseException.class);
        boolean transientAnswer = http != null && (http.getStatusCode() >= 500 || http.getStatusCode() == 429
                || reason.equals("rateLimitExceeded") || reason.equals("userRateLimitExceeded"));
        if (transientAnswer || (http == null && Causes.find(failure, IOException.class) != null)) {
            OffsetDateTime retry = quota.now().plus(backOff(attempts));
            String what = http == null ? "the connection failed (" + failure.getMessage() + ")"
                    : "YouTube answered " + http.getStatusCode() + (reason.isEmpty() ? "" : " " + reason);
            return new UploadTrouble(UploadTrouble.Scope.JOB, "waiting", retry,
                    redactor.redact("upload tries again at " + UTC_SECOND.format(retry) + ": " + what));
        }
        if (http != null) {
            String message = refusal != null && refusal.getDetails() != null ? refusal.getDetails().getMessage() : http.getStatusMessage();
            return failed("YouTube refused the upload: " + http.getStatusCode() + (reason.isEmpty() ? "" : " " + reason)
                    + (message == null ? "" : ": " + message));
        }
        return failed(failure.getClass().getSimpleName() + ": " + failure.getMessage());
    }

    private UploadTrouble quotaWait(UploadTrouble.Scope scope, String why) {
        OffsetDateTime reset = quota.nextReset();
        return new UploadTrouble(scope, "waiting", reset,
                "upload waits for the YouTube quota reset at " + UTC_MINUTE.format(reset) + ": " + why);
    }

    private UploadTrouble failed(String message) {
        return new UploadTrouble(UploadTrouble.Scope.JOB, "failed", null, redactor.redact(message));
    }

    private Duration backOff(int attempts) {
        long ceiling = Math.min(config.backOffMaxSeconds(), (long) config.backOffFirstSeconds() << Math.min(attempts, 20));
        return Duration.ofMillis((long) (ceiling * 1000 * ThreadLocalRandom.current().nextDouble(0.5, 1.0)));
    }

    private static String reason(GoogleJsonResponseException refusal) {
        if (refusal == null || refusal.getDetails() == null || refusal.getDetails().getErrors() == null
                || refusal.getDetails().getErrors().isEmpty()) {
            return "";
        }
        GoogleJsonError.ErrorInfo first = refusal.getDetails().getErrors().get(0);
        return first.getReason() == null ? "" : first.getReason();
    }
}
