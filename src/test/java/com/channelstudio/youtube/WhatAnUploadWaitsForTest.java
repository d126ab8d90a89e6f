package com.channelstudio.youtube;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelstudio.config.StudioProperties;
import com.channelstudio.security.SecretRedactor;
import com.google.api.client.googleapis.json.GoogleJsonError;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.HttpHeaders;
import com.google.api.client.http.HttpResponseException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mock.env.MockEnvironment;

/**
 * Quota errors wait until the next midnight Pacific time (winter and summer time), transient errors and a missing
 * OAuth client wait a back-off; other refusals fail naming why.
 */
class WhatAnUploadWaitsForTest {

    @Test
    void quotaWaitsUntilMidnightInLosAngelesInWinterAndSummer() {
        assertThat(troublesAt("2026-11-30T23:30:00Z").describe(refusal(403, "quotaExceeded"), 0).message())
                .startsWith("upload waits for the YouTube quota reset at 2026-12-01 08:00 UTC");
        // 06:30 UTC on 1 December is still 30 November in Los Angeles
        assertThat(troublesAt("2026-12-01T06:30:00Z").describe(refusal(403, "dailyLimitExceeded"), 0).message())
                .startsWith("upload waits for the YouTube quota reset at 2026-12-01 08:00 UTC");
        assertThat(troublesAt("2026-07-10T12:00:00Z").describe(refusal(400, "uploadLimitExceeded"), 0))
                .satisfies(trouble -> {
                    assertThat(trouble.scope()).isEqualTo(UploadTrouble.Scope.CHANNEL_QUOTA);
                    assertThat(trouble.message()).startsWith("upload waits for the YouTube quota reset at 2026-07-11 07:00 UTC");
                });
    }

    @Test
    void rateLimitsBackOffAndOtherRefusalsFailNamingTheReason() {
        UploadTroubles troubles = troublesAt("2026-11-30T23:30:00Z");
        assertThat(troubles.describe(refusal(403, "rateLimitExceeded"), 0).state()).isEqualTo("waiting");
        UploadTrouble refused = troubles.describe(refusal(403, "forbidden"), 0);
        assertThat(refused.state()).isEqualTo("failed");
        assertThat(refused.message()).isEqualTo("YouTube refused the upload: 403 forbidden: forbidden happened");
    }

    @Test
    void withoutAnOauthClientUploadsWaitNamingTheSettings() {
        UploadTrouble trouble = troublesAt("2026-11-30T23:30:00Z").describe(new YoutubeNotConfiguredException(), 0);
        assertThat(trouble.state()).isEqualTo("waiting");
        assertThat(trouble.message()).isEqualTo("upload tries again at 2026-12-01 00:30:00 UTC: studio.youtube.client-id and "
                + "studio.youtube.client-secret must be set to the Google Cloud OAuth client the refresh tokens were issued to "
                + "(STUDIO_YOUTUBE_CLIENT_ID, STUDIO_YOUTUBE_CLIENT_SECRET), then restart");
    }

    private static UploadTroubles troublesAt(String instant) {
        StudioProperties properties = new Binder(new MapConfigurationPropertySource(java.util.Map.of("studio.output-dir", "output")))
                .bindOrCreate("studio", StudioProperties.class);
        return new UploadTroubles(properties, new YoutubeQuota(properties.youtube(), Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)),
                new SecretRedactor(new MockEnvironment()));
    }

    private static GoogleJsonResponseException refusal(int status, String reason) {
        GoogleJsonError details = new GoogleJsonError();
        details.setCode(status);
        details.setMessage(reason + " happened");
        GoogleJsonError.ErrorInfo info = new GoogleJsonError.ErrorInfo();
        info.setReason(reason);
        info.setDomain("youtube.quota");
        details.setErrors(List.of(info));
        return new GoogleJsonResponseException(new HttpResponseException.Builder(status, reason, new HttpHeaders()), details);
    }
}
