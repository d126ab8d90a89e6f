package com.channelstudio.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * The redactor kept every token the studio ever obtained (an access token an hour, for months), each one searched in
 * every text it cleaned. Now it keeps at most a bounded number, each for a day after it was last remembered; the
 * configured secrets stay for good.
 */
class SecretRedactorTest {

    private final AtomicLong nanos = new AtomicLong();
    private final SecretRedactor redactor = new SecretRedactor(
            new MockEnvironment().withProperty("studio.llm.api-key", "sk-configured-SECRET"), (Ticker) nanos::get);

    @Test
    void obtainedTokensAreBoundedInNumber() {
        for (int token = 0; token < 3 * SecretRedactor.MAX_OBTAINED; token++) {
            redactor.remember("ya29.access-token-" + token);
        }
        assertThat(redactor.obtainedRemembered()).isLessThanOrEqualTo(SecretRedactor.MAX_OBTAINED);
        assertThat(redactor.redact("key sk-configured-SECRET")).isEqualTo("key [redacted]");
    }

    @Test
    void theMusicProvidersKeysAreSecretsToo() {
        SecretRedactor music = new SecretRedactor(new MockEnvironment()
                .withProperty("studio.providers.lyria.api-key", "lyria-SECRET")
                .withProperty("studio.providers.elevenlabs.api-key", "xi-SECRET")
                .withProperty("studio.providers.stableaudio.api-key", "sk-stability-SECRET"));
        assertThat(music.redact("keys lyria-SECRET, xi-SECRET and sk-stability-SECRET"))
                .isEqualTo("keys [redacted], [redacted] and [redacted]");
    }

    @Test
    void aTokenIsForgottenADayAfterItWasLastRemembered() {
        redactor.remember("ya29.used-once");
        redactor.remember("ya29.still-in-use");
        nanos.addAndGet(Duration.ofHours(20).toNanos());
        redactor.remember("ya29.still-in-use");
        assertThat(redactor.redact("ya29.used-once ya29.still-in-use")).isEqualTo("[redacted] [redacted]");

        nanos.addAndGet(Duration.ofHours(5).toNanos());
        assertThat(redactor.redact("ya29.used-once ya29.still-in-use sk-configured-SECRET"))
                .isEqualTo("ya29.used-once [redacted] [redacted]");
    }
}
