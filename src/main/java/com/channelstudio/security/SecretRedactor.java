package com.channelstudio.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Removes secret values from text bound for logs, the database or error messages: the configured keys, and the
 * tokens the studio obtains while it runs (e.g. Mubert's customer token), once they are remembered here. Obtained tokens
 * are bounded in number and forgotten a day after they were last remembered, so a long run does not keep every
 * expired access token (and spend time on each) forever.
 */
@Component
public class SecretRedactor {

    static final List<String> SECRET_PROPERTIES = List.of(
            "studio.providers.mubert.license-token",
            "studio.providers.mubert.company-id",
            "studio.providers.beatoven.api-key",
            "studio.providers.leonardo.api-key",
            "studio.providers.gemini.api-key",
            "studio.providers.lyria.api-key",
            "studio.providers.elevenlabs.api-key",
            "studio.providers.stableaudio.api-key",
            "studio.llm.api-key",
            "studio.security.password",
            "studio.secrets.key",
            "studio.youtube.client-secret",
            "spring.datasource.password",
            // an incoming webhook's URL is its credential (Slack's /services/T…/B…/…)
            "studio.alerts.webhook.url",
            "spring.mail.password");

    /** Tokens obtained while the studio runs: at most this many, each forgotten a day after it was last remembered. */
    static final int MAX_OBTAINED = 10_000;
    static final Duration OBTAINED_FOR = Duration.ofDays(1);

    private final List<String> configured;
    private final Cache<String, Boolean> obtained;

    @Autowired
    public SecretRedactor(Environment environment) {
        this(environment, Ticker.systemTicker());
    }

    SecretRedactor(Environment environment, Ticker ticker) {
        configured = SECRET_PROPERTIES.stream().map(environment::getProperty).filter(SecretRedactor::worthRedacting).toList();
        obtained = Caffeine.newBuilder().maximumSize(MAX_OBTAINED).expireAfterWrite(OBTAINED_FOR).ticker(ticker).build();
    }

    /**
     * Redacts this value from now on, for a day; call it as soon as a token is obtained, before anything can log it,
     * and again whenever it is used.
     */
    public void remember(String secret) {
        if (worthRedacting(secret) && !configured.contains(secret)) {
            obtained.put(secret, Boolean.TRUE);
        }
    }

    /** How many obtained tokens are remembered now. */
    long obtainedRemembered() {
        obtained.cleanUp();
        return obtained.estimatedSize();
    }

    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String clean = text;
        for (String secret : configured) {
            clean = clean.replace(secret, "[redacted]");
        }
        for (String secret : obtained.asMap().keySet()) {
            clean = clean.replace(secret, "[redacted]");
        }
        return clean;
    }

    private static boolean worthRedacting(String secret) {
        return secret != null && secret.length() >= 4;
    }
}
